using Cpd.Domain.Accreditation.Evaluation;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>A published scheme version rebuilt as a domain <see cref="Domain.Accreditation.SchemeVersion"/>, with its requirement tree compiled once.</summary>
/// <param name="VersionId">The version's database id.</param>
/// <param name="BodyId">The body that owns the scheme.</param>
/// <param name="Version">The domain version (applications are submitted against it).</param>
/// <param name="Plan">The compiled evaluation plan (thread-safe, shared by every request).</param>
public sealed record CompiledSchemeVersion(long VersionId, long BodyId, Domain.Accreditation.SchemeVersion Version, EvaluationPlan Plan);
