using Cpd.Api.Auth;
using Cpd.Api.Cli;
using Cpd.Api.Operations;
using Cpd.Api.Persistence;
using Cpd.Api.Persistence.Entities;
using Cpd.Api.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Cpd.Api.Tests.Cli;

public sealed class CommandLineTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;
    private long _memberId;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_database.Configuration).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 22, 9, 0)));
        services.AddCpdPersistence(configuration).AddCpdAuth(configuration).AddCpdOperations(configuration);
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task TryRunAsync_NotAVerb_IsNull()
    {
        (await CommandLine.TryRunAsync(_services, ["--demo"])).ShouldBeNull();
        (await CommandLine.TryRunAsync(_services, [])).ShouldBeNull();
    }

    [Fact]
    public async Task ApiKeyCreate_Admin_PrintsAWorkingKeyOnceAndAuditsIt()
    {
        var (code, output, error) = await RunAsync("apikey", "create", "--role", "ADMIN", "--name", "ops");

        code.ShouldBe(ExitCodes.Success);
        var key = output.Trim();
        key.ShouldMatch("^cpd_[a-z2-7]{8}_[a-z2-7]{52}$");
        error.ShouldContain("'ops' for ADMIN. It is shown only this once");
        var (caller, _) = await _services.GetRequiredService<ApiKeyAuthenticator>().AuthenticateAsync(key);
        caller!.Role.ShouldBe(CallerRole.Admin);
        await using var db = _database.CreateContext();
        var audit = await db.AuditEntries.SingleAsync();
        (audit.Action, audit.ActorName, audit.TargetId).ShouldBe(("createApiKey", "command line", caller.KeyId));
        (await db.ApiKeys.SingleAsync()).SecretHash.ShouldNotBe(System.Text.Encoding.ASCII.GetBytes(key));
    }

    [Fact]
    public async Task ApiKeyCreate_MemberThatExists_IsScopedToTheMember()
    {
        await SeedMemberAsync();

        var (code, output, _) = await RunAsync("apikey", "create", "--role", "member", "--member", Id(_memberId), "--name", "ann's laptop");

        code.ShouldBe(ExitCodes.Success);
        var (caller, _) = await _services.GetRequiredService<ApiKeyAuthenticator>().AuthenticateAsync(output.Trim());
        (caller!.Role, caller.MemberId).ShouldBe((CallerRole.Member, _memberId));
    }

    [Theory]
    [InlineData(new[] { "apikey", "create", "--role", "MEMBER", "--name", "x" }, "error: --member: A MEMBER key needs the member it acts for.")]
    [InlineData(new[] { "apikey", "create", "--role", "ADMIN", "--name", "x", "--org", "3" }, "error: --org: A ADMIN key takes no organisation.")]
    [InlineData(new[] { "apikey", "create", "--role", "ROOT", "--name", "x" }, "error: --role: The role must be one of MEMBER, ASSESSOR, HR_SYSTEM, ADMIN.")]
    [InlineData(new[] { "apikey", "create", "--role", "ADMIN" }, "error: --name: A key needs a name saying who or what uses it.")]
    [InlineData(new[] { "apikey", "create", "--name", "x" }, "error: --role is required.")]
    [InlineData(new[] { "apikey", "create", "--role", "ASSESSOR", "--body", "two", "--name", "x" }, "error: --body must be a positive whole number (a database id), not 'two'.")]
    [InlineData(new[] { "apikey", "create", "--role", "ADMIN", "--name", "x", "--colour", "red" }, "error: Unknown option --colour")]
    [InlineData(new[] { "apikey", "create", "--role", "ADMIN", "--name", "x", "--expires", "tomorrow" }, "error: --expires must be a date (YYYY-MM-DD), not 'tomorrow'.")]
    [InlineData(new[] { "apikey", "create", "--role", "ADMIN", "--name", "x", "--expires", "2026-01-01" }, "error: --expires: A key's expiry must be in the future.")]
    [InlineData(new[] { "apikey", "rotate" }, "error: Unknown apikey action 'rotate'.")]
    [InlineData(new[] { "apikey" }, "error: apikey needs an action.")]
    [InlineData(new[] { "apikey", "revoke" }, "error: --id is required.")]
    public async Task ApiKey_WrongArguments_ExplainsAndExitsWithUsage(string[] args, string message)
    {
        var (code, output, error) = await RunAsync(args);

        code.ShouldBe(ExitCodes.Usage);
        output.ShouldBeEmpty();
        error.ShouldContain(message);
        error.ShouldContain("Usage:");
    }

    [Fact]
    public async Task ApiKeyCreate_MemberThatDoesNotExist_FailsWithoutUsage()
    {
        var (code, output, error) = await RunAsync("apikey", "create", "--role", "MEMBER", "--member", "999", "--name", "x");

        code.ShouldBe(ExitCodes.Failed);
        output.ShouldBeEmpty();
        error.Trim().ShouldBe("error: --member: There is no member with id 999.");
    }

    [Fact]
    public async Task ApiKeyRevoke_ExistingKey_StopsItWorking()
    {
        var (_, key, _) = await RunAsync("apikey", "create", "--role", "ADMIN", "--name", "temp");
        var (caller, _) = await _services.GetRequiredService<ApiKeyAuthenticator>().AuthenticateAsync(key.Trim());

        var (code, output, _) = await RunAsync("apikey", "revoke", "--id", Id(caller!.KeyId!.Value));
        var again = await RunAsync("apikey", "revoke", "--id", Id(caller.KeyId!.Value));

        code.ShouldBe(ExitCodes.Success);
        output.ShouldContain("Revoked API key");
        (await _services.GetRequiredService<ApiKeyAuthenticator>().AuthenticateAsync(key.Trim())).Error.ShouldBe("The API key has been revoked.");
        again.Code.ShouldBe(ExitCodes.Failed);
        again.Error.ShouldContain("already revoked");
    }

    [Fact]
    public async Task ApiKeyList_Keys_ShowsPrefixesButNoSecrets()
    {
        var (_, key, _) = await RunAsync("apikey", "create", "--role", "ADMIN", "--name", "listed");

        var (code, output, _) = await RunAsync("apikey", "list");

        code.ShouldBe(ExitCodes.Success);
        output.ShouldContain(key.Trim()[..12] + "_…");
        output.ShouldContain("listed");
        output.ShouldNotContain(key.Trim()[14..]);
    }

    private async Task<(int? Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandLine.TryRunAsync(_services, args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private async Task SeedMemberAsync()
    {
        await using var db = _database.CreateContext();
        var member = new MemberRecord { Id = await _database.Ids.NextAsync<MemberRecord>(db), DisplayName = "Ann", CreatedAt = Instant.FromUtc(2026, 1, 1, 0, 0) };
        db.Members.Add(member);
        await db.SaveChangesAsync();
        _memberId = member.Id;
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
