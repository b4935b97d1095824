using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Known Operation Types (spec §5.2.1 "Operation Type Existence"): the schema has a root type for
/// every operation type the document uses.
/// </summary>
internal sealed class KnownOperationTypesRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.OperationDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node)
        {
            case DocumentNode:
                return VisitAction.Continue;
            case OperationDefinitionNode operation:
                if (context.Schema.GetRootType(operation.Operation) is null)
                {
                    context.ReportError(ValidationErrors.Create($"The {RuleText.OperationName(operation.Operation)} operation is not supported by the schema.", operation));
                }

                return VisitAction.Skip;
            default:
                return VisitAction.Skip;
        }
    }
}
