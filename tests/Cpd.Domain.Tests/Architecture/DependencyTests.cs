using System.Reflection;

namespace Cpd.Domain.Tests.Architecture;

public sealed class DependencyTests
{
    [Fact]
    public void CpdDomain_References_OnlyBclAndNodaTime()
    {
        var domain = typeof(Cpd.Domain.AssemblyMarker).Assembly;
        var names = domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        names.ShouldNotBeEmpty();
        var foreign = names.Where(n => !IsAllowed(n)).ToList();
        foreign.ShouldBeEmpty($"Cpd.Domain may reference only the BCL and NodaTime, found: {string.Join(", ", foreign)}");
    }

    private static bool IsAllowed(string name) =>
        name == "NodaTime" || name == "netstandard" || name == "mscorlib"
        || name.StartsWith("System", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.Win32", StringComparison.Ordinal);
}
