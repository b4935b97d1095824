namespace Cpd.GraphQL.Tests.Architecture;

public sealed class DependencyTests
{
    [Fact]
    public void CpdGraphQL_References_NoProductAndNoAspNetCore()
    {
        var names = typeof(Cpd.GraphQL.AssemblyMarker).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        names.ShouldNotBeEmpty();
        names.ShouldNotContain(n => n.StartsWith("Cpd.", StringComparison.Ordinal));
        names.ShouldNotContain(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }
}
