namespace Cpd.Client.Errors;

/// <summary>
/// Input the API rejected (a domain rule, a conflict, a missing record): returned in a <see cref="CpdResult{T}"/>,
/// never thrown. Nothing was written for the rejected input.
/// </summary>
/// <param name="Code">A stable code from the API's registries, such as <c>CONFLICT</c> or <c>NOT_FOUND</c>.</param>
/// <param name="Message">A sentence a person can act on.</param>
/// <param name="Field">The path of the input field at fault (such as <c>["input", "rows", "3", "fte"]</c>), when there is one.</param>
public sealed record UserError(string Code, string Message, IReadOnlyList<string>? Field)
{
    /// <summary>The code, field and message.</summary>
    /// <returns>Text such as <c>INVALID_FTE (input.fte): FTE must be above 0.</c></returns>
    public override string ToString() =>
        Code + (Field is { Count: > 0 } ? " (" + string.Join('.', Field) + ")" : string.Empty) + ": " + Message;
}
