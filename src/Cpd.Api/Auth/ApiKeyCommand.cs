using System.Globalization;
using Cpd.Api.Cli;
using Cpd.Api.Persistence;
using Cpd.Domain;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Api.Auth;

/// <summary>
/// The <c>apikey</c> verb. <c>apikey create</c> prints the new key alone on standard output (so that
/// <c>KEY=$(… apikey create …)</c> works) and what it is on standard error; wrong arguments print the reason and the usage
/// and exit with <see cref="ExitCodes.Usage"/>; a request the issuer refuses (an unknown member) exits with
/// <see cref="ExitCodes.Failed"/>.
/// </summary>
public static class ApiKeyCommand
{
    /// <summary>How to call the verb.</summary>
    public const string Usage =
        """
        Usage:
          apikey create --role ADMIN --name NAME
          apikey create --role MEMBER --member ID --name NAME
          apikey create --role ASSESSOR --body ID --name NAME
          apikey create --role HR_SYSTEM --org ID --name NAME
                        [--expires YYYY-MM-DD]   (the key stops working at the start of that day, UTC)
          apikey revoke --id ID
          apikey list
        """;

    private static readonly string[] CreateOptions = ["role", "name", "member", "body", "org", "expires"];
    private static readonly string[] RevokeOptions = ["id"];

    // The command line acts with the authority of whoever may run the server's process.
    private static readonly Caller Operator = Caller.ForAdmin("command line");

    /// <summary>Runs the verb.</summary>
    public static async Task<int> RunAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var arguments = context.Arguments;
        var action = arguments.Count > 0 ? arguments[0] : null;
        var rest = arguments.Skip(1).ToArray();
        switch (action)
        {
            case "create":
                return await CreateAsync(context, rest, cancellationToken).ConfigureAwait(false);
            case "revoke":
                return await RevokeAsync(context, rest, cancellationToken).ConfigureAwait(false);
            case "list" when rest.Length == 0:
                return await ListAsync(context, cancellationToken).ConfigureAwait(false);
            default:
                return await UsageErrorAsync(context, action is null ? "apikey needs an action." : $"Unknown apikey action '{string.Join(' ', arguments)}'.")
                    .ConfigureAwait(false);
        }
    }

    private static async Task<int> CreateAsync(CommandContext context, string[] args, CancellationToken cancellationToken)
    {
        var options = CommandArguments.Parse(args, CreateOptions, out var error);
        long? member = null, body = null, org = null;
        Instant? expires = null;
        if (options is null
            || !options.TryGetId("member", out member, out error)
            || !options.TryGetId("body", out body, out error)
            || !options.TryGetId("org", out org, out error)
            || !TryGetDate(options, out expires, out error))
        {
            return await UsageErrorAsync(context, error!).ConfigureAwait(false);
        }

        if (!options.Has("role"))
        {
            return await UsageErrorAsync(context, "--role is required.").ConfigureAwait(false);
        }

        await PrepareDatabaseAsync(context.Services, cancellationToken).ConfigureAwait(false);
        var issuer = context.Services.GetRequiredService<ApiKeyIssuer>();
        var result = await issuer.CreateAsync(new ApiKeyRequest(options["role"], options["name"], member, body, org, expires), Operator, cancellationToken)
            .ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            var usage = result.Errors.Any(e => e.Code != AuthErrorCodes.ScopeNotFound);
            foreach (var e in result.Errors)
            {
                await context.Error.WriteLineAsync($"error: {OptionOf(e)}: {e.Message}").ConfigureAwait(false);
            }

            if (usage)
            {
                await context.Error.WriteLineAsync(Usage).ConfigureAwait(false);
            }

            return usage ? ExitCodes.Usage : ExitCodes.Failed;
        }

        var key = result.Value;
        await context.Output.WriteLineAsync(key.Key).ConfigureAwait(false);
        await context.Error.WriteLineAsync(
            $"Created API key {key.Id} '{key.Caller.Name}' for {key.Caller.Role.ToName()}{(key.Caller.ScopeText.Length > 0 ? $" ({key.Caller.ScopeText})" : "")}. It is shown only this once: store it now.")
            .ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task<int> RevokeAsync(CommandContext context, string[] args, CancellationToken cancellationToken)
    {
        var options = CommandArguments.Parse(args, RevokeOptions, out var error);
        long? id = null;
        if (options is null || !options.TryGetId("id", out id, out error) || id is null)
        {
            return await UsageErrorAsync(context, error ?? "--id is required.").ConfigureAwait(false);
        }

        await PrepareDatabaseAsync(context.Services, cancellationToken).ConfigureAwait(false);
        var result = await context.Services.GetRequiredService<ApiKeyIssuer>().RevokeAsync(id.Value, Operator, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess)
        {
            await context.Error.WriteLineAsync($"error: {result.Errors[0].Message}").ConfigureAwait(false);
            return ExitCodes.Failed;
        }

        await context.Output.WriteLineAsync($"Revoked API key {id} '{result.Value.Name}'.").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    private static async Task<int> ListAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await PrepareDatabaseAsync(context.Services, cancellationToken).ConfigureAwait(false);
        var keys = await context.Services.GetRequiredService<ApiKeyIssuer>().ListAsync(cancellationToken).ConfigureAwait(false);
        var pattern = InstantPattern.General;
        await context.Output.WriteLineAsync("id\tprefix\trole\tscope\tname\tcreated\tlast used\tstate").ConfigureAwait(false);
        foreach (var k in keys)
        {
            var scope = k.MemberId ?? k.BodyId ?? k.OrganisationId;
            var state = k.RevokedAt is { } revoked ? "revoked " + pattern.Format(revoked)
                : k.ExpiresAt is { } expiry ? "expires " + pattern.Format(expiry)
                : "active";
            await context.Output.WriteLineAsync(string.Join('\t',
                k.Id.ToString(CultureInfo.InvariantCulture), "cpd_" + k.Prefix + "_…", k.Role, scope?.ToString(CultureInfo.InvariantCulture) ?? "-",
                k.Name, pattern.Format(k.CreatedAt), k.LastUsedAt is { } used ? pattern.Format(used) : "never", state)).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static async Task<int> UsageErrorAsync(CommandContext context, string message)
    {
        await context.Error.WriteLineAsync("error: " + message).ConfigureAwait(false);
        await context.Error.WriteLineAsync(Usage).ConfigureAwait(false);
        return ExitCodes.Usage;
    }

    // The server migrates an embedded database as it starts; a command runs without starting it, so it does the same first.
    private static async Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (services.GetService<DatabaseOptions>() is { ShouldMigrateOnStartup: true })
        {
            var db = await services.GetRequiredService<IDbContextFactory<CpdDbContext>>().CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool TryGetDate(CommandArguments options, out Instant? value, out string? error)
    {
        value = null;
        error = null;
        if (options["expires"] is not { } text)
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            error = $"--expires must be a date (YYYY-MM-DD), not '{text}'.";
            return false;
        }

        value = parsed.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        return true;
    }

    private static string OptionOf(DomainError error) => error.Field switch
    {
        "memberId" => "--member",
        "bodyId" => "--body",
        "organisationId" => "--org",
        "expiresAt" => "--expires",
        _ => "--" + error.Field,
    };
}
