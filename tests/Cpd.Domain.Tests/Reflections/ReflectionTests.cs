using Cpd.Domain.Reflections;
using Cpd.Domain.Tests.TestData;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.Reflections;

public sealed class ReflectionTests
{
    private static readonly FakeClock Clock = FakeClock.At(2026, 3, 1);

    [Fact]
    public void Create_BlankWhatDidNotWork_IsRequired()
    {
        var result = Reflection.Create(1, 1, 3, "Good", "   ", null, ReflectionVisibility.Private, Clock);

        result.Errors.Single().ShouldBe(new DomainError(CommonErrors.Required, "whatDidNotWork", "whatDidNotWork is required."));
    }

    [Fact]
    public void Create_Defaults_ArePrivateAndTimedByTheClock()
    {
        var r = Reflection.Create(1, 1, 3, null, "Data sharing stalled.", " ", ReflectionVisibility.Private, Clock).Value;

        r.Visibility.ShouldBe(ReflectionVisibility.Private);
        r.RecordedAt.ShouldBe(Clock.Now);
        r.WhatIdDoDifferently.ShouldBeNull();
    }

    [Fact]
    public void Restore_StoredValues_KeepsTheStoredTime()
    {
        var at = NodaTime.Instant.FromUtc(2024, 5, 6, 7, 8, 9);

        var r = Reflection.Restore(4, 2, null, "Good", "Slow start.", null, ReflectionVisibility.SharedWithAssessors, at).Value;

        r.RecordedAt.ShouldBe(at);
        r.Visibility.ShouldBe(ReflectionVisibility.SharedWithAssessors);
        r.WhatDidNotWork.ShouldBe("Slow start.");
    }

    [Fact]
    public void Restore_InvalidValues_AreRejectedLikeCreate()
    {
        var result = Reflection.Restore(0, 2, null, null, "", null, ReflectionVisibility.Private, NodaTime.Instant.FromUtc(2024, 1, 1, 0, 0));

        result.Errors.Select(e => e.Code).ShouldBe([CommonErrors.InvalidId, CommonErrors.Required]);
    }

    [Fact]
    public void LessonFrom_PrivateReflection_IsRejected()
    {
        var r = Reflection.Create(1, 1, 3, null, "Stalled.", null, ReflectionVisibility.SharedWithAssessors, Clock).Value;

        Lesson.From(r, null, null).Errors.Single().Code.ShouldBe(ReflectionErrors.NotPublished);
    }

    [Fact]
    public void LessonFrom_PublishedReflection_CarriesKindSectorsAndTextWithoutIdentity()
    {
        var builder = new CareerBuilder().Employment("local-government", "2020-01-01").Secondment("health", "2025-01-01", "2025-06-30");
        var career = builder.Build();
        var r = Reflection.Create(1, 1, builder.LastId, "Joint triage", "Budgets never merged.", "Agree money first", ReflectionVisibility.Private, Clock).Value
            .WithVisibility(ReflectionVisibility.PublishedAnonymised).Value;

        var lesson = Lesson.From(r, career.Experiences[0], career.HomeOn(D("2025-01-01"))).Value;

        lesson.ShouldBe(lesson with { Kind = Cpd.Domain.Experiences.ExperienceKind.Secondment, WhatDidNotWork = "Budgets never merged." });
        lesson.Sectors.ShouldBe(["local-government", "health"]);
    }
}
