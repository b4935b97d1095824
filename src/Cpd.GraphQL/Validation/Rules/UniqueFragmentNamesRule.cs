using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Unique Fragment Names (spec §5.5.1.1 "Fragment Name Uniqueness"): no two fragments share a name.</summary>
internal sealed class UniqueFragmentNamesRule(AstValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.FragmentDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is DocumentNode)
        {
            return VisitAction.Continue;
        }

        if (node is FragmentDefinitionNode fragment)
        {
            var name = fragment.Name;
            if (_known.TryGetValue(name.Value, out var known))
            {
                context.ReportError(ValidationErrors.Create($"There can be only one fragment named \"{name.Value}\".", known, name));
            }
            else
            {
                _known.Add(name.Value, name);
            }
        }

        return VisitAction.Skip;
    }
}
