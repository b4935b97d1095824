using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Unique Directive Names (SDL, spec §3.13 "Directives"): each directive is defined once and not redefined over an extended schema.</summary>
internal sealed class UniqueDirectiveNamesRule(SdlValidationContext context) : AstVisitor
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is DirectiveDefinitionNode definition)
        {
            var name = definition.Name;
            if (context.Schema?.GetDirective(name.Value) is not null)
            {
                context.ReportError(ValidationErrors.Create($"Directive \"@{name.Value}\" already exists in the schema. It cannot be redefined.", name));
            }
            else if (_known.TryGetValue(name.Value, out var previous))
            {
                context.ReportError(ValidationErrors.Create($"There can be only one directive named \"@{name.Value}\".", previous, name));
            }
            else
            {
                _known.Add(name.Value, name);
            }
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }
}
