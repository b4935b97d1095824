namespace Cpd.GraphQL.HttpBench;

/// <summary>The load test's organisations, made on the fly exactly as the reference server makes them.</summary>
internal sealed record Organisation(string Id, string Name, string Sector)
{
    private static readonly string[] Sectors = ["health", "local-government", "social-care", "education", "policing"];

    public static Organisation[] List(int first)
    {
        var list = new Organisation[first];
        for (var i = 0; i < first; i++)
        {
            list[i] = new Organisation($"org-{i}", $"Organisation {i}", Sectors[i % Sectors.Length]);
        }

        return list;
    }

    public Member[] Members(int first)
    {
        var index = Id[4..];
        var list = new Member[first];
        for (var j = 0; j < first; j++)
        {
            list[j] = new Member($"{Id}-m{j}", $"Member {j} of {index}", (j + 1) / 10.0);
        }

        return list;
    }
}
