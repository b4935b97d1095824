namespace Cpd.Domain;

/// <summary>
/// The outcome of a factory or operation whose failure is an expected outcome (bad user input):
/// either a value or one or more <see cref="DomainError"/>s, never both.
/// </summary>
/// <typeparam name="T">The type of the value on success.</typeparam>
public sealed class Result<T>
{
    private readonly T? _value;

    internal Result(T value)
    {
        _value = value;
        Errors = [];
    }

    internal Result(IReadOnlyList<DomainError> errors)
    {
        _value = default;
        Errors = errors;
    }

    /// <summary>Gets a value indicating whether the operation succeeded.</summary>
    public bool IsSuccess => Errors.Count == 0;

    /// <summary>Gets the errors; empty on success.</summary>
    public IReadOnlyList<DomainError> Errors { get; }

    /// <summary>Gets the value.</summary>
    /// <exception cref="InvalidOperationException">The result is a failure.</exception>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException($"The result is a failure: {string.Join("; ", Errors)}");

    /// <summary>Returns the value, or throws an <see cref="InvalidOperationException"/> listing the errors (for tests and seed data).</summary>
    /// <returns>The value.</returns>
    public T Unwrap() => Value;
}

/// <summary>Creates <see cref="Result{T}"/> values.</summary>
public static class Result
{
    /// <summary>Creates a successful result.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>A successful result holding <paramref name="value"/>.</returns>
    public static Result<T> Success<T>(T value) => new(value);

    /// <summary>Creates a failed result.</summary>
    /// <typeparam name="T">The type the value would have had.</typeparam>
    /// <param name="errors">At least one error.</param>
    /// <returns>A failed result.</returns>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    public static Result<T> Failure<T>(IReadOnlyList<DomainError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one error.", nameof(errors));
        }

        return new Result<T>(errors);
    }

    /// <summary>Creates a failed result with one error.</summary>
    /// <typeparam name="T">The type the value would have had.</typeparam>
    /// <param name="code">The stable error code.</param>
    /// <param name="field">The offending field.</param>
    /// <param name="message">The message.</param>
    /// <returns>A failed result.</returns>
    public static Result<T> Failure<T>(string code, string field, string message) =>
        new([new DomainError(code, field, message)]);
}
