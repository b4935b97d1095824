using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using static Cpd.GraphQL.Tests.Language.VisitorTests;

namespace Cpd.GraphQL.Tests.Language;

public sealed class ParallelVisitorTests
{
    [Fact]
    public void Visit_TwoVisitors_BothSeeEveryNode()
    {
        var a = new RecordingVisitor("a:");
        var b = new RecordingVisitor("b:");

        Visitor.Visit(Parser.Parse("{ x }"), new ParallelVisitor([a, b]));

        a.Events.Count.ShouldBe(10);
        b.Events.Select(e => e[2..]).ShouldBe(a.Events.Select(e => e[2..]));
    }

    [Fact]
    public void Visit_OneVisitorSkips_OthersStillSeeTheSubtree()
    {
        var skipper = new RecordingVisitor("s:") { OnEnter = (n, _) => n is FieldNode { Name.Value: "b" } ? VisitAction.Skip : VisitAction.Continue };
        var other = new RecordingVisitor("o:");

        Visitor.Visit(Parser.Parse("{ a b { x } }"), new ParallelVisitor([skipper, other]));

        skipper.Events.ShouldNotContain("s:enter Name x");
        skipper.Events.ShouldNotContain("s:leave Name b");
        skipper.Events.ShouldContain("s:enter Field");
        skipper.Events.Last().ShouldBe("s:leave Document");
        other.Events.ShouldContain("o:enter Name x");
        other.Events.Count.ShouldBe(20);
    }

    [Fact]
    public void Visit_OneVisitorBreaks_OthersGoOn()
    {
        var breaker = new RecordingVisitor("b:") { OnEnter = (n, _) => n is FieldNode ? VisitAction.Break : VisitAction.Continue };
        var other = new RecordingVisitor("o:");

        Visitor.Visit(Parser.Parse("{ a b }"), new ParallelVisitor([breaker, other]));

        breaker.Events.ShouldBe(["b:enter Document", "b:enter OperationDefinition", "b:enter SelectionSet", "b:enter Field"]);
        other.Events.Count.ShouldBe(14);
    }

    [Fact]
    public void Visit_AllVisitorsSkip_WalkSkipsTheSubtree()
    {
        var entered = new List<string>();
        var spy = new SpyVisitor(entered);
        var skipper = new RecordingVisitor { OnEnter = (n, _) => n is SelectionSetNode ? VisitAction.Skip : VisitAction.Continue };
        var skipper2 = new RecordingVisitor { OnEnter = (n, _) => n is SelectionSetNode ? VisitAction.Skip : VisitAction.Continue };
        var parallel = new ParallelVisitor([skipper, skipper2]);

        Visitor.Visit(Parser.Parse("{ a }"), new ParallelVisitor([parallel, spy]));

        entered.ShouldContain("Field");
        skipper.Events.ShouldBe(["enter Document", "enter OperationDefinition", "enter SelectionSet", "leave OperationDefinition", "leave Document"]);
    }

    [Fact]
    public void Visit_AllVisitorsBreak_WalkStops()
    {
        var count = 0;
        var a = new RecordingVisitor { OnEnter = (_, _) => { count++; return VisitAction.Break; } };
        var b = new RecordingVisitor { OnEnter = (_, _) => { count++; return VisitAction.Break; } };

        Visitor.Visit(Parser.Parse("{ a b c }"), new ParallelVisitor([a, b]));

        count.ShouldBe(2);
    }

    [Fact]
    public void Visit_ReusedForASecondWalk_StartsFresh()
    {
        var breaker = new RecordingVisitor { OnEnter = (n, _) => n is FieldNode ? VisitAction.Break : VisitAction.Continue };
        var parallel = new ParallelVisitor([breaker]);

        Visitor.Visit(Parser.Parse("{ a }"), parallel);
        Visitor.Visit(Parser.Parse("{ a }"), parallel);

        breaker.Events.Count(e => e == "enter Document").ShouldBe(2);
    }

    private sealed class SpyVisitor(List<string> entered) : AstVisitor
    {
        public override VisitAction Enter(AstNode node, VisitorContext context)
        {
            entered.Add(node.Kind.ToString());
            return VisitAction.Continue;
        }
    }
}
