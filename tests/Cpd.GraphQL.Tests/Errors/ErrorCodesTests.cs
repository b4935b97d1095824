using System.Reflection;
using Cpd.GraphQL.Errors;

namespace Cpd.GraphQL.Tests.Errors;

public sealed class ErrorCodesTests
{
    private static List<string> Codes() =>
        typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

    [Fact]
    public void Codes_AreUnique()
    {
        Codes().ShouldBeUnique();
    }

    [Fact]
    public void Codes_AreUpperSnakeCase()
    {
        Codes().ShouldNotBeEmpty();
        Codes().ShouldAllBe(code => System.Text.RegularExpressions.Regex.IsMatch(code, "^[A-Z]+(_[A-Z]+)*$"));
    }
}
