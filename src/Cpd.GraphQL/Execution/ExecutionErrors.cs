using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Execution;

/// <summary>Every message the executor raises, worded as graphql-js 17 words them.</summary>
internal static class ExecutionErrors
{
    public const string NoOperation = "Must provide an operation.";

    public const string OperationNameRequired = "Must provide operation name if query contains multiple operations.";

    public static string UnknownOperation(string name) => $"Unknown operation named \"{name}\".";

    public static string RootTypeMissing(string operationType) => $"Schema is not configured to execute {operationType} operation.";

    public static string NonNullReturnedNull(PlannedField field) =>
        $"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Field.Name}.";

    public static string ExpectedIterable(PlannedField field) =>
        $"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Field.Name}\".";

    public static string LeafSerializedNull(ILeafType type, object value) =>
        $"Expected `{type.Name}.coerceOutputValue({Inspector.Inspect(value)})` to return non-nullable value, returned: null";

    public static string NotOfType(ObjectType type, object value) => $"Expected value of type \"{type.Name}\" but got: {Inspector.Inspect(value)}.";

    public static string AbstractTypeUnresolved(IAbstractType type, PlannedField field) =>
        $"Abstract type \"{type.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.Field.Name}\". " +
        $"Either the \"{type.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.";

    public static string NotAPossibleType(IAbstractType type, ObjectType runtimeType) =>
        $"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{type.Name}\".";

    /// <summary>Not a graphql-js message: graphql-js recurses until JavaScript's stack overflows; this engine stops first.</summary>
    public static string NestedTooDeeply(PlannedField field, int maxDepth) =>
        $"Cannot complete field \"{field.ParentType.Name}.{field.Field.Name}\": the result is nested deeper than {maxDepth} levels or than the stack allows.";

    /// <summary>Not a graphql-js message (see <see cref="JsonValues.MaxDepth"/>).</summary>
    public static string LeafNestedTooDeeply(ILeafType type, int maxDepth) =>
        $"Expected `{type.Name}.coerceOutputValue` to return a value nested at most {maxDepth} levels deep.";

    /// <summary>The message of an exception thrown by a resolver: its own message, as graphql-js reports <c>error.message</c>; never a stack trace.</summary>
    public static string MessageOf(Exception exception) =>
        string.IsNullOrEmpty(exception.Message) ? "Unexpected error value: " + exception.GetType().Name : exception.Message;

    /// <summary>Builds an error at the location of an AST node.</summary>
    public static GraphQLError At(string message, Language.Ast.AstNode node) =>
        new(message, node.Location is { } location ? [location.StartLocation] : null);
}
