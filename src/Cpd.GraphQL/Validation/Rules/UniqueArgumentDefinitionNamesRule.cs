using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Unique Argument Definition Names (SDL, spec §3.6.1 "Field Arguments", §3.13 "Directives"): a field or directive defines each argument once.</summary>
internal sealed class UniqueArgumentDefinitionNamesRule(SdlValidationContext context) : AstVisitor
{
    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node)
        {
            case DirectiveDefinitionNode directive:
                Check("@" + directive.Name.Value, directive.Arguments);
                break;
            case ObjectTypeDefinitionNode n:
                CheckFields(n.Name.Value, n.Fields);
                break;
            case ObjectTypeExtensionNode n:
                CheckFields(n.Name.Value, n.Fields);
                break;
            case InterfaceTypeDefinitionNode n:
                CheckFields(n.Name.Value, n.Fields);
                break;
            case InterfaceTypeExtensionNode n:
                CheckFields(n.Name.Value, n.Fields);
                break;
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }

    private void CheckFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            Check(typeName + "." + field.Name.Value, field.Arguments);
        }
    }

    private void Check(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (!RuleGrouping.HasDuplicate(arguments, static a => a.Name))
        {
            return;
        }

        foreach (var group in RuleGrouping.ByName(arguments, static a => a.Name))
        {
            if (group.Count > 1)
            {
                context.ReportError(ValidationErrors.Create($"Argument \"{parentName}({group[0].Value}:)\" can only be defined once.", group));
            }
        }
    }
}
