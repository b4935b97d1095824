using Cpd.Api.Persistence.Serialization;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using NodaTime;

namespace Cpd.Api.Tests.Persistence.Serialization;

public sealed class RequirementJsonTests
{
    private static readonly Requirement EveryField = new AtLeast
    {
        Id = "root",
        Description = "Two of three",
        Count = 2,
        Of =
        [
            new CrossBoundaryTime
            {
                Id = "time", Boundary = Boundary.Place, MinimumDays = 90.5m, Window = Window.Rolling(Period.FromMonths(18)),
                Kinds = [ExperienceKind.Secondment, ExperienceKind.JointWork], MinimumVerification = VerificationLevel.Verified,
            },
            new DistinctBoundaries { Id = "distinct", Boundary = Boundary.Profession, Minimum = 3, Window = Window.Ever, Kinds = [ExperienceKind.Shadowing], MinimumDaysEach = 5 },
            new AnyOf
            {
                Id = "either",
                Of =
                [
                    new ExperienceCount
                    {
                        Id = "count", Kinds = [ExperienceKind.LearningEvent], Minimum = 2, Window = Window.Rolling(Period.FromDays(182)),
                        Categories = ["participatory"], Boundary = Boundary.Sector, MinimumVerification = VerificationLevel.Attested,
                    },
                    new LearningHours
                    {
                        Id = "hours", MinimumHours = 120, Window = Window.Rolling(Period.FromYears(3)), Categories = ["formal", "informal"],
                        CapPerCategory = [new CategoryCap("informal", 10.25m)], MinimumEachPeriod = new PeriodMinimum(20, Period.FromYears(1)),
                        CrossBoundaryShare = 0.25m, Boundary = Boundary.Organisation,
                    },
                    new ReflectionCoverage { Id = "reflect", MinimumShare = 0.5m, Window = Window.Rolling(Period.FromYears(3)) },
                    new NetworkDiversity { Id = "network", MinimumSectors = 4 },
                    new HoldsAccreditation { Id = "holds", SchemeCode = "PLA", MinimumPeriod = Period.FromYears(1) + Period.FromMonths(6) },
                ],
            },
        ],
    };

    [Fact]
    public void Serialize_EveryNodeAndOptionalField_RoundTripsToTheSameText()
    {
        var json = RequirementJson.Serialize(EveryField);

        var again = RequirementJson.Serialize(RequirementJson.Deserialize(json));

        again.ShouldBe(json);
        json.ShouldContain("\"minimumVerification\":\"VERIFIED\"");
        json.ShouldContain("\"window\":\"P18M\"");
        json.ShouldContain("\"window\":\"EVER\"");
        json.ShouldContain("\"minimumPeriod\":\"P1Y6M\"");
    }

    [Fact]
    public void Deserialize_ReferenceScheme_EvaluatesLikeTheOriginal()
    {
        var original = ReferenceSchemes.PlaceLeadershipV1.Requirement;

        var copy = RequirementJson.Deserialize(RequirementJson.Serialize(original));

        var leaves = (AllOf)copy;
        leaves.Of.Count.ShouldBe(((AllOf)original).Of.Count);
        var time = leaves.Of.OfType<CrossBoundaryTime>().Single();
        time.MinimumDays.ShouldBe(182);
        time.Window.ShouldBe(Window.Rolling(Period.FromYears(5)));
        time.Kinds.ShouldBe([ExperienceKind.Secondment, ExperienceKind.JointWork, ExperienceKind.Shadowing], ignoreOrder: true);
        time.MinimumVerification.ShouldBe(VerificationLevel.Attested);
        RequirementJson.Serialize(copy).ShouldBe(RequirementJson.Serialize(original));
    }

    [Theory]
    [InlineData("[]", "at requirement: expected an object")]
    [InlineData("{}", "at requirement: expected one key")]
    [InlineData("{\"allOf\":{},\"anyOf\":{}}", "exactly one key")]
    [InlineData("{\"oneOf\":{}}", "unknown node kind 'oneOf'")]
    [InlineData("{\"allOf\":{}}", "at requirement.allOf.of: is required")]
    [InlineData("{\"allOf\":{\"of\":[{\"networkDiversity\":{\"minimumSectors\":\"4\"}}]}}", "requirement.allOf.of[0].networkDiversity.minimumSectors: expected number, found string")]
    [InlineData("{\"networkDiversity\":{\"minimumSectors\":4.5}}", "expected a 32-bit integer")]
    [InlineData("{\"reflectionCoverage\":{\"minimumShare\":0.5,\"window\":\"five years\"}}", "'five years' is not an ISO-8601 period")]
    [InlineData("{\"distinctBoundaries\":{\"boundary\":\"COUNTY\",\"minimum\":1,\"window\":\"EVER\"}}", "'COUNTY' is not a Boundary value")]
    [InlineData("{\"experienceCount\":{\"minimum\":1,\"window\":\"EVER\"}}", "experienceCount.kinds: is required")]
    [InlineData("{\"allOf\":", "not valid JSON")]
    public void Deserialize_MalformedText_NamesThePathAndTheReason(string json, string expected)
    {
        var error = Should.Throw<InvalidDataException>(() => RequirementJson.Deserialize(json));

        error.Message.ShouldContain(expected);
    }
}
