namespace Cpd.Domain;

/// <summary>
/// An expected rejection of input: a stable machine-readable <see cref="Code"/>, the <see cref="Field"/>
/// (a dotted path such as <c>fte</c> or <c>requirement.allOf[2].minimumDays</c>) and a plain-English message.
/// </summary>
/// <param name="Code">The stable error code, one of the constants of an area's error registry (e.g. <see cref="Careers.CareerErrors"/>).</param>
/// <param name="Field">The path of the offending field, in camelCase as the API exposes it.</param>
/// <param name="Message">A sentence a user can act on.</param>
public sealed record DomainError(string Code, string Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code} at {Field}: {Message}";
}
