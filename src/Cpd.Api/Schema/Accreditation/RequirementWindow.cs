using Cpd.Domain.Accreditation.Rules;
using Cpd.GraphQL.Types;
using NodaTime;

namespace Cpd.Api.Schema.Accreditation;

/// <summary>A requirement's window: EVER, or ROLLING over a period ending on the evaluation date.</summary>
/// <param name="Kind">EVER or ROLLING.</param>
/// <param name="Period">The rolling period (null for EVER).</param>
[GraphQLDescription("The days a requirement looks at: EVER (all history up to asOf) or ROLLING (the period ending on asOf, e.g. P5Y).")]
public sealed record RequirementWindow(WindowKind Kind, Period? Period);
