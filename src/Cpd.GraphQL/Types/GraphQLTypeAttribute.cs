namespace Cpd.GraphQL.Types;

/// <summary>
/// Overrides the inferred GraphQL type of a member or parameter: either an SDL type reference such as
/// <c>"ID!"</c> or <c>"[Book!]!"</c>, or a CLR type (a schema type class such as a custom <see cref="ScalarType"/> or
/// <c>ObjectType&lt;T&gt;</c> subclass, or a CLR type to infer from).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLTypeAttribute : Attribute
{
    /// <summary>Uses an SDL type reference.</summary>
    /// <param name="typeReference">For example <c>"ID!"</c>.</param>
    public GraphQLTypeAttribute(string typeReference) => TypeReference = typeReference;

    /// <summary>Uses a schema type class or CLR type.</summary>
    /// <param name="type">The type.</param>
    public GraphQLTypeAttribute(Type type) => Type = type;

    /// <summary>The SDL type reference, if given.</summary>
    public string? TypeReference { get; }

    /// <summary>The schema type class or CLR type, if given.</summary>
    public Type? Type { get; }
}
