using System.Diagnostics.CodeAnalysis;
using Cpd.Client.Errors;

namespace Cpd.Client;

/// <summary>
/// The outcome of a mutation: the value it produced, or the <see cref="UserError"/>s for which the API rejected the
/// input (and wrote nothing). Rejections are expected outcomes, so they are returned, never thrown.
/// </summary>
/// <typeparam name="T">The value a successful call produces.</typeparam>
public sealed class CpdResult<T>
{
    internal CpdResult(T? value, IReadOnlyList<UserError> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The value; present when <see cref="IsSuccess"/>, and possibly also alongside errors the API chose to report.</summary>
    public T? Value { get; }

    /// <summary>Why the API rejected the input; empty on success.</summary>
    public IReadOnlyList<UserError> Errors { get; }

    /// <summary>Whether the API accepted the input: no errors, and a value.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsSuccess => Errors.Count == 0 && Value is not null;

    /// <summary>The value, or an exception listing the errors: for callers that treat a rejection as a bug.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidOperationException">The API rejected the input.</exception>
    public T GetValueOrThrow() =>
        IsSuccess ? Value : throw new InvalidOperationException("The Cpd API rejected the input: " + string.Join("; ", Errors));
}
