using System.Collections;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Execution;

/// <summary>
/// Runs one operation (spec 6.2–6.4): ExecuteSelectionSet, ExecuteField, CompleteValue and the handling of field
/// errors. Values flow as <see cref="ValueTask{TResult}"/>s that complete synchronously when resolvers do, so a
/// synchronous request allocates no tasks; query fields that do go asynchronous run concurrently.
/// </summary>
/// <remarks>
/// A completion returns the completed value, <see langword="null"/>, or <see cref="Failed"/>: an error was raised at a
/// non-null position and must null the nearest nullable ancestor (spec 6.4.4). Errors are recorded where they are
/// raised; the nullable position they null is remembered so that later errors beneath it are dropped, as graphql-js does.
/// </remarks>
internal sealed class OperationExecutor
{
    /// <summary>The marker of a failed non-null position.</summary>
    public static readonly object Failed = new();

    /// <summary>
    /// The deepest result path an object is completed at. A document alone cannot select deeper than the parser's
    /// depth limit, but fragments spreading fragments can (validation allows any acyclic chain); beyond this depth, or
    /// when the call stack runs low, the field fails with an error instead of overflowing the stack, and the response
    /// stays within the JSON writer's depth limit of 1,000.
    /// </summary>
    public const int MaxResultDepth = 512;

    private readonly Dictionary<string, FragmentDefinitionNode> _fragments;
    private readonly Lock _errorsGate = new();
    private readonly List<GraphQLError> _errors = [];
    private List<ResultPath>? _nulledPositions;
    private bool _rootNulled;
    private IDictionary<string, object?>? _contextData;
    private readonly Func<Exception, GraphQLError, GraphQLError>? _unexpectedErrorFilter;

    public OperationExecutor(
        GraphQLSchema schema,
        OperationDefinitionNode operation,
        Dictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        object? rootValue,
        IServiceProvider services,
        IDictionary<string, object?>? contextData,
        Func<Exception, GraphQLError, GraphQLError>? unexpectedErrorFilter,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        _fragments = fragments;
        Variables = variables;
        RootValue = rootValue;
        Services = services;
        _contextData = contextData;
        _unexpectedErrorFilter = unexpectedErrorFilter;
        CancellationToken = cancellationToken;
    }

    public GraphQLSchema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public object? RootValue { get; }

    public IServiceProvider Services { get; }

    public CancellationToken CancellationToken { get; }

    public IDictionary<string, object?> ContextData
    {
        get
        {
            if (_contextData is null)
            {
                Interlocked.CompareExchange(ref _contextData, new System.Collections.Concurrent.ConcurrentDictionary<string, object?>(StringComparer.Ordinal), null);
            }

            return _contextData;
        }
    }

    /// <summary>The errors raised so far, in order.</summary>
    public List<GraphQLError> Errors => _errors;

    public FragmentDefinitionNode? GetFragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>Executes the root selection set: serially for a mutation, otherwise concurrently.</summary>
    public ValueTask<object?> ExecuteRoot(ObjectType rootType, bool serially)
    {
        var plan = FieldCollector.CollectRoot(this, rootType, Operation.SelectionSet);
        return serially ? ExecuteFieldsSerially(plan, RootValue) : ExecuteFields(plan, RootValue, null);
    }

    /// <summary>Turns the root's completion into the response data, nulling it when a non-null root field failed.</summary>
    public ResultMap? ToData(object? completed)
    {
        if (ReferenceEquals(completed, Failed))
        {
            lock (_errorsGate)
            {
                _rootNulled = true;
            }

            return null;
        }

        return (ResultMap?)completed;
    }

    /// <summary>Adds an error reported by a resolver, with the field's path and locations when it has none.</summary>
    public void ReportError(GraphQLError error, PlannedField field, ResultPath path) =>
        Record(new GraphQLError(error.Message, error.Locations ?? field.GetLocations(), error.Path ?? path.ToList(), error.Extensions), path);

    private ValueTask<object?> ExecuteFields(SelectionPlan plan, object? source, ResultPath? path)
    {
        var fields = plan.Fields;
        var values = new object?[fields.Length];
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            if (field.PureLeafType is { } leaf)
            {
                var leafValue = ExecutePureLeaf(field, leaf, source, path);
                if (ReferenceEquals(leafValue, Failed))
                {
                    return new ValueTask<object?>(Failed);
                }

                values[i] = leafValue;
                continue;
            }

            var result = ExecuteField(field, source, path);
            if (result.IsCompletedSuccessfully)
            {
                var value = result.Result;
                if (ReferenceEquals(value, Failed))
                {
                    // Like graphql-js: the object is lost, so fields not yet started are not executed.
                    return new ValueTask<object?>(Failed);
                }

                values[i] = value;
            }
            else
            {
                (pending ??= []).Add((i, result));
            }
        }

        return pending is null
            ? new ValueTask<object?>(new ResultMap(plan.Keys, plan.EncodedKeys, values))
            : AwaitPending(values, pending, plan);
    }

    /// <summary>Awaits the values that did not complete synchronously; <paramref name="plan"/> makes the values an object, else a list.</summary>
    private static async ValueTask<object?> AwaitPending(object?[] values, List<(int Index, ValueTask<object?> Value)> pending, SelectionPlan? plan)
    {
        var failed = false;
        foreach (var (index, value) in pending)
        {
            var completed = await value.ConfigureAwait(false);
            if (ReferenceEquals(completed, Failed))
            {
                failed = true;
            }
            else
            {
                values[index] = completed;
            }
        }

        if (failed)
        {
            return Failed;
        }

        return plan is null ? values : new ResultMap(plan.Keys, plan.EncodedKeys, values);
    }

    private async ValueTask<object?> ExecuteFieldsSerially(SelectionPlan plan, object? source)
    {
        var fields = plan.Fields;
        var values = new object?[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var value = await ExecuteField(fields[i], source, null).ConfigureAwait(false);
            if (ReferenceEquals(value, Failed))
            {
                return Failed;
            }

            values[i] = value;
        }

        return new ResultMap(plan.Keys, plan.EncodedKeys, values);
    }

    private ValueTask<object?> ExecuteField(PlannedField field, object? source, ResultPath? parentPath)
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (field.IsTypeName)
        {
            return new ValueTask<object?>(field.ParentType.Name);
        }

        var type = field.Field.Type;
        var arguments = field.GetArguments(this);
        if (arguments.Error is { } argumentError)
        {
            var path = Position.Field(parentPath, field.ResponseKey).Resolve();
            return new ValueTask<object?>(HandleError(new GraphQLException(argumentError), type, field, path));
        }

        object? value;
        ResolverContext? context = null;
        try
        {
            if (field.Field.PureResolver is { } pure)
            {
                value = pure(source);
            }
            else
            {
                context = new ResolverContext(this, field, source, arguments.Values, Position.Field(parentPath, field.ResponseKey).Resolve());
                var resolved = field.Field.Resolver(context);
                if (!resolved.IsCompletedSuccessfully)
                {
                    return AwaitResolver(field, context, resolved);
                }

                value = resolved.Result;
            }
        }
        catch (Exception exception) when (IsFieldError(exception))
        {
            return new ValueTask<object?>(HandleError(exception, type, field, context?.Path ?? Position.Field(parentPath, field.ResponseKey).Resolve()));
        }

        var position = context is null ? Position.Field(parentPath, field.ResponseKey) : Position.At(context.Path);
        return CompletePosition(type, new Site(field, source, context), position, value);
    }

    /// <summary>A leaf read by a pure resolver (a property or dictionary read): resolved and serialized inline.</summary>
    private object? ExecutePureLeaf(PlannedField field, ILeafType leaf, object? source, ResultPath? parentPath)
    {
        CancellationToken.ThrowIfCancellationRequested();
        object? value;
        try
        {
            value = field.Field.PureResolver!(source);
            if (value is not null)
            {
                value = CompleteLeaf(leaf, value);
            }
        }
        catch (Exception exception) when (IsFieldError(exception))
        {
            return HandleError(exception, field.Field.Type, field, Position.Field(parentPath, field.ResponseKey).Resolve());
        }

        return value is null && field.Field.Type is NonNullType
            ? CheckNonNull(null, field, Position.Field(parentPath, field.ResponseKey))
            : value;
    }

    private async ValueTask<object?> AwaitResolver(PlannedField field, ResolverContext context, ValueTask<object?> resolved)
    {
        object? value;
        try
        {
            value = await resolved.ConfigureAwait(false);
        }
        catch (Exception exception) when (IsFieldError(exception))
        {
            return HandleError(exception, field.Field.Type, field, context.Path);
        }

        return await CompletePosition(field.Field.Type, new Site(field, context.Source, context), Position.At(context.Path), value).ConfigureAwait(false);
    }

    /// <summary>Completes the value of a field or list item, handling its errors (spec 6.4.4, "Handling Execution Errors").</summary>
    private ValueTask<object?> CompletePosition(IOutputType type, Site site, Position position, object? value)
    {
        try
        {
            var completed = CompleteValue(type, site, position, value);
            return completed.IsCompletedSuccessfully
                ? new ValueTask<object?>(Settle(completed.Result, type, position))
                : AwaitPosition(completed, type, site, position);
        }
        catch (Exception exception) when (IsFieldError(exception))
        {
            return new ValueTask<object?>(HandleError(exception, type, site.Field, position.Resolve()));
        }
    }

    private async ValueTask<object?> AwaitPosition(ValueTask<object?> completed, IOutputType type, Site site, Position position)
    {
        try
        {
            return Settle(await completed.ConfigureAwait(false), type, position);
        }
        catch (Exception exception) when (IsFieldError(exception))
        {
            return HandleError(exception, type, site.Field, position.Resolve());
        }
    }

    /// <summary>A failure beneath a nullable position stops here: the position becomes null.</summary>
    private object? Settle(object? completed, IOutputType type, Position position)
    {
        if (!ReferenceEquals(completed, Failed) || type is NonNullType)
        {
            return completed;
        }

        MarkNulled(position.Resolve());
        return null;
    }

    private ValueTask<object?> CompleteValue(IOutputType type, Site site, Position position, object? value)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue((IOutputType)nonNull.OfType, site, position, value);
            return inner.IsCompletedSuccessfully
                ? new ValueTask<object?>(CheckNonNull(inner.Result, site, position))
                : AwaitNonNull(inner, site, position);
        }

        if (value is null)
        {
            return default;
        }

        return type switch
        {
            ILeafType leaf => new ValueTask<object?>(CompleteLeaf(leaf, value)),
            ObjectType objectType => CompleteObject(objectType, site, position, value),
            ListType list => CompleteList(list, site, position, value),
            IAbstractType abstractType => CompleteObject(ResolveRuntimeType(abstractType, site, position, value), site, position, value),
            _ => throw new InvalidOperationException($"Cannot complete value of unexpected output type: {type}"),
        };
    }

    private async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, Site site, Position position) =>
        CheckNonNull(await inner.ConfigureAwait(false), site, position);

    private object? CheckNonNull(object? completed, Site site, Position position) =>
        completed is not null ? completed : CheckNonNull(null, site.Field, position);

    private object? CheckNonNull(object? completed, PlannedField field, Position position)
    {
        if (completed is not null)
        {
            return completed;
        }

        var path = position.Resolve();
        Record(new GraphQLError(ExecutionErrors.NonNullReturnedNull(field), field.GetLocations(), path.ToList()), path);
        return Failed;
    }

    private static object CompleteLeaf(ILeafType type, object value)
    {
        // The built-in scalars return these values unchanged: skip the call (and Float's re-boxing).
        if ((value is string && (ReferenceEquals(type, ScalarType.String) || ReferenceEquals(type, ScalarType.ID)))
            || (value is int && ReferenceEquals(type, ScalarType.Int))
            || (value is bool && ReferenceEquals(type, ScalarType.Boolean))
            || (value is double d && double.IsFinite(d) && ReferenceEquals(type, ScalarType.Float)))
        {
            return value;
        }

        var serialized = type.Serialize(value) ?? throw new GraphQLException(ExecutionErrors.LeafSerializedNull(type, value));

        // A custom scalar may serialize to a structure; one nested without bound would overflow the response writer.
        return serialized is string or ValueType and not JsonElement || !JsonValues.IsNestedDeeperThan(serialized, JsonValues.MaxDepth)
            ? serialized
            : throw new GraphQLException(ExecutionErrors.LeafNestedTooDeeply(type, JsonValues.MaxDepth));
    }

    private ValueTask<object?> CompleteObject(ObjectType type, Site site, Position position, object value)
    {
        if (type.HasCustomIsOfType && !type.IsOfType(value))
        {
            throw new GraphQLException(new GraphQLError(ExecutionErrors.NotOfType(type, value), site.Field.GetLocations()));
        }

        var path = position.Resolve();
        if (path.Depth > MaxResultDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GraphQLException(new GraphQLError(ExecutionErrors.NestedTooDeeply(site.Field, MaxResultDepth), site.Field.GetLocations()));
        }

        return ExecuteFields(site.Field.GetSubPlan(type, this), value, path);
    }

    private ObjectType ResolveRuntimeType(IAbstractType abstractType, Site site, Position position, object value)
    {
        var context = site.Context ?? new ResolverContext(this, site.Field, site.Source, site.Field.GetArguments(this).Values, position.Resolve());
        var runtimeType = abstractType.ResolveType(value, context)
            ?? throw new GraphQLException(new GraphQLError(ExecutionErrors.AbstractTypeUnresolved(abstractType, site.Field), site.Field.GetLocations()));
        if (!Schema.IsSubType(abstractType, runtimeType))
        {
            throw new GraphQLException(new GraphQLError(ExecutionErrors.NotAPossibleType(abstractType, runtimeType), site.Field.GetLocations()));
        }

        return runtimeType;
    }

    private ValueTask<object?> CompleteList(ListType type, Site site, Position position, object value)
    {
        if (value is string || value is not IEnumerable enumerable)
        {
            throw new GraphQLException(ExecutionErrors.ExpectedIterable(site.Field));
        }

        var itemType = (IOutputType)type.OfType;
        var listPath = position.Resolve();
        var items = value as IList ?? ToList(enumerable);
        var results = new object?[items.Count];
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        for (var i = 0; i < results.Length; i++)
        {
            var completed = CompletePosition(itemType, site, Position.Item(listPath, i), items[i]);
            if (completed.IsCompletedSuccessfully)
            {
                var item = completed.Result;
                if (ReferenceEquals(item, Failed))
                {
                    return new ValueTask<object?>(Failed);
                }

                results[i] = item;
            }
            else
            {
                (pending ??= []).Add((i, completed));
            }
        }

        return pending is null ? new ValueTask<object?>(results) : AwaitPending(results, pending, null);
    }

    private static List<object?> ToList(IEnumerable enumerable)
    {
        var list = new List<object?>();
        foreach (var item in enumerable)
        {
            list.Add(item);
        }

        return list;
    }

    private bool IsFieldError(Exception exception) =>
        !(exception is OperationCanceledException && CancellationToken.IsCancellationRequested);

    /// <summary>Records a field error at a position; a nullable position becomes null, a non-null one fails upward.</summary>
    private object? HandleError(Exception exception, IOutputType type, PlannedField field, ResultPath path)
    {
        if (exception is GraphQLException graphQLException)
        {
            foreach (var error in graphQLException.Errors)
            {
                Record(new GraphQLError(error.Message, error.Locations ?? field.GetLocations(), error.Path ?? path.ToList(), error.Extensions), path);
            }
        }
        else
        {
            var error = new GraphQLError(ExecutionErrors.MessageOf(exception), field.GetLocations(), path.ToList());
            Record(_unexpectedErrorFilter is null ? error : _unexpectedErrorFilter(exception, error), path);
        }

        if (type is NonNullType)
        {
            return Failed;
        }

        MarkNulled(path);
        return null;
    }

    private void Record(GraphQLError error, ResultPath path)
    {
        lock (_errorsGate)
        {
            if (!IsBeneathNulled(path))
            {
                _errors.Add(error);
            }
        }
    }

    private void MarkNulled(ResultPath path)
    {
        lock (_errorsGate)
        {
            (_nulledPositions ??= []).Add(path);
        }
    }

    private bool IsBeneathNulled(ResultPath path)
    {
        if (_rootNulled)
        {
            return true;
        }

        if (_nulledPositions is null)
        {
            return false;
        }

        foreach (var nulled in _nulledPositions)
        {
            if (IsPrefix(nulled, path))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPrefix(ResultPath prefix, ResultPath path)
    {
        var p = path;
        while (p is not null && p.Depth > prefix.Depth)
        {
            p = p.Parent;
        }

        var q = prefix;
        while (p is not null && q is not null)
        {
            if (!Equals(p.Key, q.Key))
            {
                return false;
            }

            p = p.Parent;
            q = q.Parent;
        }

        return p is null && q is null;
    }

    /// <summary>The field whose value is being completed, its parent value, and its resolver context when one was made.</summary>
    private readonly record struct Site(PlannedField Field, object? Source, ResolverContext? Context);
}
