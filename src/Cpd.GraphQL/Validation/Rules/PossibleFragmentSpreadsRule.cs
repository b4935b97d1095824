using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Possible Fragment Spreads (spec §5.5.2.3 "Fragment spread is possible"): a fragment is spread only
/// where its type condition can apply to the parent type.
/// </summary>
internal sealed class PossibleFragmentSpreadsRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.InlineFragment, NodeKind.FragmentSpread);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private readonly Dictionary<string, INamedType?> _fragmentTypes = new(StringComparer.Ordinal);

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node)
        {
            case InlineFragmentNode inline:
                {
                    var fragType = context.TypeInfo.Type as INamedType;
                    var parentType = context.TypeInfo.ParentType;
                    if (fragType is not null && fragType.IsCompositeType() && parentType is not null && parentType.IsCompositeType()
                        && !TypeComparators.DoTypesOverlap(context.Schema, fragType, parentType))
                    {
                        context.ReportError(ValidationErrors.Create(
                            $"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".",
                            inline));
                    }

                    return VisitAction.Continue;
                }

            case FragmentSpreadNode spread:
                {
                    var fragName = spread.Name.Value;
                    var fragType = FragmentType(fragName);
                    var parentType = context.TypeInfo.ParentType;
                    if (fragType is not null && parentType is not null && !TypeComparators.DoTypesOverlap(context.Schema, fragType, parentType))
                    {
                        context.ReportError(ValidationErrors.Create(
                            $"Fragment \"{fragName}\" cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragType.Name}\".",
                            spread));
                    }

                    return VisitAction.Skip;
                }

            default:
                return RuleVisits.IntoSelections(node);
        }
    }

    private INamedType? FragmentType(string name)
    {
        if (!_fragmentTypes.TryGetValue(name, out var type))
        {
            var fragment = context.GetFragment(name);
            type = fragment is not null && TypeFromAst.GetType(context.Schema, fragment.TypeCondition) is INamedType named && named.IsCompositeType() ? named : null;
            _fragmentTypes[name] = type;
        }

        return type;
    }
}
