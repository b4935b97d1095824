using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Variables Are Input Types (spec §5.8.2): a variable's type is a scalar, enum or input object (possibly wrapped).</summary>
internal sealed class VariablesAreInputTypesRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.VariableDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node)
        {
            case DocumentNode:
            case OperationDefinitionNode:
                return VisitAction.Continue;
            case VariableDefinitionNode definition:
                if (TypeFromAst.GetType(context.Schema, definition.Type) is { } type && !type.IsInputType())
                {
                    context.ReportError(ValidationErrors.Create(
                        $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                        definition.Type));
                }

                return VisitAction.Skip;
            default:
                return VisitAction.Skip;
        }
    }
}
