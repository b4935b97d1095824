namespace Cpd.Api.Tests.Auth.Matrix;

internal static partial class MatrixProbes
{
    private const string MemberQuery = "query($id: ID!) { member(id: $id) { ";

    /// <summary>Members and what a member's record holds (ann's).</summary>
    private static readonly Dictionary<string, MatrixProbe> Members = new(StringComparer.Ordinal)
    {
        ["Query.me"] = MatrixProbe.Query("{ me { id } }") with { Subject = run => run.Id("Member", "ann") },
        ["Query.member"] = OfAnn("id"),
        ["Query.members"] = MatrixProbe.Query("{ members(first: 100) { nodes { id } } }") with { Subject = run => run.Id("Member", "ann") },
        ["Query.node"] = MatrixProbe.Query("query($id: ID!) { node(id: $id) { id } }", run => new { id = run.Id("Member", "ann") }),
        ["Query.nodes"] = MatrixProbe.Query("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", run => new { ids = new[] { run.Id("Member", "ann") } }),

        ["Member.displayName"] = OfAnn("displayName"),
        ["Member.employments"] = OfAnn("employments { id }") with { Subject = run => run.Id("Employment", "ann@council") },
        ["Member.experiences"] = OfAnn("experiences { id }") with { Subject = run => run.Id("Experience", "ann-secondment") },
        ["Member.experiences:withdrawn"] = OfAnn("experiences(includeWithdrawn: true) { id }", "experiences") with { Subject = run => run.Id("Experience", "ann-withdrawn") },
        ["Member.reflections"] = OfAnn("reflections { id }") with { Subject = run => run.Id("Reflection", "ann-shared") },
        ["Member.reflections:private"] = OfAnn("reflections { id }") with { Subject = run => run.Id("Reflection", "ann-private") },
        ["Member.connections"] = OfAnn("connections { name }") with { Subject = _ => "Priya Patel" },
        ["Member.networkDiversity"] = OfAnn("networkDiversity"),
        ["Member.homeSector"] = OfAnn("homeSector { code }"),
        ["Member.homeProfession"] = OfAnn("homeProfession { code }"),
        ["Member.homeOrganisation"] = OfAnn("homeOrganisation { id }"),
    };

    // member(id: ann) { <selection> }, judged at member.<field> (the selection's first name unless given).
    private static MatrixProbe OfAnn(string selection, string? field = null) =>
        MatrixProbe.Query(MemberQuery + selection + " } }", run => new { id = run.Id("Member", "ann") },
            "member", field ?? selection.Split(' ', '(')[0]);
}
