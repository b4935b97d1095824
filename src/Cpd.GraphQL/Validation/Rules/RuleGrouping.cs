using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>graphql-js's <c>groupBy</c> on names: groups in order of first appearance.</summary>
internal static class RuleGrouping
{
    public static List<List<NameNode>> ByName<T>(IReadOnlyList<T> items, Func<T, NameNode> name)
    {
        var groups = new List<List<NameNode>>();
        var byName = new Dictionary<string, List<NameNode>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var nameNode = name(item);
            if (!byName.TryGetValue(nameNode.Value, out var group))
            {
                group = [];
                byName.Add(nameNode.Value, group);
                groups.Add(group);
            }

            group.Add(nameNode);
        }

        return groups;
    }

    /// <summary>Whether any two items share a name (cheap pre-check that avoids grouping in the common case).</summary>
    public static bool HasDuplicate<T>(IReadOnlyList<T> items, Func<T, NameNode> name)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var value = name(items[i]).Value;
            for (var j = 0; j < i; j++)
            {
                if (name(items[j]).Value == value)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
