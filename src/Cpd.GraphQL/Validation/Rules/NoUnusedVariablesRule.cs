using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>No Unused Variables (spec §5.8.4 "All Variables Used"): every variable an operation defines is used, directly or through fragments.</summary>
internal sealed class NoUnusedVariablesRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.OperationDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is OperationDefinitionNode { VariableDefinitions.Count: > 0 } operation)
        {
            var usages = context.GetRecursiveVariableUsages(operation);
            foreach (var definition in operation.VariableDefinitions)
            {
                var name = definition.Variable.Name.Value;
                if (!IsUsed(usages, name))
                {
                    context.ReportError(ValidationErrors.Create(
                        operation.Name is { } opName
                            ? $"Variable \"${name}\" is never used in operation \"{opName.Value}\"."
                            : $"Variable \"${name}\" is never used.",
                        definition));
                }
            }
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }

    private static bool IsUsed(IReadOnlyList<VariableUsage> usages, string name)
    {
        for (var i = 0; i < usages.Count; i++)
        {
            if (usages[i].Node.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
