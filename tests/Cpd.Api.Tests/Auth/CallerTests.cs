using System.Security.Claims;
using Cpd.Api.Auth;

namespace Cpd.Api.Tests.Auth;

public sealed class CallerTests
{
    public static TheoryData<Caller> Callers() =>
    [
        Caller.ForMember(7, "ann", keyId: 3),
        Caller.ForAssessor(2, "ipl assessor"),
        Caller.ForHrSystem(11, "council hr", keyId: 9),
        Caller.ForAdmin("ops"),
    ];

    [Theory]
    [MemberData(nameof(Callers))]
    public void FromPrincipal_ClaimsOfACaller_GivesTheSameCaller(Caller caller)
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(caller.ToClaims(), "Bearer"));

        var read = Caller.FromPrincipal(principal);

        read.Role.ShouldBe(caller.Role);
        read.Name.ShouldBe(caller.Name);
        read.MemberId.ShouldBe(caller.MemberId);
        read.BodyId.ShouldBe(caller.BodyId);
        read.OrganisationId.ShouldBe(caller.OrganisationId);
        read.KeyId.ShouldBe(caller.KeyId);
    }

    [Fact]
    public void FromPrincipal_UnauthenticatedIdentity_IsAnonymous()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(Caller.ForAdmin("ops").ToClaims()));

        Caller.FromPrincipal(principal).ShouldBeSameAs(Caller.Anonymous);
        Caller.FromPrincipal(null).ShouldBeSameAs(Caller.Anonymous);
    }

    [Fact]
    public void FromPrincipal_ScopedRoleWithoutItsScope_IsAnonymous()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(CpdClaimTypes.Role, "MEMBER")], "Bearer"));

        Caller.FromPrincipal(principal).Role.ShouldBe(CallerRole.Anonymous);
    }

    [Fact]
    public void For_ScopedRoleWithoutScope_Throws()
    {
        Should.Throw<ArgumentException>(() => Caller.For(CallerRole.Assessor, null, "x"));
        Should.Throw<ArgumentException>(() => Caller.For(CallerRole.Anonymous, 1, "x"));
    }

    [Theory]
    [InlineData("MEMBER", CallerRole.Member)]
    [InlineData("assessor", CallerRole.Assessor)]
    [InlineData("Hr_System", CallerRole.HrSystem)]
    [InlineData("ADMIN", CallerRole.Admin)]
    public void TryParse_RoleName_IgnoresCase(string name, CallerRole expected)
    {
        CallerRoles.TryParse(name, out var role).ShouldBeTrue();
        role.ShouldBe(expected);
        CallerRoles.TryParse(role.ToName(), out var again).ShouldBeTrue();
        again.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ANONYMOUS")]
    [InlineData("HRSYSTEM")]
    [InlineData("root")]
    public void TryParse_UnknownOrAnonymousRole_IsFalse(string? name) =>
        CallerRoles.TryParse(name, out _).ShouldBeFalse();
}
