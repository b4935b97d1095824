using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Executable Definitions (spec §5.1.1 "Executable Definitions"): a document sent for execution
/// holds only operations and fragments.
/// </summary>
internal sealed class ExecutableDefinitionsRule(AstValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.Document);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is not DocumentNode document)
        {
            return VisitAction.Skip;
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode)
            {
                continue;
            }

            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => "\"" + type.Name.Value + "\"",
                TypeExtensionNode extension => "\"" + extension.Name.Value + "\"",
                DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                _ => "\"" + definition.Kind + "\"",
            };
            context.ReportError(ValidationErrors.Create($"The {name} definition is not executable.", definition));
        }

        return VisitAction.Skip;
    }
}
