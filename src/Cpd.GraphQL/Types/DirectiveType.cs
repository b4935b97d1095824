using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>A directive definition: name, arguments, locations and whether it may repeat.</summary>
public sealed class DirectiveType : IHasName
{
    /// <summary>The reason <c>@deprecated</c> uses when none is given.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>Creates a directive definition.</summary>
    /// <param name="name">Its name (without <c>@</c>).</param>
    /// <param name="locations">Where it may be applied (at least one).</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="description">Its description.</param>
    /// <param name="isRepeatable">Whether it may be applied more than once at one location.</param>
    /// <param name="syntaxNode">The SDL definition it was built from.</param>
    public DirectiveType(
        string name,
        IEnumerable<DirectiveLocation> locations,
        IEnumerable<Argument>? arguments = null,
        string? description = null,
        bool isRepeatable = false,
        AstNode? syntaxNode = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(locations);
        Name = name;
        Locations = [.. locations];
        Arguments = arguments is null ? FieldCollection<Argument>.Empty : new FieldCollection<Argument>(arguments);
        Description = description;
        IsRepeatable = isRepeatable;
        SyntaxNode = syntaxNode;
    }

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    public static DirectiveType Include { get; } = new(
        "include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new Argument("if", new NonNullType(ScalarType.Boolean), description: "Included when true.")],
        "Directs the executor to include this field or fragment only when the `if` argument is true.");

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    public static DirectiveType Skip { get; } = new(
        "skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment],
        [new Argument("if", new NonNullType(ScalarType.Boolean), description: "Skipped when true.")],
        "Directs the executor to skip this field or fragment when the `if` argument is true.");

    /// <summary><c>@deprecated(reason: String! = "No longer supported")</c>.</summary>
    public static DirectiveType Deprecated { get; } = new(
        "deprecated",
        [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue],
        [
            new Argument(
                "reason",
                new NonNullType(ScalarType.String),
                Utilities.AstFactory.String(DefaultDeprecationReason),
                "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/)."),
        ],
        "Marks an element of a GraphQL schema as no longer supported.");

    /// <summary><c>@specifiedBy(url: String!)</c>.</summary>
    public static DirectiveType SpecifiedBy { get; } = new(
        "specifiedBy",
        [DirectiveLocation.Scalar],
        [new Argument("url", new NonNullType(ScalarType.String), description: "The URL that specifies the behavior of this scalar.")],
        "Exposes a URL that specifies the behavior of this scalar.");

    /// <summary><c>@oneOf</c> on input objects.</summary>
    public static DirectiveType OneOf { get; } = new(
        "oneOf",
        [DirectiveLocation.InputObject],
        null,
        "Indicates exactly one field must be supplied and this field must not be `null`.");

    /// <summary>The directives every schema includes: include, skip, deprecated, specifiedBy, oneOf.</summary>
    public static IReadOnlyList<DirectiveType> SpecifiedDirectives { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The description.</summary>
    public string? Description { get; }

    /// <summary>Where it may be applied.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The arguments with lookup by name.</summary>
    public FieldCollection<Argument> Arguments { get; }

    /// <summary>Whether it may be applied more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The SDL definition it was built from, if any.</summary>
    public AstNode? SyntaxNode { get; }

    /// <summary>Whether this is one of <see cref="SpecifiedDirectives"/> (by name).</summary>
    public bool IsSpecified => SpecifiedDirectives.Any(d => d.Name == Name);

    /// <summary>The name prefixed with <c>@</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "@" + Name;
}
