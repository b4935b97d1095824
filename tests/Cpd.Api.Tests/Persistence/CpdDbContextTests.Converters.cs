using Cpd.Api.Persistence.Entities;
using Cpd.Domain.Experiences;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Tests.Persistence;

public abstract partial class CpdDbContextTests
{
    private static readonly LocalDate[] EdgeDates =
        [new(1, 1, 1), new(1969, 12, 31), new(2024, 2, 29), new(2026, 11, 22), new(9999, 12, 31)];

    private static readonly decimal[] EdgeDecimals = [0m, 0.0001m, 0.6m, 1m, 12.5m, 99999.9999m];

    [Fact]
    public async Task SaveChanges_EdgeDates_RoundTrip()
    {
        await using var database = await CreateDatabaseAsync();
        var rows = await SaveExperiencesAsync(database, EdgeDates.Length, (e, i) => (e.Start, e.End) = (EdgeDates[i], i % 2 == 0 ? EdgeDates[i] : null));

        rows.Select(e => e.Start).ShouldBe(EdgeDates);
        rows.Select(e => e.End).ShouldBe(EdgeDates.Select((d, i) => i % 2 == 0 ? d : (LocalDate?)null));
    }

    [Fact]
    public async Task SaveChanges_EdgeInstants_RoundTripToTheProvidersResolution()
    {
        var instants = new[]
        {
            Instant.FromUtc(1, 1, 1, 0, 0),
            Instant.FromUtc(1970, 1, 1, 0, 0),
            Instant.FromUtc(2026, 11, 22, 5, 17, 24).PlusNanoseconds(123_456_789),
            // The last microsecond every provider keeps (PostgreSQL would turn the last tick, DateTime.MaxValue, into 'infinity').
            Instant.FromUtc(9999, 12, 31, 23, 59, 59).PlusNanoseconds(999_999_000),
        };
        await using var database = await CreateDatabaseAsync();
        var rows = await SaveExperiencesAsync(database, instants.Length, (e, i) => (e.CreatedAt, e.WithdrawnAt) = (instants[i], i % 2 == 0 ? instants[i] : null));

        var expected = instants.Select(Truncate).ToArray();
        rows.Select(e => e.CreatedAt).ShouldBe(expected);
        rows.Select(e => e.WithdrawnAt).ShouldBe(expected.Select((x, i) => i % 2 == 0 ? x : (Instant?)null));
    }

    [Fact]
    public async Task SaveChanges_Periods_RoundTripUnitByUnit()
    {
        var periods = new[]
        {
            Period.Zero, Period.FromYears(3), Period.FromMonths(18), Period.FromWeeks(2), Period.FromDays(182), Period.FromDays(-1),
            new PeriodBuilder { Years = 1, Months = 2, Weeks = 3, Days = 4, Hours = 5, Minutes = 6, Seconds = 7, Milliseconds = 8 }.Build(),
        };
        await using var database = await CreateDatabaseAsync();
        long schemeId;
        await using (var db = database.CreateContext())
        {
            var body = new AccreditingBodyRecord { Id = await database.Ids.NextAsync<AccreditingBodyRecord>(db), Code = "ipl", Name = "Institute of Place Leadership" };
            var scheme = new SchemeRecord { Id = await database.Ids.NextAsync<SchemeRecord>(db), Body = body, Code = "place-leadership", Name = "Place Leadership Accreditation" };
            schemeId = scheme.Id;
            for (var i = 0; i < periods.Length; i++)
            {
                scheme.Versions.Add(new SchemeVersionRecord
                {
                    Id = await database.Ids.NextAsync<SchemeVersionRecord>(db),
                    Number = i + 1,
                    EffectiveFrom = new LocalDate(2026, 1, 1),
                    Validity = periods[i],
                    RequirementJson = "{}",
                    PublishedAt = RecordBuilder.Now,
                });
            }

            db.Add(scheme);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            var stored = await db.SchemeVersions.Where(v => v.SchemeId == schemeId).OrderBy(v => v.Number).Select(v => v.Validity).ToListAsync();
            stored.ShouldBe(periods);
        }
    }

    [Fact]
    public async Task SaveChanges_DecimalsWithFourPlaces_RoundTripExactly()
    {
        await using var database = await CreateDatabaseAsync();
        var rows = await SaveExperiencesAsync(database, EdgeDecimals.Length, (e, i) => (e.Fte, e.Hours) = (EdgeDecimals[i], i % 2 == 0 ? EdgeDecimals[i] : null));

        rows.Select(e => e.Fte).ShouldBe(EdgeDecimals.Select(d => (decimal?)d));
        rows.Select(e => e.Hours).ShouldBe(EdgeDecimals.Select((d, i) => i % 2 == 0 ? d : (decimal?)null));
    }

    [Fact]
    public async Task SaveChanges_StringLists_RoundTripIncludingEmptyAndAwkwardText()
    {
        List<string>[] lists = [[], ["health"], ["local-government", "health", "policing"], ["a,b", "quote\"d", "back\\slash", "ünïcödé ✓", "", "[]"]];
        await using var database = await CreateDatabaseAsync();
        var rows = await SaveExperiencesAsync(database, lists.Length, (e, i) => (e.Categories, e.SectorsInvolved) = (lists[i], [.. lists[i], "extra"]));

        rows.Select(e => e.Categories).ShouldBe(lists);
        rows.Select(e => e.SectorsInvolved).ShouldBe(lists.Select(l => new List<string>([.. l, "extra"])));
    }

    [Fact]
    public async Task SaveChanges_ElementAddedToAList_IsSaved()
    {
        await using var database = await CreateDatabaseAsync();
        var id = (await SaveExperiencesAsync(database, 1, (e, _) => e.Categories = ["participatory"]))[0].Id;
        await using (var db = database.CreateContext())
        {
            var experience = await db.Experiences.SingleAsync(e => e.Id == id);
            experience.Categories.Add("formal");
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            (await db.Experiences.SingleAsync(e => e.Id == id)).Categories.ShouldBe(["participatory", "formal"]);
        }
    }

    [Fact]
    public async Task SaveChanges_Enums_AreStoredAsUpperSnakeText()
    {
        var kinds = Enum.GetValues<ExperienceKind>();
        await using var database = await CreateDatabaseAsync();
        var rows = await SaveExperiencesAsync(database, kinds.Length, (e, i) => (e.Kind, e.MentoringRole) = (kinds[i], i % 2 == 0 ? MentoringRole.Mentee : null));

        rows.Select(e => e.Kind).ShouldBe(kinds);
        rows.Select(e => e.MentoringRole).ShouldBe(kinds.Select((_, i) => i % 2 == 0 ? MentoringRole.Mentee : (MentoringRole?)null));
        await using var db = database.CreateContext();
        var stored = await db.Database.SqlQueryRaw<string>("SELECT \"Kind\" AS \"Value\" FROM \"Experiences\"").ToListAsync();
        stored.Order(StringComparer.Ordinal).ShouldBe(
            ["CPD_ACTIVITY", "JOINT_WORK", "LEARNING_EVENT", "MENTORING", "PEER_CHALLENGE", "SECONDMENT", "SHADOWING"]);
    }

    [Fact]
    public async Task Query_ConvertedColumns_FilterOrderAndSumInSqlByValue()
    {
        var ftes = new[] { 0.5m, 1m, 0.25m, 0.125m };
        var hours = new[] { 9m, 10.5m, 0.25m, 100m };
        var starts = new[] { new LocalDate(2024, 9, 1), new LocalDate(2024, 10, 1), new LocalDate(2025, 1, 1), new LocalDate(2023, 12, 31) };
        await using var database = await CreateDatabaseAsync();
        var rows = await SaveExperiencesAsync(database, ftes.Length, (e, i) => (e.Fte, e.Hours, e.Start) = (ftes[i], hours[i], starts[i]));
        var ids = rows.Select(r => r.Id).ToArray();
        await using var db = database.CreateContext();

        var byFte = await db.Experiences.OrderBy(e => e.Fte).Select(e => e.Fte).ToListAsync();
        var byHoursDescending = await db.Experiences.OrderByDescending(e => e.Hours).Select(e => e.Hours).ToListAsync();
        var moreThanNineHours = await db.Experiences.Where(e => e.Hours > 9m).CountAsync();
        var from2024 = await db.Experiences.Where(e => e.Start >= new LocalDate(2024, 1, 1) && e.Start < new LocalDate(2025, 1, 1))
            .OrderBy(e => e.Start).Select(e => e.Id).ToListAsync();
        var total = await db.Experiences.SumAsync(e => e.Hours);

        byFte.ShouldBe([0.125m, 0.25m, 0.5m, 1m]);
        byHoursDescending.ShouldBe([100m, 10.5m, 9m, 0.25m]);
        moreThanNineHours.ShouldBe(2);
        from2024.ShouldBe([ids[0], ids[1]]);
        total.ShouldBe(119.75m);
    }

    private Instant Truncate(Instant instant)
    {
        var resolution = InstantResolution.BclCompatibleTicks;
        var sinceEpoch = (instant - NodaConstants.BclEpoch).BclCompatibleTicks;
        return NodaConstants.BclEpoch + Duration.FromTicks(sinceEpoch - (sinceEpoch % resolution));
    }

    /// <summary>Saves <paramref name="count"/> experiences of one member, set up by <paramref name="set"/>, and reads them back in id order.</summary>
    private static async Task<List<ExperienceRecord>> SaveExperiencesAsync(Support.TestDatabase database, int count, Action<ExperienceRecord, int> set)
    {
        await using (var db = database.CreateContext())
        {
            var member = await RecordBuilder.SeedMemberAsync(db, database.Ids);
            for (var i = 0; i < count; i++)
            {
                var experience = await RecordBuilder.SecondmentAsync(db, database.Ids, member.Id);
                set(experience, i);
                db.Add(experience);
            }

            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            return await db.Experiences.OrderBy(e => e.Id).ToListAsync();
        }
    }
}
