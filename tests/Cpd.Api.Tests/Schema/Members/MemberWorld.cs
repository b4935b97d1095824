using Cpd.Api.Auth;
using Cpd.Api.Schema.Common;
using Cpd.Api.Tests.Persistence.Queries;
using Cpd.Api.Tests.Support;

namespace Cpd.Api.Tests.Schema.Members;

/// <summary>The <see cref="CareerSeed"/> world on a real server, with a key per caller name used in the tests.</summary>
public sealed class MemberWorld : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _keys = new(StringComparer.Ordinal);

    public ApiServer Api { get; } = new();

    public CareerSeed Seed { get; } = new();

    /// <summary>The API key of a caller: ann, ben, cat (members), institute, guild (assessors), council-hr, trust-hr, police-hr, admin; null for anonymous.</summary>
    public string? Key(string caller) => _keys[caller];

    public string IdOf(string typeName, string row) => GlobalId.Format(typeName, Seed[row]);

    public async Task InitializeAsync()
    {
        await Api.InitializeAsync();
        await Api.SeedAsync(Seed.SeedAsync);
        foreach (var member in new[] { "ann", "ben", "cat" })
        {
            _keys[member] = await Api.KeyAsync(CallerRole.Member, Seed[member]);
        }

        _keys["institute"] = await Api.KeyAsync(CallerRole.Assessor, Seed["institute"]);
        _keys["guild"] = await Api.KeyAsync(CallerRole.Assessor, Seed["guild"]);
        foreach (var organisation in new[] { "council", "trust", "police" })
        {
            _keys[organisation + "-hr"] = await Api.KeyAsync(CallerRole.HrSystem, Seed[organisation]);
        }

        _keys["admin"] = await Api.KeyAsync(CallerRole.Admin);
        _keys["anonymous"] = null;
    }

    public Task DisposeAsync() => Api.DisposeAsync();
}
