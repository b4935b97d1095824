using System.Reflection;
using Cpd.Api.Schema.Common;
using Cpd.Domain;

namespace Cpd.Api.Tests.Schema.Common;

public sealed class ApiErrorCodesTests
{
    private static IReadOnlyList<string> Constants(Type type) =>
        [.. type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void All_EveryConstant_IsListedOnceAndUnique()
    {
        var constants = Constants(typeof(ApiErrorCodes));
        constants.ShouldBeUnique();
        ApiErrorCodes.All.ShouldBe(constants, ignoreOrder: true);
    }

    [Fact]
    public void All_NoCode_IsAlsoADomainCode()
    {
        var domainCodes = typeof(DomainError).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Errors", StringComparison.Ordinal))
            .SelectMany(Constants)
            .ToHashSet();
        domainCodes.ShouldNotBeEmpty();
        ApiErrorCodes.All.Where(domainCodes.Contains).ShouldBeEmpty();
    }

    [Fact]
    public void All_EveryCode_IsUpperSnakeCase()
    {
        ApiErrorCodes.All.ShouldAllBe(code => System.Text.RegularExpressions.Regex.IsMatch(code, "^[A-Z]+(_[A-Z]+)*$"));
    }
}
