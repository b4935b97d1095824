namespace Cpd.Api.Demo;

/// <summary>A member of the demo dataset (fictional).</summary>
/// <param name="DisplayName">The member's name.</param>
/// <param name="Profile">Where the seeder puts them against the reference scheme.</param>
/// <param name="Jobs">Their employments, latest first (2 to 5).</param>
public sealed record DemoPerson(string DisplayName, DemoProfile Profile, IReadOnlyList<DemoJob> Jobs)
{
    /// <summary>The employment that goes on (the latest job), or the latest one if all have ended.</summary>
    public DemoJob CurrentJob => Jobs.FirstOrDefault(j => j.End is null) ?? Jobs[0];

    /// <summary>The work e-mail address at the current employer: <c>first.last@&lt;organisation key&gt;.example</c>.</summary>
    public string WorkEmail =>
        $"{string.Join('.', DisplayName.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries))}@{CurrentJob.OrganisationKey}.example";
}
