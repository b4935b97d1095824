namespace Cpd.GraphQL.Types;

/// <summary>
/// Marks a class whose public members become fields of another object type (HotChocolate's type extensions):
/// e.g. <c>[ExtendObjectType("Query")] class MemberQueries { public Member? Member(string id, [Service] Db db) … }</c>,
/// added with <see cref="SchemaBuilder.AddTypeExtension{T}"/>. A parameter marked <see cref="ParentAttribute"/>
/// receives the extended object; the extension class is created once (parameterless constructor) or taken from the
/// request's services.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ExtendObjectTypeAttribute : Attribute
{
    /// <summary>Extends the type with a GraphQL name (code-first or SDL).</summary>
    /// <param name="name">The type's name.</param>
    public ExtendObjectTypeAttribute(string name) => Name = name;

    /// <summary>Extends the type built from a CLR type or schema type class.</summary>
    /// <param name="type">The CLR type or schema type class.</param>
    public ExtendObjectTypeAttribute(Type type) => Type = type;

    /// <summary>The extended type's name, if given by name.</summary>
    public string? Name { get; }

    /// <summary>The extended CLR type or schema type class, if given by type.</summary>
    public Type? Type { get; }
}
