using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Utilities;

/// <summary>Resolves a type reference in a document (<c>[Int!]</c>) against a schema.</summary>
public static class TypeFromAst
{
    /// <summary>The schema type a type node denotes, or <see langword="null"/> when its named type is unknown.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="typeNode">The type reference.</param>
    /// <returns>The type, or <see langword="null"/>.</returns>
    public static IType? GetType(ISchema schema, TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(typeNode);
        return typeNode switch
        {
            ListTypeNode list => GetType(schema, list.Type) is { } inner ? new ListType(inner) : null,
            NonNullTypeNode nonNull => GetType(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
            NamedTypeNode named => schema.GetType(named.Name.Value),
            _ => null,
        };
    }
}
