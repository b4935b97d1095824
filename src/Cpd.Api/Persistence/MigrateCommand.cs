using Microsoft.EntityFrameworkCore;

namespace Cpd.Api.Persistence;

/// <summary>The <c>migrate</c> verb: <c>dotnet run --project src/Cpd.Api -- migrate</c> applies pending migrations and exits.</summary>
public static class MigrateCommand
{
    /// <summary>
    /// If <paramref name="args"/> starts with <c>migrate</c>, migrates the configured database, prints what it did and
    /// returns <see langword="true"/> (the caller exits); otherwise does nothing and returns <see langword="false"/>.
    /// </summary>
    public static async Task<bool> TryRunMigrateCommandAsync(this IHost app, string[] args, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args is not ["migrate", ..])
        {
            return false;
        }

        var contexts = app.Services.GetRequiredService<IDbContextFactory<CpdDbContext>>();
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            var provider = app.Services.GetRequiredService<DatabaseOptions>().Provider;
            await Console.Out.WriteLineAsync(pending.Count == 0
                ? $"{provider}: the database is up to date."
                : $"{provider}: applied {pending.Count} migration(s): {string.Join(", ", pending)}.").ConfigureAwait(false);
        }

        return true;
    }
}
