using Cpd.Client.Errors;
using Cpd.Client.Models;

namespace Cpd.Client.Tests.EndToEnd;

/// <summary>The distinct exception types, each from the real API (or from no API at all).</summary>
public sealed class ErrorEndToEndTests(EndToEndWorld world) : IClassFixture<EndToEndWorld>
{
    [Fact]
    public async Task AnyCall_UnknownApiKey_ThrowsAuthentication()
    {
        using var client = world.Client("cpd_nosuchkey_secretsecretsecret");

        var ex = await Should.ThrowAsync<CpdAuthenticationException>(() => client.ListSectorsAsync());

        ex.Code.ShouldBe(CpdErrorCodes.Unauthenticated);
    }

    [Fact]
    public async Task Mutation_UnknownApiKey_ThrowsAuthenticationWithoutRetrying()
    {
        var attempts = 0;
        using var client = world.Client("cpd_nosuchkey_secretsecretsecret", o => o.OnRetry = _ => attempts++);

        await Should.ThrowAsync<CpdAuthenticationException>(() => client.SyncWorkforceAsync(WorkforceSyncEndToEndTests.Employees("A", 1)));

        attempts.ShouldBe(0);
    }

    [Fact]
    public async Task Mutation_WrongRole_ThrowsForbiddenCarryingTheCode()
    {
        using var assessor = world.Client(world.AssessorKey);

        var ex = await Should.ThrowAsync<CpdForbiddenException>(() => assessor.LogCpdActivityAsync(new NewCpdActivity("Reading", new DateOnly(2026, 1, 1), 1m, ["self-directed"])));

        ex.Code.ShouldBe(CpdErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Query_WrongCaller_ThrowsForbidden()
    {
        using var council = world.Client(world.CouncilHrKey);

        await Should.ThrowAsync<CpdForbiddenException>(() => council.GetMemberAsync(world.BenId));
    }

    [Fact]
    public async Task ExecuteAsync_DocumentTheSchemaLacks_ThrowsGraphQLErrorNotForbidden()
    {
        using var admin = world.Client(world.AdminKey);

        var ex = await Should.ThrowAsync<CpdGraphQLException>(() => admin.ExecuteAsync<System.Text.Json.JsonElement>("query { noSuchField }"));

        ex.ShouldBeOfType<CpdGraphQLException>();
        ex.Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task GetOrganisationAsync_NoSuchOrganisation_ReturnsNullRatherThanThrowing()
    {
        using var hr = world.Client(world.TrustHrKey);

        (await hr.GetOrganisationAsync(Api.Schema.Common.GlobalId.Format("Organisation", 777_777))).ShouldBeNull();
        (await hr.GetOrganisationAsync(world.CouncilId))!.Name.ShouldBe("Northshire Council");
    }

    [Fact]
    public async Task AnyCall_DeadPort_ThrowsTransportAfterEveryAttempt()
    {
        var retries = 0;
        using var client = new CpdClient(Support.TestClients.Options(Support.TestClients.DeadEndpoint(), configure: o =>
        {
            o.ApiKey = world.AdminKey;
            o.MaxAttempts = 3;
            o.OnRetry = _ => retries++;
        }));

        var ex = await Should.ThrowAsync<CpdTransportException>(() => client.GetSchemeAsync("U2NoZW1lOjE"));

        ex.Code.ShouldBe(CpdErrorCodes.NetworkError);
        ex.Attempts.ShouldBe(3);
        ex.StatusCode.ShouldBeNull();
        retries.ShouldBe(2);
    }
}
