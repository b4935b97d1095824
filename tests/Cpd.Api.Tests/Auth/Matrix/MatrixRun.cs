using System.Globalization;
using Cpd.Api.Persistence;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Schema.Members;

namespace Cpd.Api.Tests.Auth.Matrix;

/// <summary>
/// What a probe's variables may use for one run (one role): the shared world and a suffix unique to the run, for
/// inputs that must not collide with an earlier run's writes (codes, names) or objects a run may seed for itself.
/// </summary>
internal sealed class MatrixRun(MemberWorld world, int number)
{
    /// <summary>The world the probes run against.</summary>
    public MemberWorld World { get; } = world;

    /// <summary>The run's number, unique within the fixture.</summary>
    public int Number { get; } = number;

    /// <summary>A lowercase suffix unique to this run, valid in kebab-case codes (<c>r17</c>).</summary>
    public string Unique { get; } = "r" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The global id of a named row of the world's <see cref="Persistence.Queries.CareerSeed"/>.</summary>
    public string Id(string typeName, string row) => World.IdOf(typeName, row);

    /// <summary>The database id of a named row.</summary>
    public long this[string row] => World.Seed[row];

    /// <summary>Seeds rows for this run only (through the app's context and id allocator) and returns what <paramref name="seed"/> returns.</summary>
    public async Task<T> SeedAsync<T>(Func<CpdDbContext, IdAllocator, Task<T>> seed)
    {
        var result = default(T)!;
        await World.Api.SeedAsync(async (db, ids) => result = await seed(db, ids));
        return result;
    }

    /// <summary>Formats a global id.</summary>
    public static string Global(string typeName, long id) => GlobalId.Format(typeName, id);
}
