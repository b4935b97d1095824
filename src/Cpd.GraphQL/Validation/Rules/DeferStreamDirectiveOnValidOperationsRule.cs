using System.Runtime.CompilerServices;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Defer Stream Directive On Valid Operations (graphql-js 17, incremental delivery proposal "Defer And
/// Stream Directives Are Used On Valid Operations"): in a subscription, <c>@defer</c>/<c>@stream</c> must be disabled by <c>if</c>.
/// </summary>
internal sealed class DeferStreamDirectiveOnValidOperationsRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.OperationDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private HashSet<string> CheckedFragments => field ??= new HashSet<string>(StringComparer.Ordinal);

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is OperationDefinitionNode { Operation: OperationType.Subscription } operation)
        {
            var visited = new HashSet<string>(StringComparer.Ordinal);
            if (Forbid(operation.SelectionSet, [], visited))
            {
                CheckedFragments.UnionWith(visited);
            }
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }

    private bool Forbid(SelectionSetNode selectionSet, List<AstNode> parentNodes, HashSet<string> visited)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var valid = true;
        foreach (var selection in selectionSet.Selections)
        {
            if (DeferStreamDirectives.Find(selection.Directives, "skip") is { } skip && CanBeSkippedViaSkip(skip))
            {
                continue;
            }

            if (DeferStreamDirectives.Find(selection.Directives, "include") is { } include && CanBeSkippedViaInclude(include))
            {
                continue;
            }

            foreach (var directive in selection.Directives)
            {
                var name = directive.Name.Value;
                if ((name == DeferStreamDirectives.Defer || name == DeferStreamDirectives.Stream) && !IfArgumentCanBeFalse(directive))
                {
                    valid = false;
                    var nodes = new List<AstNode>(parentNodes.Count + 1) { directive };
                    for (var i = parentNodes.Count - 1; i >= 0; i--)
                    {
                        nodes.Add(parentNodes[i]);
                    }

                    var which = name == DeferStreamDirectives.Defer ? "Defer" : "Stream";
                    context.ReportError(ValidationErrors.Create(
                        $"{which} directive not supported on subscription operations. Disable `@{name}` by setting the `if` argument to `false`.", nodes));
                }
            }

            switch (selection)
            {
                case FragmentSpreadNode spread:
                    {
                        var name = spread.Name.Value;
                        if (visited.Contains(name) || CheckedFragments.Contains(name))
                        {
                            continue;
                        }

                        visited.Add(name);
                        if (context.GetFragment(name) is { } fragment)
                        {
                            parentNodes.Add(spread);
                            valid = Forbid(fragment.SelectionSet, parentNodes, visited) && valid;
                            parentNodes.RemoveAt(parentNodes.Count - 1);
                        }

                        break;
                    }

                case FieldNode { SelectionSet: { } fieldSet }:
                    valid = Forbid(fieldSet, parentNodes, visited) && valid;
                    break;
                case InlineFragmentNode inline:
                    valid = Forbid(inline.SelectionSet, parentNodes, visited) && valid;
                    break;
            }
        }

        return valid;
    }

    private static bool IfArgumentCanBeFalse(DirectiveNode directive) => DeferStreamDirectives.IfArgument(directive) switch
    {
        null => false,
        BooleanValueNode boolean => !boolean.Value,
        VariableNode => true,
        _ => false,
    };

    private static bool CanBeSkippedViaSkip(DirectiveNode directive) => DeferStreamDirectives.IfArgument(directive) switch
    {
        null => true,
        BooleanValueNode boolean => boolean.Value,
        _ => true,
    };

    private static bool CanBeSkippedViaInclude(DirectiveNode directive) => DeferStreamDirectives.IfArgument(directive) switch
    {
        null => false,
        BooleanValueNode boolean => !boolean.Value,
        _ => true,
    };
}
