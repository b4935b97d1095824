using Cpd.Api.Schema.Common;
using Cpd.Domain;

namespace Cpd.Api.Tests.Schema.Common;

public sealed class MutationInputTests
{
    [Fact]
    public void Accept_Payload_HasNoErrorsAndEchoesTheClientMutationId()
    {
        var payload = new RenameInput("x") { ClientMutationId = "c-1" }.Accept(new RenamePayload("x"));
        payload.Name.ShouldBe("x");
        payload.Errors.ShouldBeEmpty();
        payload.ClientMutationId.ShouldBe("c-1");
    }

    [Fact]
    public void Reject_DomainErrors_BecomeUserErrorsUnderInput()
    {
        var payload = new RenameInput("") { ClientMutationId = "c-2" }
            .Reject(new RenamePayload(null), [new DomainError("REQUIRED", "name", "name is required.")]);
        payload.Name.ShouldBeNull();
        payload.ClientMutationId.ShouldBe("c-2");
        payload.Errors.Single().Field.ShouldBe(["input", "name"]);
        payload.Errors.Single().Code.ShouldBe("REQUIRED");
    }

    [Fact]
    public void Reject_NoErrors_Throws()
    {
        Should.Throw<ArgumentException>(() => new RenameInput("x").Reject(new RenamePayload(null), Array.Empty<UserError>()));
    }

    private sealed record RenameInput(string Name) : MutationInput;

    private sealed record RenamePayload(string? Name) : Payload;
}
