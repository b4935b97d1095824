namespace Cpd.Domain.Tests.Readme;

/// <summary>Tests that redirect <see cref="Console.Out"/> run alone, so that no other test's output is captured.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleOutput
{
    public const string Name = "Console";
}
