using Cpd.Api.Auth;
using Cpd.Api.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Demo;

/// <summary>
/// The demo's start-up work: seeds the demo data before the server starts (after the migrations and the default taxonomy, which
/// are registered before it) and, once it listens, issues one new API key per role and prints them with the GraphiQL address.
/// Keys are stored hashed, so they cannot be shown again: every start issues new ones.
/// </summary>
internal sealed partial class DemoStartup(
    DemoSeeder seeder,
    IDbContextFactory<CpdDbContext> contexts,
    ApiKeyIssuer issuer,
    IServer server,
    ILogger<DemoStartup> logger,
    TextWriter output) : IHostedLifecycleService
{
    private bool _ready;
    private bool _seeded;

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
            {
                LogNotMigrated(logger);
                return;
            }
        }

        _seeded = await seeder.SeedAsync(cancellationToken).ConfigureAwait(false);
        _ready = true;
        if (_seeded)
        {
            LogSeeded(logger, DemoDataset.Organisations.Count, DemoDataset.People.Count);
        }
        else
        {
            LogKept(logger);
        }
    }

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            return;
        }

        var keys = await IssueKeysAsync(cancellationToken).ConfigureAwait(false);
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? DemoHostingExtensions.DefaultUrl;
        await output.WriteAsync(DemoBanner.Text(address.TrimEnd('/') + "/graphql", _seeded, keys)).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A key per role, scoped to the demo's member, institute and HR organisation (a role whose scope is missing gets none).</summary>
    private async Task<List<DemoKey>> IssueKeysAsync(CancellationToken cancellationToken)
    {
        long? memberId, bodyId, organisationId;
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var member = DemoDataset.KeyMember.DisplayName;
            memberId = await db.Members.Where(m => m.DisplayName == member).OrderBy(m => m.Id).Select(m => (long?)m.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            bodyId = await db.AccreditingBodies.Where(b => b.Code == DemoDataset.InstituteCode).Select(b => (long?)b.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            var hr = DemoDataset.HrOrganisation.Name;
            organisationId = await db.Organisations.Where(o => o.Name == hr).OrderBy(o => o.Id).Select(o => (long?)o.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }

        var actor = Caller.ForAdmin(DemoSeeder.ActorName);
        var keys = new List<DemoKey>(4);
        foreach (var (role, scope, who) in new (CallerRole, long?, string)[]
        {
            (CallerRole.Admin, null, "an administrator"),
            (CallerRole.Member, memberId, $"the member {DemoDataset.KeyMember.DisplayName}"),
            (CallerRole.Assessor, bodyId, $"an assessor of the {ReferenceName}"),
            (CallerRole.HrSystem, organisationId, $"the HR system of {DemoDataset.HrOrganisation.Name}"),
        })
        {
            if (role != CallerRole.Admin && scope is null)
            {
                continue;
            }

            var request = new ApiKeyRequest(role.ToName(), $"demo {role.ToName().ToLowerInvariant()}", role == CallerRole.Member ? scope : null,
                role == CallerRole.Assessor ? scope : null, role == CallerRole.HrSystem ? scope : null);
            var issued = await issuer.CreateAsync(request, actor, cancellationToken).ConfigureAwait(false);
            if (issued.IsSuccess)
            {
                keys.Add(new DemoKey(role, who, issued.Value.Key));
            }
        }

        return keys;
    }

    private const string ReferenceName = "Institute of Place Leadership";

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo data: {Organisations} organisations, {Members} members.")]
    private static partial void LogSeeded(ILogger logger, int organisations, int members);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database already has members; the demo data was not seeded again.")]
    private static partial void LogKept(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database has pending migrations; run `migrate` first. No demo data or keys.")]
    private static partial void LogNotMigrated(ILogger logger);
}
