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
    private readonly Dictionary<AstNode, List<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private TypeInfo? _usageTypeInfo;

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
        if (_recursiveVariableUsages.TryGetValue(operation, out var usages))
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

        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    private List<VariableUsage> GetUsages(AstNode node)
    {
        if (_variableUsages.TryGetValue(node, out var usages))
        {
            return usages;
        }

        usages = [];
        var typeInfo = _usageTypeInfo ??= new TypeInfo(Schema);
        Visitor.Visit(node, new VariableUsageCollector(typeInfo, usages));
        _variableUsages[node] = usages;
        return usages;
    }

    /// <summary>Walks one definition with its own type info, recording each variable outside variable definitions.</summary>
    private sealed class VariableUsageCollector(TypeInfo typeInfo, List<VariableUsage> usages) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, VisitorContext context)
        {
            switch (node.Kind)
            {
                case NodeKind.VariableDefinition:
                    return VisitAction.Skip;
                case NodeKind.StringValue when context.Key == "description":
                    return VisitAction.Skip;
                case NodeKind.Variable:
                    typeInfo.Enter(node);
                    usages.Add(new VariableUsage((VariableNode)node, typeInfo.InputType, typeInfo.ParentInputType, typeInfo.DefaultValue));
                    return VisitAction.Continue;
                default:
                    typeInfo.Enter(node);
                    return VisitAction.Continue;
            }
        }

        public override VisitAction Leave(AstNode node, VisitorContext context)
        {
            typeInfo.Leave(node);
            return VisitAction.Continue;
        }
    }
}
