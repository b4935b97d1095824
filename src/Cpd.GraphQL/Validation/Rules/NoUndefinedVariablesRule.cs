using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>No Undefined Variables (spec §5.8.3 "All Variable Uses Defined"): every variable an operation uses, directly or through fragments, is defined by it.</summary>
internal sealed class NoUndefinedVariablesRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.OperationDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is OperationDefinitionNode operation)
        {
            var usages = context.GetRecursiveVariableUsages(operation);
            foreach (var usage in usages)
            {
                var name = usage.Node.Name.Value;
                if (!IsDefined(operation, name))
                {
                    context.ReportError(ValidationErrors.Create(
                        operation.Name is { } opName
                            ? $"Variable \"${name}\" is not defined by operation \"{opName.Value}\"."
                            : $"Variable \"${name}\" is not defined.",
                        usage.Node,
                        operation));
                }
            }
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }

    internal static bool IsDefined(OperationDefinitionNode operation, string name)
    {
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.Variable.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
