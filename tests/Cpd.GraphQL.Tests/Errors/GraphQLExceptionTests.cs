using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;

namespace Cpd.GraphQL.Tests.Errors;

public sealed class GraphQLExceptionTests
{
    [Fact]
    public void Constructor_SeveralErrors_KeepsAllAndUsesTheFirstMessage()
    {
        var exception = new GraphQLException([new GraphQLError("First."), new GraphQLError("Second.")]);

        exception.Errors.Select(e => e.Message).ShouldBe(["First.", "Second."]);
        exception.Message.ShouldBe("First.");
    }

    [Fact]
    public void Constructor_NoErrors_Throws()
    {
        Should.Throw<ArgumentException>(() => new GraphQLException(Array.Empty<GraphQLError>()));
    }

    [Fact]
    public void Constructor_Message_WrapsItInOneError()
    {
        var inner = new InvalidOperationException("cause");

        var exception = new GraphQLException("Boom.", inner);

        exception.Errors.ShouldHaveSingleItem().Message.ShouldBe("Boom.");
        exception.InnerException.ShouldBeSameAs(inner);
        new GraphQLException().Errors.ShouldHaveSingleItem();
        new GraphQLException("Plain.").Message.ShouldBe("Plain.");
    }

    [Fact]
    public void SyntaxException_FromParser_ExposesTheErrorAndLocation()
    {
        var exception = Should.Throw<GraphQLSyntaxException>(() => Parser.Parse("{\n  a(\n}"));

        exception.ShouldBeAssignableTo<GraphQLException>();
        exception.Error.ShouldBeSameAs(exception.Errors.ShouldHaveSingleItem());
        exception.Location.ShouldBe(new SourceLocation(3, 1));
        exception.Message.ShouldBe("Syntax Error: Expected Name, found \"}\".");
    }

    [Fact]
    public void SyntaxException_WithoutLocation_HasNullLocation()
    {
        new GraphQLSyntaxException("Syntax Error: x").Location.ShouldBeNull();
        new GraphQLSyntaxException().Error.Message.ShouldStartWith("Syntax Error:");
        new GraphQLSyntaxException("Syntax Error: y", new InvalidOperationException()).InnerException.ShouldNotBeNull();
    }
}
