using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Unique Type Names (SDL, spec §3.4 "Types"): each named type is defined once and not redefined over an extended schema.</summary>
internal sealed class UniqueTypeNamesRule(SdlValidationContext context) : AstVisitor
{
    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is TypeDefinitionNode definition)
        {
            var name = definition.Name;
            if (context.Schema?.GetType(name.Value) is not null)
            {
                context.ReportError(ValidationErrors.Create($"Type \"{name.Value}\" already exists in the schema. It cannot also be defined in this type definition.", name));
            }
            else if (_known.TryGetValue(name.Value, out var previous))
            {
                context.ReportError(ValidationErrors.Create($"There can be only one type named \"{name.Value}\".", previous, name));
            }
            else
            {
                _known.Add(name.Value, name);
            }
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }
}
