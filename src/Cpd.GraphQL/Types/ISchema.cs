using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>A validated, immutable GraphQL schema: root types, named types and directives.</summary>
public interface ISchema
{
    /// <summary>The schema's description.</summary>
    string? Description { get; }

    /// <summary>The query root type.</summary>
    ObjectType QueryType { get; }

    /// <summary>The mutation root type, if any.</summary>
    ObjectType? MutationType { get; }

    /// <summary>The subscription root type, if any.</summary>
    ObjectType? SubscriptionType { get; }

    /// <summary>All named types (including introspection types and the scalars in use), in collection order.</summary>
    IReadOnlyList<INamedType> Types { get; }

    /// <summary>All directives, specified ones first unless the schema defined its own list.</summary>
    IReadOnlyList<DirectiveType> Directives { get; }

    /// <summary>The named type with a name, or <see langword="null"/>.</summary>
    /// <param name="name">The type's name.</param>
    /// <returns>The type, or <see langword="null"/>.</returns>
    INamedType? GetType(string name);

    /// <summary>The directive with a name, or <see langword="null"/>.</summary>
    /// <param name="name">The name without <c>@</c>.</param>
    /// <returns>The directive, or <see langword="null"/>.</returns>
    DirectiveType? GetDirective(string name);

    /// <summary>The root type of an operation type, or <see langword="null"/> when the schema has none.</summary>
    /// <param name="operation">Query, mutation or subscription.</param>
    /// <returns>The root type, or <see langword="null"/>.</returns>
    ObjectType? GetRootType(OperationType operation);

    /// <summary>The object types a value of an abstract type may have: a union's members or an interface's implementations.</summary>
    /// <param name="abstractType">The interface or union.</param>
    /// <returns>The object types.</returns>
    IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType);

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union or implements the interface (objects and interfaces).</summary>
    /// <param name="abstractType">The interface or union.</param>
    /// <param name="maybeSubType">An object or interface type.</param>
    /// <returns><see langword="true"/> when it is a subtype.</returns>
    bool IsSubType(IAbstractType abstractType, INamedType maybeSubType);
}
