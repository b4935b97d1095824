namespace Cpd.GraphQL.Tests.Robustness;

/// <summary>
/// How many documents the robustness suites generate: 100,000 by default, or the environment variable
/// CPD_FUZZ_COUNT for the long run. Each family takes a share of it.
/// </summary>
internal static class FuzzBudget
{
    public const int DefaultTotal = 100_000;

    public static int Total { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("CPD_FUZZ_COUNT"), out var total) && total > 0 ? total : DefaultTotal;

    public static int CountFor(double share) => Math.Max(1, (int)(Total * share));
}
