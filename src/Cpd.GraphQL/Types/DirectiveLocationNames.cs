using System.Collections.Frozen;

namespace Cpd.GraphQL.Types;

/// <summary>Converts <see cref="DirectiveLocation"/> to and from the specification's names (<c>FIELD_DEFINITION</c>, …).</summary>
public static class DirectiveLocationNames
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    ];

    private static readonly FrozenDictionary<string, DirectiveLocation> ByName =
        Names.Select((n, i) => (n, (DirectiveLocation)i)).ToFrozenDictionary(p => p.n, p => p.Item2, StringComparer.Ordinal);

    /// <summary>All locations in specification order.</summary>
    public static IReadOnlyList<DirectiveLocation> All { get; } = [.. Enum.GetValues<DirectiveLocation>()];

    /// <summary>The specification's name of a location.</summary>
    /// <param name="location">The location.</param>
    /// <returns>For example <c>FIELD_DEFINITION</c>.</returns>
    public static string ToSpecName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Parses a specification name.</summary>
    /// <param name="name">For example <c>FIELD_DEFINITION</c>.</param>
    /// <param name="location">The location when recognised.</param>
    /// <returns>Whether the name is a location.</returns>
    public static bool TryParse(string name, out DirectiveLocation location) => ByName.TryGetValue(name, out location);
}
