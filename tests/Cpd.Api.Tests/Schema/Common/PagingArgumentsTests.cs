using Cpd.Api.Schema.Common;
using Cpd.GraphQL.Errors;

namespace Cpd.Api.Tests.Schema.Common;

public sealed class PagingArgumentsTests
{
    [Theory]
    [InlineData(-1, null, "first must be between 0 and 100; got -1.")]
    [InlineData(101, null, "first must be between 0 and 100; got 101.")]
    [InlineData(null, -5, "last must be between 0 and 100; got -5.")]
    [InlineData(10, 10, "Pass either first (with after) to page forward or last (with before) to page back, not both.")]
    public void Validate_BadArguments_ThrowsInvalidPagingWithAClearMessage(int? first, int? last, string message)
    {
        var error = Should.Throw<GraphQLException>(() => new PagingArguments(first, null, last).Validate()).Errors[0];
        error.Message.ShouldBe(message);
        error.Extensions!["code"].ShouldBe(ApiErrorCodes.InvalidPaging);
    }

    [Theory]
    [InlineData(null, null, 10, false)]
    [InlineData(0, null, 0, false)]
    [InlineData(100, null, 100, false)]
    [InlineData(null, 3, 3, true)]
    public void Size_ValidArguments_IsTheRequestedOrDefaultSize(int? first, int? last, int size, bool backward)
    {
        var paging = new PagingArguments(first, null, last);
        paging.Validate();
        paging.Size.ShouldBe(size);
        paging.Backward.ShouldBe(backward);
    }
}
