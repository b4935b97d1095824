using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Tests.Language;

public sealed class VisitorTests
{
    /// <summary>Records enter/leave events and answers with scripted actions.</summary>
    internal sealed class RecordingVisitor(string name = "") : AstVisitor
    {
        public List<string> Events { get; } = [];

        public Func<AstNode, VisitorContext, VisitAction> OnEnter { get; init; } = (_, _) => VisitAction.Continue;

        public Func<AstNode, VisitorContext, VisitAction> OnLeave { get; init; } = (_, _) => VisitAction.Continue;

        public override VisitAction Enter(AstNode node, VisitorContext context)
        {
            Events.Add($"{name}enter {Describe(node)}");
            return OnEnter(node, context);
        }

        public override VisitAction Leave(AstNode node, VisitorContext context)
        {
            Events.Add($"{name}leave {Describe(node)}");
            return OnLeave(node, context);
        }

        private static string Describe(AstNode node) => node is NameNode n ? $"Name {n.Value}" : node.Kind.ToString();
    }

    [Fact]
    public void Visit_Document_EntersAndLeavesEveryNodeInOrder()
    {
        var visitor = new RecordingVisitor();

        Visitor.Visit(Parser.Parse("{ a, b { x } }"), visitor);

        visitor.Events.ShouldBe(
        [
            "enter Document", "enter OperationDefinition", "enter SelectionSet",
            "enter Field", "enter Name a", "leave Name a", "leave Field",
            "enter Field", "enter Name b", "leave Name b", "enter SelectionSet",
            "enter Field", "enter Name x", "leave Name x", "leave Field",
            "leave SelectionSet", "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
        ]);
    }

    [Fact]
    public void Visit_SkipOnEnter_SkipsChildrenAndLeave()
    {
        var visitor = new RecordingVisitor
        {
            OnEnter = (node, _) => node is FieldNode { Name.Value: "b" } ? VisitAction.Skip : VisitAction.Continue,
        };

        Visitor.Visit(Parser.Parse("{ a, b { x }, c }"), visitor);

        visitor.Events.ShouldBe(
        [
            "enter Document", "enter OperationDefinition", "enter SelectionSet",
            "enter Field", "enter Name a", "leave Name a", "leave Field",
            "enter Field",
            "enter Field", "enter Name c", "leave Name c", "leave Field",
            "leave SelectionSet", "leave OperationDefinition", "leave Document",
        ]);
    }

    [Fact]
    public void Visit_BreakOnEnter_StopsImmediately()
    {
        var visitor = new RecordingVisitor
        {
            OnEnter = (node, _) => node is NameNode { Value: "a" } ? VisitAction.Break : VisitAction.Continue,
        };

        Visitor.Visit(Parser.Parse("{ a, b }"), visitor);

        visitor.Events.ShouldBe(["enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name a"]);
    }

    [Fact]
    public void Visit_BreakOnLeave_StopsImmediately()
    {
        var visitor = new RecordingVisitor
        {
            OnLeave = (node, _) => node is FieldNode ? VisitAction.Break : VisitAction.Continue,
        };

        Visitor.Visit(Parser.Parse("{ a, b }"), visitor);

        visitor.Events.ShouldBe(
            ["enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Name a", "leave Name a", "leave Field"]);
    }

    [Fact]
    public void Visit_SkipOnRoot_VisitsOnlyTheRoot()
    {
        var visitor = new RecordingVisitor { OnEnter = (_, _) => VisitAction.Skip };

        Visitor.Visit(Parser.Parse("{ a }"), visitor);

        visitor.Events.ShouldBe(["enter Document"]);
    }

    [Fact]
    public void Visit_Context_GivesParentAncestorsKeyIndexAndPath()
    {
        var seen = new List<string>();
        var visitor = new RecordingVisitor
        {
            OnEnter = (node, context) =>
            {
                if (node is NameNode { Value: "x" })
                {
                    seen.Add(context.Parent!.Kind.ToString());
                    seen.Add(string.Join(",", context.Ancestors.Select(a => a.Kind)));
                    seen.Add($"{context.Key} {context.Index?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} {context.Depth}");
                    seen.Add(string.Join(",", context.GetPath()));
                }

                return VisitAction.Continue;
            },
        };

        Visitor.Visit(Parser.Parse("{ a, b { x } }"), visitor);

        seen.ShouldBe(
        [
            "Field",
            "Document,OperationDefinition,SelectionSet,Field,SelectionSet,Field",
            "name - 6",
            "definitions,0,selectionSet,selections,1,selectionSet,selections,0,name",
        ]);
    }

    [Fact]
    public void Visit_ContextOfRoot_HasNoParentAndEmptyPath()
    {
        VisitorContext? captured = null;
        var visitor = new RecordingVisitor
        {
            OnEnter = (_, context) =>
            {
                context.Parent.ShouldBeNull();
                context.Ancestors.ShouldBeEmpty();
                context.Key.ShouldBeNull();
                context.Index.ShouldBeNull();
                context.GetPath().ShouldBeEmpty();
                captured = context;
                return VisitAction.Skip;
            },
        };

        Visitor.Visit(new NameNode("root"), visitor);

        captured.ShouldNotBeNull();
    }

    [Fact]
    public void Visit_ContextOnLeave_MatchesEnter()
    {
        var enterPaths = new List<string>();
        var leavePaths = new List<string>();
        var visitor = new RecordingVisitor
        {
            OnEnter = (_, context) =>
            {
                enterPaths.Add(string.Join(",", context.GetPath()) + "|" + context.Parent?.Kind);
                return VisitAction.Continue;
            },
            OnLeave = (_, context) =>
            {
                leavePaths.Add(string.Join(",", context.GetPath()) + "|" + context.Parent?.Kind);
                return VisitAction.Continue;
            },
        };

        Visitor.Visit(Parser.Parse(TestDocuments.SchemaKitchenSink), visitor);

        leavePaths.Order(StringComparer.Ordinal).ShouldBe(enterPaths.Order(StringComparer.Ordinal));
        enterPaths.Count.ShouldBe(394);
    }

    [Fact]
    public void Visit_KitchenSink_VisitsEveryNodeKindOfExecutableDocuments()
    {
        var kinds = new HashSet<NodeKind>();
        Visitor.Visit(Parser.Parse(TestDocuments.KitchenSink), new RecordingVisitor { OnEnter = (n, _) => { kinds.Add(n.Kind); return VisitAction.Continue; } });

        kinds.Count.ShouldBe(24);
    }

    [Fact]
    public void Visit_SchemaKitchenSink_VisitsEveryTypeSystemNodeKind()
    {
        var kinds = new HashSet<NodeKind>();
        Visitor.Visit(Parser.Parse(TestDocuments.SchemaKitchenSink), new RecordingVisitor { OnEnter = (n, _) => { kinds.Add(n.Kind); return VisitAction.Continue; } });

        Enum.GetValues<NodeKind>().Where(k => k >= NodeKind.SchemaDefinition).Except(kinds).ShouldBeEmpty();
    }

    [Fact]
    public void Visit_DeepTree_DoesNotRecurse()
    {
        var count = 0;
        var visitor = new RecordingVisitor { OnEnter = (_, _) => { count++; return VisitAction.Continue; } };

        Visitor.Visit(AstComparerTests.DeepList(100_000, "x"), visitor);

        count.ShouldBe(100_001);
    }
}
