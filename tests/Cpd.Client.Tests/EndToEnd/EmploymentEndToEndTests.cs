using Cpd.Api.Persistence.Entities;
using Cpd.Client.Errors;
using Cpd.Client.Models;

namespace Cpd.Client.Tests.EndToEnd;

/// <summary>Recording employment through the client against the real API.</summary>
public sealed class EmploymentEndToEndTests(EndToEndWorld world) : IClassFixture<EndToEndWorld>
{
    [Fact]
    public async Task RecordEmploymentAsync_HrSystemForItsEmployee_RecordsItAtItsOwnOrganisation()
    {
        using var trust = world.Client(world.TrustHrKey);

        var result = await trust.RecordEmploymentAsync(new NewEmployment(world.BenId, "Bank nurse", "nursing", new DateOnly(2026, 1, 1)) { Fte = 0.2m, End = new DateOnly(2026, 12, 31) });

        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors));
        result.Value.Organisation.Name.ShouldBe("Northshire NHS Trust");
        result.Value.Role.ShouldBe("Bank nurse");
        result.Value.Fte.ShouldBe(0.2m);
        result.Value.End.ShouldBe(new DateOnly(2026, 12, 31));
        (await trust.GetMemberAsync(world.BenId))!.Employments.ShouldContain(e => e.Id == result.Value.Id);
    }

    [Fact]
    public async Task RecordEmploymentAsync_MemberForThemselves_IsRecordedAtTheOrganisationNamed()
    {
        using var ada = world.Client(world.AdaKey);

        var result = await ada.RecordEmploymentAsync(new NewEmployment(world.AdaId, "Duty social worker", "social-work", new DateOnly(2026, 3, 1)) { OrganisationId = world.CouncilId, Fte = 0.1m });

        result.Value!.Organisation.Id.ShouldBe(world.CouncilId);
    }

    [Fact]
    public async Task RecordEmploymentAsync_InvalidFields_ReturnsEachUserErrorAndWritesNothing()
    {
        using var trust = world.Client(world.TrustHrKey);
        var before = await world.CountAsync<EmploymentRecord>();

        var result = await trust.RecordEmploymentAsync(new NewEmployment(world.BenId, "Nurse", "alchemy", new DateOnly(2026, 6, 1)) { Fte = 1.2m, End = new DateOnly(2026, 5, 1) });

        result.IsSuccess.ShouldBeFalse();
        result.Errors.Select(e => e.Code).ShouldBe(["UNKNOWN_PROFESSION", "END_BEFORE_START", "FTE_OUT_OF_RANGE"], ignoreOrder: true);
        result.Errors.ShouldContain(e => e.Code == "FTE_OUT_OF_RANGE" && e.Field!.SequenceEqual(new[] { "input", "fte" }));
        (await world.CountAsync<EmploymentRecord>()).ShouldBe(before);
    }

    [Fact]
    public async Task RecordEmploymentAsync_HrSystemForSomeoneElsesEmployee_IsNotFound()
    {
        using var trust = world.Client(world.TrustHrKey);

        var result = await trust.RecordEmploymentAsync(new NewEmployment(world.AdaId, "Nurse", "nursing", new DateOnly(2026, 1, 1)));

        result.Errors.ShouldHaveSingleItem().Code.ShouldBe("NOT_FOUND");
    }

    [Fact]
    public async Task RecordEmploymentAsync_HrSystemAtAnotherOrganisation_ThrowsForbidden()
    {
        using var trust = world.Client(world.TrustHrKey);

        await Should.ThrowAsync<CpdForbiddenException>(() =>
            trust.RecordEmploymentAsync(new NewEmployment(world.BenId, "Nurse", "nursing", new DateOnly(2026, 1, 1)) { OrganisationId = world.CouncilId }));
    }
}
