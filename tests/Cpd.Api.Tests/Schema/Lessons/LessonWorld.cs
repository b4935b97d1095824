using Cpd.Api.Auth;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Tests.Support;
using Cpd.Domain.Experiences;
using Cpd.Domain.Reflections;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Schema.Lessons;

/// <summary>
/// An <see cref="ApiServer"/> with reflections of every visibility: ann (a council social worker) published one on a
/// secondment to the trust and one on mentoring a police officer; ben (at the trust) published a general one; a private,
/// a shared, and a published reflection on a withdrawn experience are no lessons. Keys for every kind of caller.
/// </summary>
public sealed class LessonWorld : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _keys = [];

    public ApiServer Api { get; } = new();

    public string? Key(string caller) => _keys[caller];

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        long council = 0, trust = 0, body = 0;
        await Api.SeedAsync(async (db, ids) =>
        {
            var sectors = await db.Sectors.ToDictionaryAsync(s => s.Code, s => s.Id);
            var socialWork = await db.Professions.Where(p => p.Code == "social-work").Select(p => p.Id).SingleAsync();
            var now = ApiServer.Start;
            async Task<long> OrganisationAsync(string name, string sector)
            {
                var o = new OrganisationRecord { Id = await ids.NextAsync<OrganisationRecord>(db), Name = name, SectorId = sectors[sector], CreatedAt = now };
                db.Add(o);
                return o.Id;
            }

            async Task<long> MemberAsync(string name, long organisation)
            {
                var m = new MemberRecord { Id = await ids.NextAsync<MemberRecord>(db), DisplayName = name, CreatedAt = now, UpdatedAt = now };
                db.Add(m);
                db.Add(new EmploymentRecord
                {
                    Id = await ids.NextAsync<EmploymentRecord>(db), MemberId = m.Id, OrganisationId = organisation, ProfessionId = socialWork, Role = "Practitioner",
                    Start = new LocalDate(2020, 1, 1), Fte = 1m,
                });
                return m.Id;
            }

            async Task<long> ExperienceAsync(long member, ExperienceKind kind, Action<ExperienceRecord> set)
            {
                var x = new ExperienceRecord { Id = await ids.NextAsync<ExperienceRecord>(db), MemberId = member, Kind = kind, Title = kind.ToString(), Start = new LocalDate(2025, 1, 6), Fte = 0.5m, CreatedAt = now, UpdatedAt = now };
                set(x);
                db.Add(x);
                return x.Id;
            }

            async Task ReflectionAsync(long member, long? experience, ReflectionVisibility visibility, string didNotWork, string? worked = null)
            {
                db.Add(new ReflectionRecord
                {
                    Id = await ids.NextAsync<ReflectionRecord>(db), MemberId = member, ExperienceId = experience, Visibility = visibility, WhatDidNotWork = didNotWork,
                    WhatWorked = worked, CreatedAt = now, UpdatedAt = now,
                });
            }

            council = await OrganisationAsync("Northshire Council", "local-government");
            trust = await OrganisationAsync("Northshire NHS Trust", "health");
            var ann = await MemberAsync("Ann Adeyemi", council);
            var ben = await MemberAsync("Ben Price", trust);
            var secondment = await ExperienceAsync(ann, ExperienceKind.Secondment, x => x.HostOrganisationId = trust);
            var mentoring = await ExperienceAsync(ann, ExperienceKind.Mentoring, x => (x.MentoringRole, x.CounterpartName, x.CounterpartSectorId) = (MentoringRole.Mentor, "Insp. Kay", sectors["policing"]));
            var withdrawn = await ExperienceAsync(ann, ExperienceKind.Shadowing, x => (x.HostOrganisationId, x.WithdrawnAt) = (trust, now));
            await ReflectionAsync(ann, secondment, ReflectionVisibility.PublishedAnonymised, "Two IT Systems never talked to each other.", "Weekly huddles with the ward team.");
            await ReflectionAsync(ann, mentoring, ReflectionVisibility.PublishedAnonymised, "Sessions slipped 100% of the time in winter_pressures.");
            await ReflectionAsync(ben, null, ReflectionVisibility.PublishedAnonymised, "Budget cycles differ between partners.");
            await ReflectionAsync(ann, null, ReflectionVisibility.Private, "A private setback.");
            await ReflectionAsync(ben, null, ReflectionVisibility.SharedWithAssessors, "A shared setback.");
            await ReflectionAsync(ann, withdrawn, ReflectionVisibility.PublishedAnonymised, "A withdrawn experience's setback.");
            var institute = new AccreditingBodyRecord { Id = await ids.NextAsync<AccreditingBodyRecord>(db), Code = "ipl", Name = "Institute of Place Leadership" };
            db.Add(institute);
            body = institute.Id;
            _keys["member"] = null;
            _keys["anonymous"] = null;
            _keys["ann"] = ann.ToString(System.Globalization.CultureInfo.InvariantCulture);
        });
        var annId = long.Parse(_keys["ann"]!, System.Globalization.CultureInfo.InvariantCulture);
        _keys["member"] = await Api.KeyAsync(CallerRole.Member, annId);
        _keys["assessor"] = await Api.KeyAsync(CallerRole.Assessor, body);
        _keys["hr"] = await Api.KeyAsync(CallerRole.HrSystem, council);
        _keys["hr-other"] = await Api.KeyAsync(CallerRole.HrSystem, trust);
        _keys["admin"] = await Api.KeyAsync(CallerRole.Admin);
    }

    public Task DisposeAsync() => Api.DisposeAsync();
}
