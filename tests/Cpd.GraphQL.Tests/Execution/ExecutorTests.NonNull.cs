namespace Cpd.GraphQL.Tests.Execution;

/// <summary>Non-null propagation (spec 6.4.4): a null in a non-null position nulls the nearest nullable ancestor.</summary>
public sealed partial class ExecutorTests
{
    [Theory]
    [InlineData(
        "{ nonNullList }",
        """{"errors":[{"message":"Cannot return null for non-nullable field Query.nonNullList.","locations":[{"line":1,"column":3}],"path":["nonNullList",1]}],"data":null}""")]
    [InlineData(
        "{ listOfNonNull }",
        """{"errors":[{"message":"Cannot return null for non-nullable field Query.listOfNonNull.","locations":[{"line":1,"column":3}],"path":["listOfNonNull",1]}],"data":{"listOfNonNull":null}}""")]
    [InlineData(
        "{ nested { a b } }",
        """{"errors":[{"message":"Cannot return null for non-nullable field Nested.a.","locations":[{"line":1,"column":12}],"path":["nested","a"]}],"data":{"nested":null}}""")]
    [InlineData(
        "{ nested { b inner { a } } }",
        """{"errors":[{"message":"Cannot return null for non-nullable field Nested.inner.","locations":[{"line":1,"column":14}],"path":["nested","inner"]}],"data":{"nested":null}}""")]
    [InlineData(
        "{ list { a } }",
        """{"errors":[{"message":"Cannot return null for non-nullable field Nested.a.","locations":[{"line":1,"column":10}],"path":["list",1,"a"]}],"data":{"list":null}}""")]
    [InlineData(
        "{ objs { a b } }",
        """{"errors":[{"message":"Cannot return null for non-nullable field Obj.a.","locations":[{"line":1,"column":10}],"path":["objs",1,"a"]}],"data":{"objs":[{"a":"x","b":null},null]}}""")]
    public async Task ExecuteAsync_NullInNonNullPosition_NullsTheNearestNullableAncestor(string query, string expected)
    {
        var json = await ExecutionHarness.ExecuteJsonAsync(ExecutionTestSchema.Instance, query);

        json.ShouldBe(expected);
    }

    [Fact]
    public async Task ExecuteAsync_FloatOne_IsWrittenAsOne()
    {
        var json = await ExecutionHarness.ExecuteJsonAsync(ExecutionTestSchema.Instance, "{ f }");

        json.ShouldBe("""{"data":{"f":1}}""");
    }
}
