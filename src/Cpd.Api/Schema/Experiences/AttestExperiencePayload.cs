using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Experiences;

/// <summary>The result of <c>attestExperience</c>.</summary>
/// <param name="Attestation">The attestation recorded; null when rejected.</param>
/// <param name="Experience">The experience with its attestations, when the caller may read it (a host's HR system reads only experiences overlapping employment with it); null otherwise.</param>
public sealed record AttestExperiencePayload(
    Attestation? Attestation,
    [property: GraphQLDescription("The experience with its new verification, when the caller may read it; null otherwise (a host's HR system reads only experiences that overlap employment with it).")] Experience? Experience) : Payload;
