using System.Runtime.CompilerServices;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Defer Stream Directive On Root Field (graphql-js 17, incremental delivery proposal "Defer And Stream
/// Directives Are Used On Valid Root Field"): no <c>@defer</c>/<c>@stream</c> on a mutation's or subscription's root fields.
/// </summary>
internal sealed class DeferStreamDirectiveOnRootFieldRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.OperationDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private HashSet<string> CheckedFragments => field ??= new HashSet<string>(StringComparer.Ordinal);

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is OperationDefinitionNode { Operation: OperationType.Mutation or OperationType.Subscription } operation
            && context.Schema.GetRootType(operation.Operation) is { } rootType)
        {
            var visited = new HashSet<string>(StringComparer.Ordinal);
            if (Forbid(RuleText.OperationName(operation.Operation), rootType, operation.SelectionSet, visited))
            {
                CheckedFragments.UnionWith(visited);
            }
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }

    private bool Forbid(string operationType, ObjectType rootType, SelectionSetNode selectionSet, HashSet<string> visited)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var valid = true;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (DeferStreamDirectives.Find(field.Directives, DeferStreamDirectives.Stream) is { } stream)
                    {
                        valid = false;
                        context.ReportError(ValidationErrors.Create($"Stream directive cannot be used on root {operationType} type \"{rootType.Name}\".", stream));
                    }

                    break;
                case FragmentSpreadNode spread:
                    {
                        var name = spread.Name.Value;
                        if (!visited.Add(name) || context.GetFragment(name) is not { } fragment)
                        {
                            break;
                        }

                        if (DeferStreamDirectives.Find(spread.Directives, DeferStreamDirectives.Defer) is { } defer)
                        {
                            valid = false;
                            context.ReportError(ValidationErrors.Create($"Defer directive cannot be used on root {operationType} type \"{rootType.Name}\".", defer));
                        }

                        if (!CheckedFragments.Contains(name))
                        {
                            valid = Forbid(operationType, rootType, fragment.SelectionSet, visited) && valid;
                        }

                        break;
                    }

                case InlineFragmentNode inline:
                    if (DeferStreamDirectives.Find(inline.Directives, DeferStreamDirectives.Defer) is { } inlineDefer)
                    {
                        valid = false;
                        context.ReportError(ValidationErrors.Create($"Defer directive cannot be used on root {operationType} type \"{rootType.Name}\".", inlineDefer));
                    }

                    valid = Forbid(operationType, rootType, inline.SelectionSet, visited) && valid;
                    break;
            }
        }

        return valid;
    }
}
