using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Unique Operation Types (SDL, spec §3.3.1 "Root Operation Types"): each root operation type is defined once.</summary>
internal sealed class UniqueOperationTypesRule(SdlValidationContext context) : AstVisitor
{
    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _defined = [];

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node)
        {
            case SchemaDefinitionNode definition:
                Check(definition.OperationTypes);
                break;
            case SchemaExtensionNode extension:
                Check(extension.OperationTypes);
                break;
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }

    private void Check(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            var operation = RuleText.OperationName(operationType.Operation);
            if (context.Schema?.GetRootType(operationType.Operation) is not null)
            {
                context.ReportError(ValidationErrors.Create($"Type for {operation} already defined in the schema. It cannot be redefined.", operationType));
            }
            else if (_defined.TryGetValue(operationType.Operation, out var previous))
            {
                context.ReportError(ValidationErrors.Create($"There can be only one {operation} type in schema.", previous, operationType));
            }
            else
            {
                _defined.Add(operationType.Operation, operationType);
            }
        }
    }
}
