using Cpd.GraphQL.Errors;

namespace Cpd.GraphQL.Tests.Errors;

public sealed class GraphQLErrorTests
{
    [Fact]
    public void Constructor_MessageOnly_LeavesOptionalPartsNull()
    {
        var error = new GraphQLError("Boom.");

        error.Message.ShouldBe("Boom.");
        error.Locations.ShouldBeNull();
        error.Path.ShouldBeNull();
        error.Extensions.ShouldBeNull();
    }

    [Fact]
    public void Constructor_EmptyCollections_AreTreatedAsAbsent()
    {
        var error = new GraphQLError("Boom.", [], [], new Dictionary<string, object?>());

        error.Locations.ShouldBeNull();
        error.Path.ShouldBeNull();
        error.Extensions.ShouldBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Constructor_NoMessage_Throws(string? message)
    {
        Should.Throw<ArgumentException>(() => new GraphQLError(message!));
    }

    [Fact]
    public void ToDictionary_AllParts_UsesTheResponseShape()
    {
        var error = new GraphQLError(
            "Cannot return null.",
            [new SourceLocation(2, 5), new SourceLocation(3, 1)],
            ["member", 0, "name"],
            new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError });

        var shape = error.ToDictionary();

        shape.Keys.ShouldBe(["message", "locations", "path", "extensions"]);
        shape["message"].ShouldBe("Cannot return null.");
        var locations = shape["locations"].ShouldBeAssignableTo<IReadOnlyList<IReadOnlyDictionary<string, object?>>>()!;
        locations.Select(l => (l["line"], l["column"])).ShouldBe([((object?)2, (object?)5), (3, 1)]);
        shape["path"].ShouldBe(new object[] { "member", 0, "name" });
        shape["extensions"].ShouldBeAssignableTo<IReadOnlyDictionary<string, object?>>()!["code"].ShouldBe("INTERNAL_SERVER_ERROR");
    }

    [Fact]
    public void ToDictionary_MessageOnly_HasOnlyTheMessage()
    {
        new GraphQLError("Boom.").ToDictionary().Keys.ShouldBe(["message"]);
    }

    [Fact]
    public void ToString_WithLocations_AppendsThem()
    {
        new GraphQLError("Boom.", [new SourceLocation(1, 2), new SourceLocation(3, 4)]).ToString().ShouldBe("Boom. (1:2, 3:4)");
        new GraphQLError("Boom.").ToString().ShouldBe("Boom.");
    }

    [Fact]
    public void SourceLocation_ToString_IsLineColon()
    {
        new SourceLocation(7, 9).ToString().ShouldBe("7:9");
    }
}
