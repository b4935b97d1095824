using System.Text.Json;
using System.Text.RegularExpressions;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Schema.Members;
using Cpd.Api.Tests.Support;
using Cpd.Domain.Experiences;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Privacy;

/// <summary>
/// An HR system learns nothing of another employer's time: two members whose records differ only in their other
/// employer (the trust for one, the police for the other, with more FTE than the council's part-time role) look the
/// same to the council's HR system in every field it may read.
/// </summary>
public sealed partial class HrViewTests(MemberWorld world) : IClassFixture<MemberWorld>
{
    private const string View = """
        query($id: ID!) {
          member(id: $id) {
            displayName
            employments { organisation { name } role start end fte }
            experiences(includeWithdrawn: true) { title start end hostOrganisation { name } boundariesCrossed verification attestations { attestorName } reflection { id } }
            reflections { id }
            connections { name }
            past: homeSector(asOf: "2021-06-01") { code }
            during: homeSector(asOf: "2022-06-01") { code }
            after: homeSector(asOf: "2024-06-01") { code }
            duringProfession: homeProfession(asOf: "2022-06-01") { code }
            afterProfession: homeProfession(asOf: "2024-06-01") { code }
            duringOrganisation: homeOrganisation(asOf: "2022-06-01") { name }
            afterOrganisation: homeOrganisation(asOf: "2024-06-01") { name }
          }
        }
        """;

    [Fact]
    public async Task Member_TwinsDifferingOnlyInAnotherEmployer_LookTheSameToTheHrSystem()
    {
        var (trustTwin, policeTwin) = await SeedTwinsAsync();

        var seenTrust = await world.Api.PostAsync(View, new { id = GlobalId.Format("Member", trustTwin) }, world.Key("council-hr"));
        var seenPolice = await world.Api.PostAsync(View, new { id = GlobalId.Format("Member", policeTwin) }, world.Key("council-hr"));

        seenTrust.ShouldHaveNoErrors();
        seenPolice.ShouldHaveNoErrors();
        WithoutIds(seenTrust.Body).ShouldBe(WithoutIds(seenPolice.Body));
        seenTrust.Body.ShouldNotContain("Trust");
        seenTrust.Data("member", "during", "code").GetString().ShouldBe("local-government");
        seenTrust.Data("member", "after").ValueKind.ShouldBe(JsonValueKind.Null);
        seenTrust.Data("member", "experiences", 0, "boundariesCrossed").EnumerateArray().Select(b => b.GetString()).ShouldContain("SECTOR");
    }

    [Fact]
    public async Task Member_TheTwinsThemselves_SeeTheirOtherEmployer()
    {
        var (trustTwin, policeTwin) = await SeedTwinsAsync();
        var admin = world.Key("admin");

        var trust = await world.Api.PostAsync(View, new { id = GlobalId.Format("Member", trustTwin) }, admin);
        var police = await world.Api.PostAsync(View, new { id = GlobalId.Format("Member", policeTwin) }, admin);

        trust.Data("member", "after", "code").GetString().ShouldBe("health");
        police.Data("member", "after", "code").GetString().ShouldBe("policing");
        WithoutIds(trust.Body).ShouldNotBe(WithoutIds(police.Body));
    }

    private static string WithoutIds(string body) => IdPattern().Replace(body, "\"id\":\"…\"");

    [GeneratedRegex("\"id\":\"[^\"]*\"")]
    private static partial Regex IdPattern();

    // Two members with the same council role (2022, 0.2 FTE) and the same joint work with the police during it; one's
    // main employer is the trust, the other's the police (0.8 FTE, 2021 onwards).
    private async Task<(long TrustTwin, long PoliceTwin)> SeedTwinsAsync()
    {
        var twins = new List<long>();
        await world.Api.SeedAsync(async (db, ids) =>
        {
            var nursing = await db.Professions.SingleAsync(p => p.Code == "nursing");
            var policing = await db.Professions.SingleAsync(p => p.Code == "policing");
            foreach (var (other, profession) in new[] { (world.Seed["trust"], nursing.Id), (world.Seed["police"], policing.Id) })
            {
                var member = new MemberRecord { Id = await ids.NextAsync<MemberRecord>(db), DisplayName = "Twin", CreatedAt = ApiServer.Start, UpdatedAt = ApiServer.Start };
                db.Add(member);
                twins.Add(member.Id);
                db.Add(new EmploymentRecord
                {
                    Id = await ids.NextAsync<EmploymentRecord>(db), MemberId = member.Id, OrganisationId = other, ProfessionId = profession,
                    Role = "Main role", Start = new LocalDate(2021, 3, 1), Fte = 0.8m,
                });
                db.Add(new EmploymentRecord
                {
                    Id = await ids.NextAsync<EmploymentRecord>(db), MemberId = member.Id, OrganisationId = world.Seed["council"], ProfessionId = nursing.Id,
                    Role = "Health liaison", Start = new LocalDate(2022, 1, 1), End = new LocalDate(2022, 12, 31), Fte = 0.2m,
                });
                db.Add(new ExperienceRecord
                {
                    Id = await ids.NextAsync<ExperienceRecord>(db), MemberId = member.Id, Kind = ExperienceKind.JointWork, Title = "Joint triage",
                    HostOrganisationId = world.Seed["police"], Start = new LocalDate(2022, 3, 1), End = new LocalDate(2022, 4, 30), Fte = 0.5m,
                    CreatedAt = ApiServer.Start, UpdatedAt = ApiServer.Start,
                });
            }
        });
        return (twins[0], twins[1]);
    }
}
