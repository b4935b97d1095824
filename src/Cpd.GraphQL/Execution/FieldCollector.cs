using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Execution;

/// <summary>
/// CollectFields (spec 6.3.2): groups the fields of a selection set by response key for one object type, following
/// fragment spreads and inline fragments whose type condition applies, and honouring <c>@skip</c> and <c>@include</c>.
/// </summary>
internal static class FieldCollector
{
    /// <summary>Collects the root selection set of the operation.</summary>
    public static SelectionPlan CollectRoot(OperationExecutor executor, ObjectType rootType, SelectionSetNode selectionSet)
    {
        var grouped = new GroupedFields();
        Collect(executor, rootType, selectionSet, grouped, null);
        return grouped.ToPlan(executor, rootType);
    }

    /// <summary>Collects the merged selection sets of a field's nodes for the runtime type of its value.</summary>
    public static SelectionPlan CollectSubfields(OperationExecutor executor, ObjectType type, FieldNode[] nodes)
    {
        var grouped = new GroupedFields();
        HashSet<string>? visited = null;
        foreach (var node in nodes)
        {
            if (node.SelectionSet is { } selectionSet)
            {
                Collect(executor, type, selectionSet, grouped, visited ??= []);
            }
        }

        return grouped.ToPlan(executor, type);
    }

    /// <summary>
    /// Walks the selection set and the fragments it applies, in document order, with an explicit stack rather than
    /// recursion: validation accepts any acyclic chain of fragment spreads, so a chain can be far deeper than the
    /// call stack.
    /// </summary>
    private static void Collect(OperationExecutor executor, ObjectType type, SelectionSetNode selectionSet, GroupedFields grouped, HashSet<string>? visitedFragments)
    {
        var selections = selectionSet.Selections;
        var index = 0;
        Stack<(IReadOnlyList<SelectionNode> Selections, int Next)>? suspended = null;
        while (true)
        {
            if (index == selections.Count)
            {
                if (suspended is null || suspended.Count == 0)
                {
                    return;
                }

                (selections, index) = suspended.Pop();
                continue;
            }

            var selection = selections[index++];
            SelectionSetNode? descend = null;
            switch (selection)
            {
                case FieldNode field:
                    if (ShouldInclude(executor, field.Directives))
                    {
                        grouped.Add(field.Alias?.Value ?? field.Name.Value, field);
                    }

                    break;

                case InlineFragmentNode inline:
                    if (ShouldInclude(executor, inline.Directives) && DoesTypeConditionApply(executor, inline.TypeCondition, type))
                    {
                        descend = inline.SelectionSet;
                    }

                    break;

                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    visitedFragments ??= [];
                    if (!ShouldInclude(executor, spread.Directives) || !visitedFragments.Add(name))
                    {
                        break;
                    }

                    if (executor.GetFragment(name) is { } fragment && DoesTypeConditionApply(executor, fragment.TypeCondition, type))
                    {
                        descend = fragment.SelectionSet;
                    }

                    break;
            }

            if (descend is not null)
            {
                (suspended ??= new Stack<(IReadOnlyList<SelectionNode>, int)>()).Push((selections, index));
                selections = descend.Selections;
                index = 0;
            }
        }
    }

    private static bool DoesTypeConditionApply(OperationExecutor executor, NamedTypeNode? typeCondition, ObjectType type)
    {
        if (typeCondition is null)
        {
            return true;
        }

        var conditionType = executor.Schema.GetType(typeCondition.Name.Value);
        if (ReferenceEquals(conditionType, type))
        {
            return true;
        }

        return conditionType is IAbstractType abstractType && executor.Schema.IsSubType(abstractType, type);
    }

    private static bool ShouldInclude(OperationExecutor executor, IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (name == "skip" && ValueCoercion.GetIfArgument(directive, executor.Variables) == true)
            {
                return false;
            }

            if (name == "include" && ValueCoercion.GetIfArgument(directive, executor.Variables) == false)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Response keys in first-occurrence order with the field nodes merged under each.</summary>
    private sealed class GroupedFields
    {
        private readonly List<string> _keys = [];
        private readonly Dictionary<string, List<FieldNode>> _nodes = new(StringComparer.Ordinal);

        public void Add(string responseKey, FieldNode node)
        {
            if (!_nodes.TryGetValue(responseKey, out var list))
            {
                list = new List<FieldNode>(1);
                _nodes.Add(responseKey, list);
                _keys.Add(responseKey);
            }

            list.Add(node);
        }

        public SelectionPlan ToPlan(OperationExecutor executor, ObjectType type)
        {
            var fields = new List<PlannedField>(_keys.Count);
            foreach (var key in _keys)
            {
                var nodes = _nodes[key];
                var definition = GetFieldDefinition(executor.Schema, type, nodes[0].Name.Value);

                // A field the type does not define is left out of the response (validation reports it).
                if (definition is not null)
                {
                    fields.Add(new PlannedField(key, [.. nodes], definition, type));
                }
            }

            return new SelectionPlan(type, [.. fields]);
        }

        private static OutputField? GetFieldDefinition(GraphQLSchema schema, ObjectType type, string name)
        {
            if (name.Length > 2 && name[0] == '_' && name[1] == '_')
            {
                if (name == Introspection.TypeNameField.Name)
                {
                    return Introspection.TypeNameField;
                }

                if (ReferenceEquals(type, schema.QueryTypeOrNull))
                {
                    if (name == Introspection.SchemaField.Name)
                    {
                        return Introspection.SchemaField;
                    }

                    if (name == Introspection.TypeField.Name)
                    {
                        return Introspection.TypeField;
                    }
                }
            }

            return type.Fields.Find(name);
        }
    }
}
