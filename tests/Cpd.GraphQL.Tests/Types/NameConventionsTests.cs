using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Tests.Types;

public sealed class NameConventionsTests
{
    [Theory]
    [InlineData("DisplayName", "displayName")]
    [InlineData("ID", "id")]
    [InlineData("HTTPStatus", "httpStatus")]
    [InlineData("alreadyCamel", "alreadyCamel")]
    [InlineData("X", "x")]
    public void ToCamelCase_ClrNames_BecomeFieldNames(string clr, string expected) =>
        NameConventions.ToCamelCase(clr).ShouldBe(expected);

    [Theory]
    [InlineData("SelfDeclared", "SELF_DECLARED")]
    [InlineData("HTTPError", "HTTP_ERROR")]
    [InlineData("Level2Check", "LEVEL2_CHECK")]
    [InlineData("Ok", "OK")]
    [InlineData("ALREADY_SNAKE", "ALREADY_SNAKE")]
    public void ToEnumValueName_ClrNames_BecomeUpperSnakeCase(string clr, string expected) =>
        NameConventions.ToEnumValueName(clr).ShouldBe(expected);

    [Fact]
    public void ToTypeName_GenericType_NamesTypeArguments() =>
        NameConventions.ToTypeName(typeof(Dictionary<string, int>)).ShouldBe("DictionaryOfStringInt32");
}
