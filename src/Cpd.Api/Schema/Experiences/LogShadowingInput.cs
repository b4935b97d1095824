using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Experiences;

/// <summary>A shadowing the caller did at a host organisation.</summary>
/// <param name="Title">What it was.</param>
/// <param name="HostOrganisationId">The host organisation's global id.</param>
/// <param name="Start">The first day.</param>
/// <param name="Fte">The full-time equivalent, more than 0 and at most 1.</param>
/// <param name="End">The last day; null while ongoing.</param>
/// <param name="ProfessionCode">The profession practised there, when it differs from home's.</param>
public sealed record LogShadowingInput(
    string Title, [property: GraphQLType("ID!")] string HostOrganisationId, LocalDate Start, decimal Fte, LocalDate? End = null, string? ProfessionCode = null) : MutationInput;
