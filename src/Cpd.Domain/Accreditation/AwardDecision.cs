namespace Cpd.Domain.Accreditation;

/// <summary>The outcome of awarding an application.</summary>
/// <param name="Application">The application, now awarded.</param>
/// <param name="Award">The award.</param>
public sealed record AwardDecision(Application Application, Award Award);
