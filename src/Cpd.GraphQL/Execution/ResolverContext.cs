using System.Globalization;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Execution;

/// <summary>The executor's <see cref="IResolverContext"/>: one per resolver call that needs one (pure property reads get none).</summary>
internal sealed class ResolverContext : IResolverContext
{
    private readonly OperationExecutor _executor;
    private readonly PlannedField _field;

    public ResolverContext(OperationExecutor executor, PlannedField field, object? source, IReadOnlyDictionary<string, object?> arguments, ResultPath path)
    {
        _executor = executor;
        _field = field;
        Source = source;
        Arguments = arguments;
        Path = path;
    }

    public object? Source { get; }

    public IReadOnlyDictionary<string, object?> Arguments { get; }

    public IServiceProvider Services => _executor.Services;

    public CancellationToken CancellationToken => _executor.CancellationToken;

    public ResultPath Path { get; }

    public IReadOnlyList<FieldNode> FieldSelection => _field.Nodes;

    public OutputField Field => _field.Field;

    public ObjectType ParentType => _field.ParentType;

    public GraphQLSchema Schema => _executor.Schema;

    public OperationDefinitionNode Operation => _executor.Operation;

    public IReadOnlyDictionary<string, object?> Variables => _executor.Variables;

    public IDictionary<string, object?> ContextData => _executor.ContextData;

    internal PlannedField PlannedField => _field;

    public T Parent<T>() => Source is T parent
        ? parent
        : throw new InvalidCastException($"The parent of {_field.ParentType.Name}.{_field.Field.Name} is {Source?.GetType().Name ?? "null"}, not {typeof(T).Name}.");

    public T ArgumentValue<T>(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default!;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target) && !target.IsEnum)
        {
            return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        throw new InvalidCastException($"The argument \"{name}\" of {_field.ParentType.Name}.{_field.Field.Name} is {value.GetType().Name}, not {typeof(T).Name}.");
    }

    public void ReportError(GraphQLError graphQLError)
    {
        ArgumentNullException.ThrowIfNull(graphQLError);
        _executor.ReportError(graphQLError, _field, Path);
    }
}
