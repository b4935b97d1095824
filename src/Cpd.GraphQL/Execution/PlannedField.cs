using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Execution;

/// <summary>
/// One response key of a <see cref="SelectionPlan"/>: the field nodes merged under it, the field definition, and what
/// the operation computes once for it (coerced arguments, the sub-plans of its value per runtime object type).
/// </summary>
internal sealed class PlannedField
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>(0);

    private ArgumentValues? _arguments;
    private SubPlan? _lastSubPlan;
    private readonly Lock _gate = new();
    private Dictionary<ObjectType, SelectionPlan>? _subPlans;

    public PlannedField(string responseKey, FieldNode[] nodes, OutputField field, ObjectType parentType)
    {
        ResponseKey = responseKey;
        Nodes = nodes;
        Field = field;
        ParentType = parentType;
        IsTypeName = ReferenceEquals(field, Introspection.TypeNameField);
        var nullableType = field.Type is NonNullType nonNull ? nonNull.OfType : field.Type;
        if (field.PureResolver is not null && nullableType is ILeafType leaf)
        {
            PureLeafType = leaf;
        }
        if (field.Arguments.Count == 0)
        {
            _arguments = new ArgumentValues(NoArguments, null);
        }
    }

    public string ResponseKey { get; }

    public FieldNode[] Nodes { get; }

    public OutputField Field { get; }

    public ObjectType ParentType { get; }

    /// <summary>Whether this is <c>__typename</c>, answered without a resolver.</summary>
    public bool IsTypeName { get; }

    /// <summary>
    /// The leaf type when the field is a (possibly non-null) leaf read by a pure resolver: the executor completes it inline,
    /// without a resolver context, a path or a task.
    /// </summary>
    public ILeafType? PureLeafType { get; }

    /// <summary>The coerced arguments (computed on first use: they depend only on the operation's variables).</summary>
    public ArgumentValues GetArguments(OperationExecutor executor) =>
        _arguments ??= ValueCoercion.CoerceArguments(Field, this, executor.Variables);

    /// <summary>The collected sub-fields of this field's value for a runtime object type (cached per type).</summary>
    public SelectionPlan GetSubPlan(ObjectType runtimeType, OperationExecutor executor)
    {
        var last = _lastSubPlan;
        if (last is not null && ReferenceEquals(last.Type, runtimeType))
        {
            return last.Plan;
        }

        lock (_gate)
        {
            _subPlans ??= [];
            if (!_subPlans.TryGetValue(runtimeType, out var plan))
            {
                plan = FieldCollector.CollectSubfields(executor, runtimeType, Nodes);
                _subPlans[runtimeType] = plan;
            }

            _lastSubPlan = new SubPlan(runtimeType, plan);
            return plan;
        }
    }

    /// <summary>The source locations of the field nodes, for errors.</summary>
    public IReadOnlyList<SourceLocation>? GetLocations()
    {
        List<SourceLocation>? locations = null;
        foreach (var node in Nodes)
        {
            if (node.Location is { } location)
            {
                (locations ??= new List<SourceLocation>(Nodes.Length)).Add(location.StartLocation);
            }
        }

        return locations;
    }

    private sealed record SubPlan(ObjectType Type, SelectionPlan Plan);
}

/// <summary>Coerced argument values, or the error that coercing them raised.</summary>
internal sealed record ArgumentValues(IReadOnlyDictionary<string, object?> Values, GraphQLError? Error);
