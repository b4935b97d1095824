using Cpd.Client.Errors;

namespace Cpd.Client;

/// <summary>Creates <see cref="CpdResult{T}"/>s (for tests and fakes of code that uses the client).</summary>
public static class CpdResult
{
    /// <summary>A successful result.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static CpdResult<T> Success<T>(T value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new CpdResult<T>(value, []);
    }

    /// <summary>A rejected result.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="errors">Why, at least one.</param>
    /// <param name="value">A value the API returned anyway, if any.</param>
    /// <returns>The result.</returns>
    public static CpdResult<T> Failure<T>(IReadOnlyList<UserError> errors, T? value = default)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(errors));
        }

        return new CpdResult<T>(value, errors);
    }
}
