using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cpd.Api.Persistence.Migrations;

/// <summary>
/// Finds this assembly's migrations of <see cref="CpdDbContext"/> like EF's own lookup does, and gives EF the model
/// snapshot in the column types of the provider in use (one hand-written snapshot serves both providers).
/// Registered with <c>ReplaceService&lt;IMigrationsAssembly, CpdMigrationsAssembly&gt;()</c>.
/// </summary>
internal sealed class CpdMigrationsAssembly(ICurrentDbContext currentContext) : IMigrationsAssembly
{
    private static readonly IReadOnlyDictionary<string, TypeInfo> AllMigrations = FindMigrations();

    private ModelSnapshot? _snapshot;

    public IReadOnlyDictionary<string, TypeInfo> Migrations => AllMigrations;

    public ModelSnapshot ModelSnapshot => _snapshot ??= new CpdModelSnapshot(StoreTypes.For(currentContext.Context.Database.ProviderName));

    public Assembly Assembly => typeof(CpdDbContext).Assembly;

    public string? FindMigrationId(string nameOrId) =>
        AllMigrations.Keys.FirstOrDefault(id =>
            string.Equals(id, nameOrId, StringComparison.OrdinalIgnoreCase)
            || string.Equals(id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..], nameOrId, StringComparison.OrdinalIgnoreCase));

    public Migration CreateMigration(TypeInfo migrationClass, string activeProvider)
    {
        ArgumentNullException.ThrowIfNull(migrationClass);
        var migration = (Migration)Activator.CreateInstance(migrationClass.AsType())!;
        migration.ActiveProvider = activeProvider;
        return migration;
    }

    public void AddMigrations(Assembly additionalMigrationsAssembly) =>
        throw new NotSupportedException("Cpd's migrations live in Cpd.Api only.");

    private static SortedList<string, TypeInfo> FindMigrations()
    {
        var migrations = new SortedList<string, TypeInfo>(StringComparer.Ordinal);
        foreach (var type in typeof(CpdDbContext).Assembly.DefinedTypes)
        {
            if (type.IsSubclassOf(typeof(Migration))
                && !type.IsAbstract
                && type.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(CpdDbContext)
                && type.GetCustomAttribute<MigrationAttribute>()?.Id is { } id)
            {
                migrations.Add(id, type);
            }
        }

        return migrations;
    }
}
