namespace Cpd.Api.Tests.Architecture;

public sealed class DependencyTests
{
    [Fact]
    public void CpdApi_References_TheDomainAndTheEngineOnly()
    {
        var names = typeof(Program).Assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(n => n.StartsWith("Cpd.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        names.ShouldBeSubsetOf(["Cpd.Domain", "Cpd.GraphQL", "Cpd.GraphQL.AspNetCore"]);
    }
}
