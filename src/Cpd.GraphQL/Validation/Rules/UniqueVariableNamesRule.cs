using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Unique Variable Names (spec §5.8.1 "Variable Uniqueness"): an operation defines each variable once.</summary>
internal sealed class UniqueVariableNamesRule(AstValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.OperationDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is OperationDefinitionNode { VariableDefinitions.Count: > 1 } operation)
        {
            foreach (var group in RuleGrouping.ByName(operation.VariableDefinitions, static d => d.Variable.Name))
            {
                if (group.Count > 1)
                {
                    context.ReportError(ValidationErrors.Create($"There can be only one variable named \"${group[0].Value}\".", group));
                }
            }
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }
}
