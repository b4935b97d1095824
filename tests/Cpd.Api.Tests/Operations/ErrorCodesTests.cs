using System.Reflection;
using Cpd.Api.Auth;
using Cpd.Api.Operations;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.AspNetCore;

namespace Cpd.Api.Tests.Operations;

public sealed class ErrorCodesTests
{
    [Fact]
    public void Registries_AuthAndOperationsCodes_AreUniqueAndClashWithNoOtherRegistry()
    {
        var ours = Codes(typeof(AuthErrorCodes)).Concat(Codes(typeof(OperationsErrorCodes))).ToList();
        var others = Codes(typeof(ApiErrorCodes)).Concat(Codes(typeof(HttpErrorCodes))).Concat(Codes(typeof(Cpd.GraphQL.Errors.ErrorCodes)));

        ours.Count.ShouldBeGreaterThan(5);
        ours.ShouldBeUnique();
        ours.Intersect(others).ShouldBeEmpty();
        ours.ShouldAllBe(code => code.All(c => char.IsAsciiLetterUpper(c) || c == '_'));
    }

    private static IEnumerable<string> Codes(Type registry) =>
        registry.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);
}
