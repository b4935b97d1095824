using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Single Field Subscriptions (spec §5.2.3.1 "Single Root Field"): a subscription selects exactly one
/// root field, not an introspection field, and without <c>@skip</c>/<c>@include</c> at the top level.
/// </summary>
internal sealed class SingleFieldSubscriptionsRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.OperationDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is OperationDefinitionNode { Operation: OperationType.Subscription } operation
            && context.Schema.SubscriptionType is { } subscriptionType)
        {
            Check(operation, subscriptionType);
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }

    private void Check(OperationDefinitionNode operation, ObjectType subscriptionType)
    {
        var collector = new Collector(context, subscriptionType);
        collector.Visit(operation.SelectionSet);
        var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
        if (collector.Forbidden.Count > 0)
        {
            context.ReportError(ValidationErrors.Create(
                $"{subject} must not use `@skip` or `@include` directives in the top level selection.", collector.Forbidden));
            return;
        }

        var groups = collector.Groups;
        if (groups.Count == 0)
        {
            context.ReportError(ValidationErrors.Create($"{subject} must select one top level field.", operation.SelectionSet));
        }
        else if (groups.Count > 1)
        {
            var extra = new List<FieldNode>();
            for (var i = 1; i < groups.Count; i++)
            {
                extra.AddRange(groups[i]);
            }

            context.ReportError(ValidationErrors.Create($"{subject} must select only one top level field.", extra));
        }

        foreach (var group in groups)
        {
            if (group[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
            {
                context.ReportError(ValidationErrors.Create($"{subject} must not select an introspection top level field.", group));
            }
        }
    }

    /// <summary>The executor's field collection for the root selection set, recording <c>@skip</c>/<c>@include</c> instead of evaluating them.</summary>
    private sealed class Collector(ValidationContext context, ObjectType runtimeType)
    {
        private readonly Dictionary<string, List<FieldNode>> _byKey = new(StringComparer.Ordinal);
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);

        public List<List<FieldNode>> Groups { get; } = [];

        public List<DirectiveNode> Forbidden { get; } = [];

        public void Visit(SelectionSetNode selectionSet)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                var directives = selection.Directives;
                context.SpendFragmentWork(directives.Count);
                foreach (var directive in directives)
                {
                    if (directive.Name.Value == "defer")
                    {
                        context.SpendFragmentWork(directive.Arguments.Count);
                        break;
                    }
                }
            }

            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (ShouldInclude(field))
                        {
                            var key = field.Alias?.Value ?? field.Name.Value;
                            if (!_byKey.TryGetValue(key, out var group))
                            {
                                group = [];
                                _byKey.Add(key, group);
                                Groups.Add(group);
                            }

                            group.Add(field);
                        }

                        break;
                    case InlineFragmentNode inline:
                        if (ShouldInclude(inline) && ConditionMatches(inline.TypeCondition))
                        {
                            Visit(inline.SelectionSet);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        if (ShouldInclude(spread)
                            && context.GetFragment(spread.Name.Value) is { } fragment
                            && ConditionMatches(fragment.TypeCondition)
                            && _visitedFragments.Add(spread.Name.Value))
                        {
                            Visit(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        private bool ShouldInclude(SelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value == "skip")
                {
                    Forbidden.Add(directive);
                    return false;
                }
            }

            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value == "include")
                {
                    Forbidden.Add(directive);
                    return false;
                }
            }

            return true;
        }

        private bool ConditionMatches(NamedTypeNode? typeCondition)
        {
            if (typeCondition is null)
            {
                return true;
            }

            var conditionalType = TypeFromAst.GetType(context.Schema, typeCondition);
            if (ReferenceEquals(conditionalType, runtimeType))
            {
                return true;
            }

            return conditionalType is IAbstractType abstractType && context.Schema.IsSubType(abstractType, runtimeType);
        }
    }
}
