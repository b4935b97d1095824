using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using Cpd.Domain.Taxonomy;
using NodaTime;

namespace Cpd.Domain.Accreditation;

/// <summary>
/// The reference scheme shared by demo data, benchmarks and tests: Place Leadership Accreditation of the (fictional) Institute of Place Leadership.
/// Version 1 (effective 2025-01-01, valid P3Y) needs 182 FTE-days of cross-sector secondment, joint work or shadowing; version 2 (effective
/// 2026-01-01) raises that to 273.
/// </summary>
public static class ReferenceSchemes
{
    /// <summary>The scheme code.</summary>
    public const string PlaceLeadershipCode = "place-leadership";

    /// <summary>Gets the accrediting body.</summary>
    public static AccreditingBody InstituteOfPlaceLeadership { get; } = AccreditingBody.Create(1, "Institute of Place Leadership").Value;

    /// <summary>Gets the scheme with versions 1 and 2.</summary>
    public static Scheme PlaceLeadership { get; } = Scheme.Create(1, 1, PlaceLeadershipCode, "Place Leadership Accreditation").Value
        .Publish(new LocalDate(2025, 1, 1), Period.FromYears(3), PlaceLeadershipRequirement(182m), CareerTaxonomy.Default).Value
        .Publish(new LocalDate(2026, 1, 1), Period.FromYears(3), PlaceLeadershipRequirement(273m), CareerTaxonomy.Default).Value;

    /// <summary>Gets version 1 (182 FTE-days).</summary>
    public static SchemeVersion PlaceLeadershipV1 => PlaceLeadership.Versions[0];

    /// <summary>Gets version 2 (273 FTE-days).</summary>
    public static SchemeVersion PlaceLeadershipV2 => PlaceLeadership.Versions[1];

    /// <summary>
    /// Builds the reference requirement tree:
    /// allOf [ crossBoundaryTime SECTOR ≥ <paramref name="secondmentDays"/> FTE-days in P5Y (SECONDMENT|JOINT_WORK|SHADOWING, ATTESTED);
    /// distinctBoundaries SECTOR ≥ 2 in P5Y; experienceCount PEER_CHALLENGE ≥ 1 in P3Y; anyOf [ experienceCount MENTORING crossing SECTOR ≥ 1 in P3Y;
    /// networkDiversity ≥ 4 sectors ]; learningHours ≥ 90 h in P3Y with ≥ 20 h per P1Y and 25% crossing SECTOR; reflectionCoverage ≥ 0.5 in P3Y ].
    /// </summary>
    /// <param name="secondmentDays">The FTE-days of cross-sector time (182 in version 1, 273 in version 2).</param>
    /// <returns>The tree; leaf ids are stable.</returns>
    public static Requirement PlaceLeadershipRequirement(decimal secondmentDays) => new AllOf
    {
        Id = "place-leadership",
        Description = "Place Leadership Accreditation",
        Of =
        [
            new CrossBoundaryTime
            {
                Id = "cross-sector-time",
                Description = "Time working in another sector",
                Boundary = Boundary.Sector,
                MinimumDays = secondmentDays,
                Window = Window.Rolling(Period.FromYears(5)),
                Kinds = [ExperienceKind.Secondment, ExperienceKind.JointWork, ExperienceKind.Shadowing],
                MinimumVerification = VerificationLevel.Attested,
            },
            new DistinctBoundaries
            {
                Id = "distinct-sectors",
                Description = "Experience of two other sectors",
                Boundary = Boundary.Sector,
                Minimum = 2,
                Window = Window.Rolling(Period.FromYears(5)),
            },
            new ExperienceCount
            {
                Id = "peer-challenge",
                Description = "A peer challenge",
                Kinds = [ExperienceKind.PeerChallenge],
                Minimum = 1,
                Window = Window.Rolling(Period.FromYears(3)),
            },
            new AnyOf
            {
                Id = "mentoring-or-network",
                Description = "Cross-sector mentoring or a diverse network",
                Of =
                [
                    new ExperienceCount
                    {
                        Id = "cross-sector-mentoring",
                        Description = "Mentoring across sectors",
                        Kinds = [ExperienceKind.Mentoring],
                        Boundary = Boundary.Sector,
                        Minimum = 1,
                        Window = Window.Rolling(Period.FromYears(3)),
                    },
                    new NetworkDiversity { Id = "network-diversity", Description = "Connections in four other sectors", MinimumSectors = 4 },
                ],
            },
            new LearningHours
            {
                Id = "learning-hours",
                Description = "Learning, a quarter of it across sectors",
                MinimumHours = 90m,
                Window = Window.Rolling(Period.FromYears(3)),
                MinimumEachPeriod = new PeriodMinimum(20m, Period.FromYears(1)),
                CrossBoundaryShare = 0.25m,
                Boundary = Boundary.Sector,
            },
            new ReflectionCoverage
            {
                Id = "reflection-coverage",
                Description = "Honest reflection on half of cross-boundary experiences",
                MinimumShare = 0.5m,
                Window = Window.Rolling(Period.FromYears(3)),
            },
        ],
    };
}
