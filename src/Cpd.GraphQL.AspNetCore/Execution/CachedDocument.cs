using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.AspNetCore.Execution;

/// <summary>A document that was parsed and validated once: the tree, or the errors that stop it; and the limit checks of its operations.</summary>
internal sealed class CachedDocument
{
    private readonly Lock _gate = new();
    private Dictionary<string, GraphQLError?>? _limitChecks;

    private CachedDocument(DocumentNode? document, IReadOnlyList<GraphQLError>? errors)
    {
        Document = document;
        Errors = errors;
    }

    /// <summary>The valid document; <see langword="null"/> when <see cref="Errors"/> has the reasons.</summary>
    public DocumentNode? Document { get; }

    /// <summary>The syntax or validation errors; <see langword="null"/> when the document is valid.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    public static CachedDocument Valid(DocumentNode document) => new(document, null);

    public static CachedDocument Invalid(IReadOnlyList<GraphQLError> errors) => new(null, errors);

    /// <summary>The operation the executor will run (the named one, or the only one); <see langword="null"/> when none or ambiguous.</summary>
    public OperationDefinitionNode? FindOperation(string? name)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in Document!.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (name is null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == name)
            {
                return operation;
            }
        }

        return found;
    }

    /// <summary>The remembered outcome of an operation's limit check that did not depend on variables.</summary>
    public bool TryGetLimitCheck(string operationKey, out GraphQLError? error)
    {
        lock (_gate)
        {
            if (_limitChecks is not null && _limitChecks.TryGetValue(operationKey, out error))
            {
                return true;
            }
        }

        error = null;
        return false;
    }

    public void AddLimitCheck(string operationKey, GraphQLError? error)
    {
        lock (_gate)
        {
            (_limitChecks ??= new Dictionary<string, GraphQLError?>(StringComparer.Ordinal))[operationKey] = error;
        }
    }
}
