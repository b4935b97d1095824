using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>The next version of a scheme.</summary>
/// <param name="SchemeId">The global id of the scheme.</param>
/// <param name="EffectiveFrom">The first day it applies; not before the previous version's.</param>
/// <param name="Validity">How long awards under it last, such as <c>P3Y</c>.</param>
/// <param name="Requirement">The requirement tree.</param>
public sealed record PublishSchemeVersionInput([property: GraphQLType("ID!")] string SchemeId, LocalDate EffectiveFrom, Period Validity, RequirementInput Requirement) : MutationInput;
