using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Persistence.Queries;
using Cpd.Api.Tests.Support;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Experiences;
using Cpd.Domain.Reflections;
using Cpd.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Persistence.Queries;

public sealed class CareerLoaderTests : IAsyncLifetime
{
    private readonly CareerSeed _seed = new();
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var db = _database.CreateContext();
        await _seed.SeedAsync(db, _database.Ids);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task LoadCareerAsync_SeededMember_RebuildsEveryPartWithStoredValues()
    {
        await using var db = _database.CreateContext();

        var career = (await db.LoadCareerAsync(_seed["ann"], CareerTaxonomy.Default))!;

        career.Member.DisplayName.ShouldBe("Ann Adeyemi");
        career.Employments.Single().Organisation.SectorCode.ShouldBe("local-government");
        career.HomeOn(new LocalDate(2024, 2, 1))!.OrganisationId.ShouldBe(_seed["council"]);
        career.Experiences.Select(x => x.Id).ShouldBe([_seed["ann-secondment"], _seed["ann-mentoring"], _seed["ann-event"], _seed["ann-cpd"]]);
        var secondment = (Secondment)career.Experiences[0];
        secondment.HostOrganisation.SectorCode.ShouldBe("health");
        secondment.Fte.ShouldBe(0.6m);
        secondment.Verification.ShouldBe(VerificationLevel.Attested);
        secondment.Attestations.Single().AttestedAt.ShouldBe(Instant.FromUtc(2024, 7, 2, 10, 0));
        ((Mentoring)career.Experiences[1]).CounterpartSectorCode.ShouldBe("health");
        ((LearningEvent)career.Experiences[2]).SectorsInvolved.ShouldBe(["health", "policing"]);
        career.Reflections.Select(r => r.Visibility).ShouldBe([ReflectionVisibility.Private, ReflectionVisibility.SharedWithAssessors, ReflectionVisibility.PublishedAnonymised]);
        career.Reflections[0].RecordedAt.ShouldBe(CareerSeed.Now - Duration.FromDays(5));
        career.Reflections[0].ExperienceId.ShouldBe(_seed["ann-secondment"]);
        career.Connections.Single().SectorCode.ShouldBe("health");
        var award = career.Awards.Single();
        (award.SchemeCode, award.VersionNumber, award.ExpiresOn).ShouldBe(("place-leadership", 1, new LocalDate(2029, 11, 1)));
    }

    [Fact]
    public async Task LoadCareerAsync_ExperienceCrossingHome_AnswersBoundariesThroughTheDomain()
    {
        await using var db = _database.CreateContext();

        var career = (await db.LoadCareerAsync(_seed["ben"], CareerTaxonomy.Default))!;
        var jointWork = career.Experiences.Single(x => x.Kind == ExperienceKind.JointWork);
        var day = new LocalDate(2022, 3, 15);

        jointWork.CrossesOn(Boundary.Sector, career.HomeOn(day), day).ShouldBeTrue();
        career.HomeOn(day)!.OrganisationId.ShouldBe(_seed["trust"]);
    }

    [Fact]
    public async Task LoadCareersAsync_UnknownAndRepeatedIds_ReturnsEachKnownMemberOnce()
    {
        await using var db = _database.CreateContext();

        var careers = await db.LoadCareersAsync([_seed["cat"], _seed["cat"], 987_654], CareerTaxonomy.Default);

        careers.Keys.ShouldBe([_seed["cat"]]);
        careers[_seed["cat"]].Experiences.ShouldBeEmpty();
        (await db.LoadCareerAsync(987_654, CareerTaxonomy.Default)).ShouldBeNull();
    }

    [Fact]
    public async Task LoadCareersAsync_ManyMembers_UsesAsManyStatementsAsFew()
    {
        long council = _seed["council"], trust = _seed["trust"];
        long profession;
        IReadOnlyList<long> crowd;
        await using (var db = _database.CreateContext())
        {
            profession = await db.Professions.Where(p => p.Code == "nursing").Select(p => p.Id).SingleAsync();
            crowd = await CareerSeed.SeedCrowdAsync(db, _database.Ids, 40, council, trust, profession);
        }

        var few = await CountStatementsAsync(crowd.Take(2).ToArray());
        var many = await CountStatementsAsync([.. crowd]);

        many.Statements.ShouldBe(few.Statements);
        many.Careers.Count.ShouldBe(40);
        many.Careers.Values.ShouldAllBe(c => c.Employments.Count == 2 && c.Experiences.Count == 2);
    }

    private async Task<(int Statements, IReadOnlyDictionary<long, Domain.Careers.Career> Careers)> CountStatementsAsync(long[] members)
    {
        var counter = new SqlStatementCounter();
        var options = PersistenceServiceCollectionExtensions.Configure(new DbContextOptionsBuilder<CpdDbContext>(), _database.Options, _database.Ids)
            .AddInterceptors(counter).Options;
        await using var db = new CpdDbContext((DbContextOptions<CpdDbContext>)options);
        var careers = await db.LoadCareersAsync(members, CareerTaxonomy.Default);
        return (counter.Count, careers);
    }
}
