using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Tests.Support;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Experiences;
using Cpd.Domain.Reflections;
using NodaTime;

namespace Cpd.Api.Tests.Auth;

/// <summary>
/// One SQLite file with a small world for the access rules, every row named so that tests state expectations in words:
/// <list type="bullet">
/// <item>ann: employed at council 2020-01-01..2022-12-31, then at trust from 2023-01-01 (ongoing); applied to the institute's
/// scheme; gave the guild a grant that was revoked. Experiences on and around the council's boundary days; three
/// reflections (private, shared, published); a connection; an award from the institute.</item>
/// <item>ben: employed at council (ongoing); holds an open-ended grant for the guild; a shared reflection.</item>
/// <item>cat: employed at trust; her grant for the guild expired yesterday.</item>
/// <item>dan: no employment; his grant for the guild expires tomorrow at <see cref="Now"/> + 1 day.</item>
/// </list>
/// </summary>
public sealed class AccessWorld : IAsyncLifetime
{
    public static readonly Instant Now = Instant.FromUtc(2026, 11, 22, 9, 0);

    private readonly Dictionary<string, long> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<(Type, long), string> _names = [];

    public TestDatabase Database { get; private set; } = null!;

    public long this[string name] => _ids[name];

    /// <summary>The name of a row (ids are allocated per table, so the type is part of the key).</summary>
    public string NameOf<T>(long id) => _names[(typeof(T), id)];

    public Caller Ann => Caller.ForMember(this["ann"], "ann");

    public Caller Institute => Caller.ForAssessor(this["institute"], "institute assessor");

    public Caller Guild => Caller.ForAssessor(this["guild"], "guild assessor");

    public Caller CouncilHr => Caller.ForHrSystem(this["council"], "council hr");

    public Caller TrustHr => Caller.ForHrSystem(this["trust"], "trust hr");

    public static Caller Admin => Caller.ForAdmin("ops");

    public Caller ByName(string name) => name switch
    {
        "ann" => Ann,
        "ben" => Caller.ForMember(this["ben"], "ben"),
        "institute" => Institute,
        "guild" => Guild,
        "council-hr" => CouncilHr,
        "trust-hr" => TrustHr,
        "admin" => Admin,
        "anonymous" => Caller.Anonymous,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        await using var db = Database.CreateContext();
        var ids = Database.Ids;

        var health = await Add(db, "health", new SectorRecord { Id = await ids.NextAsync<SectorRecord>(db), Code = "health", Name = "Health" });
        var localGov = await Add(db, "local-government",
            new SectorRecord { Id = await ids.NextAsync<SectorRecord>(db), Code = "local-government", Name = "Local government" });
        var nursing = await Add(db, "nursing", new ProfessionRecord { Id = await ids.NextAsync<ProfessionRecord>(db), Code = "nursing", Name = "Nursing" });
        var council = await Add(db, "council", Organisation(await ids.NextAsync<OrganisationRecord>(db), "Northshire Council", localGov.Id));
        var trust = await Add(db, "trust", Organisation(await ids.NextAsync<OrganisationRecord>(db), "Northshire NHS Trust", health.Id));
        var host = await Add(db, "host", Organisation(await ids.NextAsync<OrganisationRecord>(db), "Probation Service", localGov.Id));

        var institute = await Add(db, "institute",
            new AccreditingBodyRecord { Id = await ids.NextAsync<AccreditingBodyRecord>(db), Code = "ipl", Name = "Institute of Place Leadership" });
        var guild = await Add(db, "guild", new AccreditingBodyRecord { Id = await ids.NextAsync<AccreditingBodyRecord>(db), Code = "guild", Name = "Guild" });
        var instituteVersion = await AddSchemeAsync(db, ids, "institute-scheme", institute.Id);
        await AddSchemeAsync(db, ids, "guild-scheme", guild.Id);

        var ann = await AddMemberAsync(db, ids, "ann");
        var ben = await AddMemberAsync(db, ids, "ben");
        var cat = await AddMemberAsync(db, ids, "cat");
        var dan = await AddMemberAsync(db, ids, "dan");

        await AddEmploymentAsync(db, ids, "ann@council", ann.Id, council.Id, nursing.Id, new LocalDate(2020, 1, 1), new LocalDate(2022, 12, 31));
        await AddEmploymentAsync(db, ids, "ann@trust", ann.Id, trust.Id, nursing.Id, new LocalDate(2023, 1, 1), null);
        await AddEmploymentAsync(db, ids, "ben@council", ben.Id, council.Id, nursing.Id, new LocalDate(2021, 3, 1), null);
        await AddEmploymentAsync(db, ids, "cat@trust", cat.Id, trust.Id, nursing.Id, new LocalDate(2019, 5, 1), null);

        // Around ann's council employment [2020-01-01, 2022-12-31]:
        await AddExperienceAsync(db, ids, "ann-secondment", ann.Id, host.Id, new LocalDate(2021, 6, 1), new LocalDate(2021, 12, 31));
        await AddExperienceAsync(db, ids, "ann-event-last-council-day", ann.Id, null, new LocalDate(2022, 12, 31), new LocalDate(2022, 12, 31), hours: 6);
        await AddExperienceAsync(db, ids, "ann-event-first-trust-day", ann.Id, null, new LocalDate(2023, 1, 1), new LocalDate(2023, 1, 1), hours: 6);
        await AddExperienceAsync(db, ids, "ann-shadowing-ending-first-council-day", ann.Id, host.Id, new LocalDate(2019, 6, 1), new LocalDate(2020, 1, 1));
        await AddExperienceAsync(db, ids, "ann-shadowing-ending-day-before-council", ann.Id, host.Id, new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31));
        await AddExperienceAsync(db, ids, "ann-ongoing-since-2024", ann.Id, host.Id, new LocalDate(2024, 2, 1), null);
        await AddExperienceAsync(db, ids, "ann-ongoing-since-2019", ann.Id, host.Id, new LocalDate(2019, 2, 1), null);
        await AddExperienceAsync(db, ids, "ben-secondment", ben.Id, host.Id, new LocalDate(2022, 1, 1), new LocalDate(2022, 6, 30));
        await AddExperienceAsync(db, ids, "dan-secondment", dan.Id, host.Id, new LocalDate(2022, 1, 1), new LocalDate(2022, 6, 30));

        await AddReflectionAsync(db, ids, "ann-private", ann.Id, ReflectionVisibility.Private);
        await AddReflectionAsync(db, ids, "ann-shared", ann.Id, ReflectionVisibility.SharedWithAssessors);
        await AddReflectionAsync(db, ids, "ann-published", ann.Id, ReflectionVisibility.PublishedAnonymised);
        await AddReflectionAsync(db, ids, "ben-shared", ben.Id, ReflectionVisibility.SharedWithAssessors);
        await AddReflectionAsync(db, ids, "ben-private", ben.Id, ReflectionVisibility.Private);
        await AddReflectionAsync(db, ids, "dan-shared", dan.Id, ReflectionVisibility.SharedWithAssessors);

        await Add(db, "ann-connection", new ConnectionRecord
        {
            Id = await ids.NextAsync<ConnectionRecord>(db), MemberId = ann.Id, Name = "A contact", SectorId = health.Id, CreatedAt = Now,
        });
        await Add(db, "ben-connection", new ConnectionRecord
        {
            Id = await ids.NextAsync<ConnectionRecord>(db), MemberId = ben.Id, Name = "B contact", SectorId = localGov.Id, CreatedAt = Now,
        });

        var application = await Add(db, "ann-application", new ApplicationRecord
        {
            Id = await ids.NextAsync<ApplicationRecord>(db), MemberId = ann.Id, SchemeVersionId = instituteVersion.Id,
            AppliedOn = new LocalDate(2026, 10, 1), SnapshotJson = "{}", Status = ApplicationStatus.Awarded,
        });
        await Add(db, "ann-award", new AwardRecord
        {
            Id = await ids.NextAsync<AwardRecord>(db), MemberId = ann.Id, SchemeId = instituteVersion.SchemeId, SchemeVersionId = instituteVersion.Id,
            ApplicationId = application.Id, AwardedOn = new LocalDate(2026, 11, 1), ExpiresOn = new LocalDate(2029, 10, 31),
        });

        await AddGrantAsync(db, ids, "ann-guild-revoked", ann.Id, guild.Id, expiresAt: null, revokedAt: Now - Duration.FromDays(3));
        await AddGrantAsync(db, ids, "ben-guild-open", ben.Id, guild.Id, expiresAt: null, revokedAt: null);
        await AddGrantAsync(db, ids, "cat-guild-expired", cat.Id, guild.Id, expiresAt: Now - Duration.FromDays(1), revokedAt: null);
        await AddGrantAsync(db, ids, "dan-guild-tomorrow", dan.Id, guild.Id, expiresAt: Now + Duration.FromDays(1), revokedAt: null);
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    private static OrganisationRecord Organisation(long id, string name, long sectorId) =>
        new() { Id = id, Name = name, SectorId = sectorId, PlaceCode = "E07000113", CreatedAt = Now };

    private Task<T> Add<T>(CpdDbContext db, string name, T record)
        where T : class
    {
        db.Add(record);
        var id = (long)db.Entry(record).Property("Id").CurrentValue!;
        _ids.Add(name, id);
        _names.Add((typeof(T), id), name);
        return Task.FromResult(record);
    }

    private async Task<SchemeVersionRecord> AddSchemeAsync(CpdDbContext db, IdAllocator ids, string name, long bodyId)
    {
        var scheme = await Add(db, name, new SchemeRecord { Id = await ids.NextAsync<SchemeRecord>(db), BodyId = bodyId, Code = name, Name = name });
        return await Add(db, name + "-v1", new SchemeVersionRecord
        {
            Id = await ids.NextAsync<SchemeVersionRecord>(db), SchemeId = scheme.Id, Number = 1, EffectiveFrom = new LocalDate(2025, 1, 1),
            Validity = Period.FromYears(3), RequirementJson = "{}", PublishedAt = Now,
        });
    }

    private async Task<MemberRecord> AddMemberAsync(CpdDbContext db, IdAllocator ids, string name) =>
        await Add(db, name, new MemberRecord { Id = await ids.NextAsync<MemberRecord>(db), DisplayName = name, CreatedAt = Now, UpdatedAt = Now });

    private async Task AddEmploymentAsync(CpdDbContext db, IdAllocator ids, string name, long memberId, long organisationId, long professionId,
        LocalDate start, LocalDate? end) =>
        await Add(db, name, new EmploymentRecord
        {
            Id = await ids.NextAsync<EmploymentRecord>(db), MemberId = memberId, OrganisationId = organisationId, ProfessionId = professionId,
            Role = "Nurse", Start = start, End = end, Fte = 1m,
        });

    private async Task AddExperienceAsync(CpdDbContext db, IdAllocator ids, string name, long memberId, long? hostId, LocalDate start, LocalDate? end,
        decimal? hours = null) =>
        await Add(db, name, new ExperienceRecord
        {
            Id = await ids.NextAsync<ExperienceRecord>(db), MemberId = memberId, Title = name, HostOrganisationId = hostId,
            Kind = hours is null ? ExperienceKind.Secondment : ExperienceKind.LearningEvent,
            Start = start, End = end, Fte = hours is null ? 0.5m : null, Hours = hours, CreatedAt = Now, UpdatedAt = Now,
        });

    private async Task AddReflectionAsync(CpdDbContext db, IdAllocator ids, string name, long memberId, ReflectionVisibility visibility) =>
        await Add(db, name, new ReflectionRecord
        {
            Id = await ids.NextAsync<ReflectionRecord>(db), MemberId = memberId, WhatDidNotWork = "secret text of " + name, Visibility = visibility,
            CreatedAt = Now, UpdatedAt = Now,
        });

    private async Task AddGrantAsync(CpdDbContext db, IdAllocator ids, string name, long memberId, long bodyId, Instant? expiresAt, Instant? revokedAt) =>
        await Add(db, name, new AccessGrantRecord
        {
            Id = await ids.NextAsync<AccessGrantRecord>(db), MemberId = memberId, BodyId = bodyId, GrantedAt = Now - Duration.FromDays(30),
            ExpiresAt = expiresAt, RevokedAt = revokedAt,
        });
}
