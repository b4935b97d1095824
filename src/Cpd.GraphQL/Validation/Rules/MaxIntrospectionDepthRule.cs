using System.Runtime.CompilerServices;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Max Introspection Depth (graphql-js's recommended rule, part of its specified rules): an introspection
/// query may nest <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c> less than three deep.
/// </summary>
internal sealed class MaxIntrospectionDepthRule(AstValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.Field);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private const int MaxListsDepth = 3;
    private Dictionary<string, int> Checked => field ??= new Dictionary<string, int>(StringComparer.Ordinal);
    private Dictionary<string, int> Exceeded => field ??= new Dictionary<string, int>(StringComparer.Ordinal);

    // The fragments followed from the current root field (one map reused for each root field).
    private Dictionary<string, int> Visited => field ??= new Dictionary<string, int>(StringComparer.Ordinal);

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is FieldNode field && field.Name.Value is "__schema" or "__type")
        {
            var visited = Visited;
            visited.Clear();
            if (CheckDepth(field, visited, 0))
            {
                context.ReportError(ValidationErrors.Create("Maximum introspection depth exceeded", field));
                return VisitAction.Skip;
            }
        }

        return RuleVisits.IntoSelections(node);
    }

    private bool CheckDepth(AstNode node, Dictionary<string, int> visited, int depth)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        SelectionSetNode? selectionSet;
        switch (node)
        {
            case FragmentSpreadNode spread:
                {
                    var name = spread.Name.Value;
                    if (Exceeded.TryGetValue(name, out var exceededDepth) && exceededDepth <= depth)
                    {
                        return true;
                    }

                    if ((visited.TryGetValue(name, out var visitedDepth) && visitedDepth >= depth)
                        || (Checked.TryGetValue(name, out var checkedDepth) && checkedDepth >= depth))
                    {
                        return false;
                    }

                    var fragment = context.GetFragment(name);
                    if (fragment is null)
                    {
                        return false;
                    }

                    visited[name] = depth;
                    if (CheckDepth(fragment, visited, depth))
                    {
                        Exceeded[name] = depth;
                        return true;
                    }

                    Checked[name] = depth;
                    return false;
                }

            case FieldNode field:
                if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields")
                {
                    depth++;
                    if (depth >= MaxListsDepth)
                    {
                        return true;
                    }
                }

                selectionSet = field.SelectionSet;
                break;
            case InlineFragmentNode inline:
                selectionSet = inline.SelectionSet;
                break;
            case FragmentDefinitionNode fragmentDefinition:
                selectionSet = fragmentDefinition.SelectionSet;
                break;
            default:
                selectionSet = null;
                break;
        }

        if (selectionSet is not null)
        {
            var selections = selectionSet.Selections;
            for (var i = 0; i < selections.Count; i++)
            {
                if (CheckDepth(selections[i], visited, depth))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
