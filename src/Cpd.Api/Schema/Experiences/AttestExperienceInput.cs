using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Experiences;

/// <summary>A confirmation or dispute of an experience by its host organisation's HR system or an assessor with access.</summary>
/// <param name="ExperienceId">The experience's global id.</param>
/// <param name="Outcome">Confirmed (raises the verification) or disputed (recorded, raises nothing).</param>
/// <param name="Comment">A remark kept with the attestation (at most 2,000 characters).</param>
public sealed record AttestExperienceInput([property: GraphQLType("ID!")] string ExperienceId, AttestationOutcome Outcome, string? Comment = null) : MutationInput;
