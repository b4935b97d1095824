using System.Text;
using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Errors;

namespace Cpd.Api.Tests.Schema.Common;

public sealed class GlobalIdTests
{
    [Fact]
    public void Format_TypeAndId_IsBase64UrlOfTypeColonId()
    {
        var id = GlobalId.Format("Organisation", 42);
        id.ShouldBe("T3JnYW5pc2F0aW9uOjQy");
        Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(id)).ShouldBe("Organisation:42");
    }

    [Fact]
    public void TryParse_EveryFormattedId_GivesTheTypeAndIdBack()
    {
        foreach (var (type, id) in new[] { ("Organisation", 1L), ("Member", long.MaxValue), ("AccreditingBody", 987_654_321L) })
        {
            GlobalId.TryParse(GlobalId.Format(type, id), out var parsedType, out var parsedId).ShouldBeTrue();
            parsedType.ShouldBe(type);
            parsedId.ShouldBe(id);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("T3JnYW5pc2F0aW9u")] // "Organisation": no colon
    [InlineData("T3JnYW5pc2F0aW9uOg")] // "Organisation:": no id
    [InlineData("T3JnYW5pc2F0aW9uOi0x")] // "Organisation:-1"
    [InlineData("T3JnYW5pc2F0aW9uOjA")] // "Organisation:0"
    [InlineData("OjQy")] // ":42": no type
    [InlineData("T3JnYW5pc2F0aW9uOjR4")] // "Organisation:4x"
    [InlineData("_w")] // not UTF-8
    public void TryParse_Malformed_IsFalse(string value)
    {
        GlobalId.TryParse(value, out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void Parse_IdOfAnotherType_ThrowsMalformedId()
    {
        var error = Should.Throw<GraphQLException>(() => GlobalId.Parse(GlobalId.Format("Member", 3), "Organisation")).Errors[0];
        error.Extensions!["code"].ShouldBe(ApiErrorCodes.MalformedId);
        error.Message.ShouldContain("is not the id of a Organisation");
    }

    [Fact]
    public void ParseInput_Malformed_GivesAUserErrorAtTheField()
    {
        GlobalId.ParseInput("nope", "Organisation", "organisationId", out var error).ShouldBe(0);
        error!.Code.ShouldBe(ApiErrorCodes.MalformedId);
        error.Field.ShouldBe(["input", "organisationId"]);
    }
}
