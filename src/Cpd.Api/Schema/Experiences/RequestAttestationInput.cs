using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>A request to a named person outside the system to confirm one of the caller's experiences through a single-use link.</summary>
/// <param name="ExperienceId">The experience's global id.</param>
/// <param name="AttestorName">The person asked (at most 200 characters).</param>
/// <param name="AttestorEmail">Their e-mail address, to which the link is bound (at most 320 characters).</param>
/// <param name="ValidFor">How long the link works: more than zero, at most 90 days (default 14 days).</param>
public sealed record RequestAttestationInput(
    [property: GraphQLType("ID!")] string ExperienceId,
    string AttestorName,
    string AttestorEmail,
    [property: GraphQLDescription("How long the link works: more than zero and at most 90 days (P90D); P14D when omitted.")] Period? ValidFor = null) : MutationInput;
