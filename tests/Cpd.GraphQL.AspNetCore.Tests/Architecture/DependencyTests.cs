using System.Reflection;

namespace Cpd.GraphQL.AspNetCore.Tests.Architecture;

public sealed class DependencyTests
{
    [Fact]
    public void CpdGraphQLAspNetCore_References_OnlyTheEngineOfCpd()
    {
        var names = typeof(GraphQLServiceCollectionExtensions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        names.ShouldContain("Cpd.GraphQL");
        names.Where(n => n.StartsWith("Cpd.", StringComparison.Ordinal)).ShouldBe(["Cpd.GraphQL"]);
    }

    [Fact]
    public void CpdGraphQL_References_NoAspNetCore()
    {
        var names = typeof(Cpd.GraphQL.AssemblyMarker).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        names.ShouldNotContain(n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void HttpErrorCodes_Values_AreUniqueExceptTheSharedLimitCode()
    {
        var codes = typeof(HttpErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();
        codes.Count.ShouldBeGreaterThan(5);
        codes.ShouldBeUnique();
        var engineCodes = typeof(Cpd.GraphQL.Errors.ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);
        codes.Intersect(engineCodes).ShouldBe([Cpd.GraphQL.Errors.ErrorCodes.LimitExceeded]);
    }
}
