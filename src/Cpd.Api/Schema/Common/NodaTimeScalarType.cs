using System.Diagnostics.CodeAnalysis;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.Api.Schema.Common;

/// <summary>
/// A scalar carried as ISO-8601 text and bound to a NodaTime value type: results are formatted, string literals and
/// string variables are parsed, and anything else is refused with an error that names the value and the expected form.
/// </summary>
/// <typeparam name="T">The NodaTime type (<see cref="NodaTime.LocalDate"/>, <see cref="NodaTime.Instant"/>, <see cref="NodaTime.Period"/>).</typeparam>
public abstract class NodaTimeScalarType<T> : ScalarType
    where T : notnull
{
    /// <summary>Creates the scalar.</summary>
    /// <param name="name">The scalar's name.</param>
    /// <param name="description">Its description.</param>
    /// <param name="specifiedByUrl">The specification it follows.</param>
    protected NodaTimeScalarType(string name, string description, string specifiedByUrl)
        : base(name, description, specifiedByUrl, runtimeType: typeof(T))
    {
    }

    /// <summary>The expected form, completing "expects …", e.g. <c>a date in the form YYYY-MM-DD, such as 2026-11-22</c>.</summary>
    protected abstract string ExpectedForm { get; }

    /// <inheritdoc/>
    public override object? Serialize(object? runtimeValue) => runtimeValue switch
    {
        T value => Format(value),
        _ => throw Error($"{Name} cannot represent {Inspector.Inspect(runtimeValue)}: it is not a {typeof(T).Name}."),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? inputValue) => inputValue switch
    {
        null => null,
        string text => ParseText(text, JsonQuote(text)),
        _ => throw Error($"{Name} expects {ExpectedForm}; got {Inspector.Inspect(inputValue)}, which is not a string."),
    };

    /// <inheritdoc/>
    public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => literal switch
    {
        NullValueNode => null,
        StringValueNode text => ParseText(text.Value, Printer.Print(text)),
        VariableNode variable => ParseValue(variables?.GetValueOrDefault(variable.Name.Value)),
        _ => throw Error($"{Name} expects {ExpectedForm}; got {Printer.Print(literal)}, which is not a string."),
    };

    /// <inheritdoc/>
    public override ValueNode? ValueToLiteral(object? runtimeValue) => runtimeValue switch
    {
        null => new NullValueNode(null),
        T value => AstFromValue.FromUntypedValue(Format(value)),
        _ => null,
    };

    /// <summary>Formats a value as the scalar's text.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    protected abstract string Format(T value);

    /// <summary>Parses the scalar's text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, when the text is well formed.</param>
    /// <returns>Whether the text is well formed.</returns>
    protected abstract bool TryParse(string text, [MaybeNullWhen(false)] out T value);

    private T ParseText(string text, string shown) =>
        TryParse(text, out var value) ? value : throw Error($"{Name} expects {ExpectedForm}; got {shown}.");

    private static string JsonQuote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static GraphQLException Error(string message) => new(new GraphQLError(
        message,
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = ErrorCodes.BadUserInput }));
}
