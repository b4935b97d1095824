using System.Runtime.CompilerServices;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.AspNetCore.Execution;

/// <summary>
/// The remembered outcomes of the limit checks of a cached document's operations (by operation name), attached to
/// the document itself so that they live exactly as long as the engine's document cache keeps it.
/// </summary>
internal sealed class LimitChecks
{
    private static readonly ConditionalWeakTable<DocumentNode, LimitChecks> Table = [];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, GraphQLError?> _outcomes = new(StringComparer.Ordinal);

    public static LimitChecks For(DocumentNode document) => Table.GetValue(document, static _ => new LimitChecks());

    /// <summary>The operation the executor will run (the named one, or the only one); <see langword="null"/> when none or ambiguous.</summary>
    public static OperationDefinitionNode? FindOperation(DocumentNode document, string? name)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
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

    public bool TryGet(string operationKey, out GraphQLError? error)
    {
        lock (_gate)
        {
            return _outcomes.TryGetValue(operationKey, out error);
        }
    }

    public void Add(string operationKey, GraphQLError? error)
    {
        lock (_gate)
        {
            _outcomes[operationKey] = error;
        }
    }
}
