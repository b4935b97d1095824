using Cpd.Api.Schema.Experiences;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>An experience that did not count (or not fully) towards a requirement, why, and what it would add.</summary>
/// <param name="Experience">The experience.</param>
/// <param name="Reason">Why it did not count.</param>
/// <param name="WouldAdd">What it would add to the measured value, in the requirement's unit (0 when not meaningful).</param>
/// <param name="DaysWithoutHome">For NO_HOME_THAT_DAY, the days in the window without a home employment; otherwise 0.</param>
[GraphQLDescription("An experience of a kind the requirement looks at that did not count (or not fully): why, and what it would add if it did.")]
public sealed record ExcludedExperience(
    Experience Experience,
    ExclusionReason Reason,
    [property: GraphQLDescription("What it would add to measured, in the requirement's unit (e.g. FTE-days an unverified secondment would add); 0 when not meaningful.")] decimal WouldAdd,
    [property: GraphQLDescription("For NO_HOME_THAT_DAY: the days in the window without a home employment, which cross no boundary; otherwise 0.")] int DaysWithoutHome);
