using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <content>Code-first: CLR types inferred by convention and descriptor types.</content>
public sealed partial class SchemaBuilder
{
    private static void BuildCodeFirstTypes(TypeRegistry registry)
    {
        foreach (var unnamed in registry.Unnamed)
        {
            throw new InvalidOperationException($"The type {unnamed.GetType().Name} cannot be configured yet.");
        }
    }

    private static string? CodeFirstRootName(OperationType operation) => operation switch
    {
        _ => null,
    };
}
