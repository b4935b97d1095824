using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Unique Input Field Names (spec §5.6.3 "Input Object Field Uniqueness"): an input object literal names each field once.</summary>
internal sealed class UniqueInputFieldNamesRule(AstValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.ObjectValue, NodeKind.ObjectField);

    private static readonly ulong LeaveMask = NodeKinds.Of(NodeKind.ObjectValue);

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private readonly Stack<Dictionary<string, NameNode>> _outer = new();
    private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node.Kind)
        {
            case NodeKind.ObjectValue:
                _outer.Push(_known);
                _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                return VisitAction.Continue;
            case NodeKind.ObjectField:
                {
                    var name = ((ObjectFieldNode)node).Name;
                    if (_known.TryGetValue(name.Value, out var previous))
                    {
                        context.ReportError(ValidationErrors.Create($"There can be only one input field named \"{name.Value}\".", previous, name));
                    }
                    else
                    {
                        _known.Add(name.Value, name);
                    }

                    return VisitAction.Continue;
                }

            default:
                return VisitAction.Continue;
        }
    }

    public override VisitAction Leave(AstNode node, VisitorContext visitorContext)
    {
        if (node.Kind == NodeKind.ObjectValue && _outer.TryPop(out var outer))
        {
            _known = outer;
        }

        return VisitAction.Continue;
    }
}
