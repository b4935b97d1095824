using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Values Of Correct Type (spec §5.6.1 "Values of Correct Type", with the OneOf input object rules):
/// every literal is valid for the input type expected where it is written.
/// </summary>
internal sealed class ValuesOfCorrectTypeRule : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.NullValue, NodeKind.ObjectValue, NodeKind.EnumValue, NodeKind.IntValue, NodeKind.FloatValue, NodeKind.StringValue, NodeKind.BooleanValue, NodeKind.ListValue);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private readonly ValidationContext _context;
    private readonly Action<GraphQLError, IReadOnlyList<object>> _onError;

    public ValuesOfCorrectTypeRule(ValidationContext context)
    {
        _context = context;
        _onError = (error, _) => context.ReportError(error);
    }

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node.Kind)
        {
            case NodeKind.NullValue:
            case NodeKind.ObjectValue:
            case NodeKind.EnumValue:
            case NodeKind.IntValue:
            case NodeKind.FloatValue:
            case NodeKind.StringValue:
            case NodeKind.BooleanValue:
                Validate((ValueNode)node, _context.TypeInfo.InputType);
                return VisitAction.Skip;
            case NodeKind.ListValue:
                Validate((ValueNode)node, _context.TypeInfo.ParentInputType);
                return VisitAction.Skip;
            default:
                return VisitAction.Continue;
        }
    }

    private void Validate(ValueNode node, IInputType? type)
    {
        if (type is not null)
        {
            InputValueValidator.ValidateInputLiteral(node, type, _onError, null, !_context.EnableSuggestions);
        }
    }
}
