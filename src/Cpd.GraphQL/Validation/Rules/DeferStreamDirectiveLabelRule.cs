using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Defer Stream Directive Label (graphql-js 17, incremental delivery proposal "Defer And Stream Directive
/// Labels Are Unique"): labels are static strings, unique across the document.
/// </summary>
internal sealed class DeferStreamDirectiveLabelRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.Directive);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private readonly Dictionary<string, DirectiveNode> _known = new(StringComparer.Ordinal);

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node.Kind)
        {
            case NodeKind.Directive:
                Check((DirectiveNode)node);
                return VisitAction.Skip;
            default:
                return VisitAction.Continue;
        }
    }

    private void Check(DirectiveNode node)
    {
        var name = node.Name.Value;
        if (name != DeferStreamDirectives.Defer && name != DeferStreamDirectives.Stream)
        {
            return;
        }

        ValueNode? label = null;
        foreach (var argument in node.Arguments)
        {
            if (argument.Name.Value == "label")
            {
                label = argument.Value;
                break;
            }
        }

        if (label is null or NullValueNode)
        {
            return;
        }

        if (label is not StringValueNode text)
        {
            context.ReportError(ValidationErrors.Create($"Argument \"@{name}(label:)\" must be a static string.", node));
            return;
        }

        if (_known.TryGetValue(text.Value, out var previous))
        {
            context.ReportError(ValidationErrors.Create(
                "Value for arguments \"defer(label:)\" and \"stream(label:)\" must be unique across all Defer/Stream directive usages.", previous, node));
        }
        else
        {
            _known.Add(text.Value, node);
        }
    }
}
