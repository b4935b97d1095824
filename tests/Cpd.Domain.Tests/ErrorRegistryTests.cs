using System.Reflection;

namespace Cpd.Domain.Tests;

public sealed class ErrorRegistryTests
{
    private static readonly Type[] Registries =
        [.. typeof(AssemblyMarker).Assembly.GetTypes().Where(t => t.IsPublic && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Errors", StringComparison.Ordinal))];

    [Fact]
    public void Registries_AcrossAllAreas_HaveUniqueCodes()
    {
        var codes = Registries
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        Registries.Length.ShouldBeGreaterThanOrEqualTo(7);
        codes.ShouldNotBeEmpty();
        codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    [Fact]
    public void Registries_EveryCode_IsUpperSnakeCase()
    {
        var bad = Registries
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(c => !c.All(ch => char.IsAsciiLetterUpper(ch) || ch == '_'));
        bad.ShouldBeEmpty();
    }
}
