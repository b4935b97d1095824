using Cpd.Api.Cli;

namespace Cpd.Api.Tests.Cli;

public sealed class CommandArgumentsTests
{
    private static readonly string[] Known = ["role", "name", "member"];

    [Fact]
    public void Parse_PairsAndEqualsForm_ReadsBoth()
    {
        var arguments = CommandArguments.Parse(["--role", "ADMIN", "--name=ops team"], Known, out var error);

        error.ShouldBeNull();
        arguments!["role"].ShouldBe("ADMIN");
        arguments["name"].ShouldBe("ops team");
        arguments.Has("member").ShouldBeFalse();
        arguments["member"].ShouldBeNull();
    }

    [Theory]
    [InlineData(new[] { "--colour", "red" }, "Unknown option --colour; expected --role, --name, --member.")]
    [InlineData(new[] { "--role" }, "--role needs a value.")]
    [InlineData(new[] { "--role", "--name", "x" }, "--role needs a value.")]
    [InlineData(new[] { "--role", "A", "--role", "B" }, "--role is given twice.")]
    [InlineData(new[] { "ADMIN" }, "Unexpected argument 'ADMIN'.")]
    public void Parse_WrongArguments_SaysWhatIsWrong(string[] args, string expected)
    {
        CommandArguments.Parse(args, Known, out var error).ShouldBeNull();
        error.ShouldBe(expected);
    }

    [Theory]
    [InlineData("12", true, 12L)]
    [InlineData("0", false, null)]
    [InlineData("-3", false, null)]
    [InlineData("abc", false, null)]
    public void TryGetId_Value_AcceptsOnlyPositiveWholeNumbers(string text, bool ok, long? expected)
    {
        var arguments = CommandArguments.Parse(["--member", text], Known, out _)!;

        arguments.TryGetId("member", out var id, out var error).ShouldBe(ok);
        id.ShouldBe(expected);
        (error is null).ShouldBe(ok);
    }
}
