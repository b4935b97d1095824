using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>What a field resolver knows about the field it resolves. Implemented by the executor.</summary>
public interface IResolverContext
{
    /// <summary>
    /// The parent (source) value: the root value for root fields, otherwise the parent field's value. (Named
    /// <c>Source</c> because C# does not allow a property beside the HotChocolate-style <see cref="Parent{T}"/> method.)
    /// </summary>
    object? Source { get; }

    /// <summary>The coerced argument values by name (defaults applied; absent optional arguments are missing).</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The request's services (empty when none were given).</summary>
    IServiceProvider Services { get; }

    /// <summary>Cancelled when the request is aborted.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>The path of this field in the response.</summary>
    ResultPath Path { get; }

    /// <summary>The field nodes (one or more, merged) that selected this field.</summary>
    IReadOnlyList<FieldNode> FieldSelection { get; }

    /// <summary>The field being resolved.</summary>
    OutputField Field { get; }

    /// <summary>The object type the field belongs to.</summary>
    ObjectType ParentType { get; }

    /// <summary>The schema.</summary>
    GraphQLSchema Schema { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>The coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>Per-request state shared by all resolvers.</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>The parent value cast to <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The expected CLR type.</typeparam>
    /// <returns>The parent.</returns>
    T Parent<T>();

    /// <summary>The coerced value of an argument cast to <typeparamref name="T"/> (default when absent).</summary>
    /// <typeparam name="T">The expected CLR type.</typeparam>
    /// <param name="name">The argument's name.</param>
    /// <returns>The value.</returns>
    T ArgumentValue<T>(string name);

    /// <summary>Adds an error to the response without failing the field.</summary>
    /// <param name="graphQLError">The error (its path is set by the executor when missing).</param>
    void ReportError(GraphQLError graphQLError);
}
