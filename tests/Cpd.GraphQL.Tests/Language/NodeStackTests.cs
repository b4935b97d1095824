using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Tests.Language;

public sealed class NodeStackTests
{
    private static NameNode Name(int i) => new("n" + i);

    [Fact]
    public void Pop_AfterNestedPushes_ReturnsEachListInPushOrder()
    {
        var stack = NodeStack.Rent();
        stack.Add(Name(0));
        var inner = stack.Count;
        stack.Add(Name(1));
        stack.Add(Name(2));

        var innerList = stack.Pop<NameNode>(inner);
        stack.Add(Name(3));
        var outerList = stack.Pop<NameNode>(0);
        stack.Return();

        innerList.Select(name => name.Value).ShouldBe(["n1", "n2"]);
        outerList.Select(name => name.Value).ShouldBe(["n0", "n3"]);
    }

    [Fact]
    public void Rent_AfterReturn_GivesTheThreadsStackBackEmpty()
    {
        var stack = NodeStack.Rent();
        stack.Add(Name(0));
        stack.Return();

        var again = NodeStack.Rent();

        again.ShouldBeSameAs(stack);
        again.Count.ShouldBe(0);
        again.Return();
    }

    [Fact]
    public void Return_StackGrownByAHugeList_IsNotKept()
    {
        var stack = NodeStack.Rent();
        for (var i = 0; i < 5000; i++)
        {
            stack.Add(Name(i));
        }

        stack.Pop<NameNode>(0).Length.ShouldBe(5000);
        stack.Return();

        NodeStack.Rent().ShouldNotBeSameAs(stack);
    }
}
