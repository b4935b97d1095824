using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Tests.Types;

/// <summary>A minimal resolver context for calling resolvers without the executor.</summary>
internal sealed class TestResolverContext(GraphQLSchema schema, ObjectType parentType, OutputField field) : IResolverContext
{
    public object? Source { get; init; }

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();

    public IServiceProvider Services { get; init; } = new TestServices();

    public CancellationToken CancellationToken { get; init; }

    public ResultPath Path { get; } = ResultPath.Root(field.Name);

    public IReadOnlyList<FieldNode> FieldSelection { get; } = [];

    public OutputField Field { get; } = field;

    public ObjectType ParentType { get; } = parentType;

    public GraphQLSchema Schema { get; } = schema;

    public OperationDefinitionNode Operation => throw new NotSupportedException();

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public List<GraphQLError> Errors { get; } = [];

    public static async Task<object?> ResolveAsync(
        GraphQLSchema schema,
        string typeName,
        string fieldName,
        object? source = null,
        IReadOnlyDictionary<string, object?>? arguments = null,
        IServiceProvider? services = null,
        CancellationToken cancellationToken = default)
    {
        var type = (ObjectType)schema.GetType(typeName)!;
        var field = type.Fields[fieldName];
        var args = new Dictionary<string, object?>(arguments ?? new Dictionary<string, object?>());
        foreach (var argument in field.Arguments)
        {
            if (!args.ContainsKey(argument.Name) && argument.HasDefaultValue)
            {
                args[argument.Name] = argument.RuntimeDefaultValue;
            }
        }

        var context = new TestResolverContext(schema, type, field)
        {
            Source = source,
            Arguments = args,
            Services = services ?? new TestServices(),
            CancellationToken = cancellationToken,
        };
        return await field.Resolver(context);
    }

    public T Parent<T>() => (T)Source!;

    public T ArgumentValue<T>(string name) => Arguments.TryGetValue(name, out var value) ? (T)value! : default!;

    public void ReportError(GraphQLError graphQLError) => Errors.Add(graphQLError);

    internal sealed class TestServices(params object[] services) : IServiceProvider
    {
        public object? GetService(Type serviceType) => services.FirstOrDefault(serviceType.IsInstanceOfType);
    }
}
