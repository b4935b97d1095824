using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Lone Anonymous Operation (spec §5.2.2.1): an anonymous operation must be the document's only operation.</summary>
internal sealed class LoneAnonymousOperationRule(AstValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.Document, NodeKind.OperationDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private int _operationCount;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node)
        {
            case DocumentNode document:
                foreach (var definition in document.Definitions)
                {
                    if (definition is OperationDefinitionNode)
                    {
                        _operationCount++;
                    }
                }

                return VisitAction.Continue;
            case OperationDefinitionNode operation:
                if (operation.Name is null && _operationCount > 1)
                {
                    context.ReportError(ValidationErrors.Create("This anonymous operation must be the only defined operation.", operation));
                }

                return VisitAction.Skip;
            default:
                return VisitAction.Skip;
        }
    }
}
