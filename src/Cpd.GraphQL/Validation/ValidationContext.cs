using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation;

/// <summary>
/// The context of validating an executable document against a schema: the schema, the
/// <see cref="Validation.TypeInfo"/> of the single walk (where the walk is in the type system), and cached
/// variable usages per operation and fragment.
/// </summary>
public sealed class ValidationContext : AstValidationContext
{
    private Dictionary<AstNode, List<VariableUsage>> VariableUsagesCache => field ??= new Dictionary<AstNode, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
    private Dictionary<OperationDefinitionNode, List<VariableUsage>> RecursiveVariableUsagesCache => field ??= new Dictionary<OperationDefinitionNode, List<VariableUsage>>(ReferenceEqualityComparer.Instance);
    private VariableUsageCollector? _usageCollector;
    private bool? _documentUsesVariables;

    internal ValidationContext(ISchema schema, DocumentNode document, TypeInfo typeInfo, List<GraphQLError> errors, ValidationOptions options)
        : base(document, errors, options.MaxErrors, options.EnableSuggestions)
    {
        Schema = schema;
        TypeInfo = typeInfo;
    }

    /// <summary>The schema the document is validated against.</summary>
    public ISchema Schema { get; }

    internal override ISchema? SchemaOrNull => Schema;

    /// <summary>Where the walk currently is in the schema (parent type, field, argument, input type, …).</summary>
    public TypeInfo TypeInfo { get; }

    /// <summary>The variables used in an operation or fragment (not through spreads), with the input type expected at each use.</summary>
    /// <param name="node">An operation or fragment definition.</param>
    /// <returns>The usages in document order (cached).</returns>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return GetUsages(node);
    }

    /// <summary>The variables used by an operation, directly or through the fragments it spreads.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>The usages: the operation's own, then each referenced fragment's (cached).</returns>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        ArgumentNullException.ThrowIfNull(operation);

        // Most documents use no variable at all: then no operation needs its fragments followed or its fields typed.
        if (!(_documentUsesVariables ??= VariableUsageCollector.AnyUsage(Document)))
        {
            return [];
        }

        if (RecursiveVariableUsagesCache.TryGetValue(operation, out var usages))
        {
            return usages;
        }

        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        usages = [.. GetUsages(operation)];
        foreach (var fragment in fragments)
        {
            var local = GetUsages(fragment);
            SpendFragmentWork(local.Count);
            usages.AddRange(local);
        }

        RecursiveVariableUsagesCache[operation] = usages;
        return usages;
    }

    private List<VariableUsage> GetUsages(ExecutableDefinitionNode node)
    {
        if (!VariableUsagesCache.TryGetValue(node, out var usages))
        {
            usages = (_usageCollector ??= new VariableUsageCollector(Schema)).Collect(node);
            VariableUsagesCache[node] = usages;
        }

        return usages;
    }
}
