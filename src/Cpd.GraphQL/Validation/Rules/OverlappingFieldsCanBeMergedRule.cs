using System.Runtime.CompilerServices;
using System.Text;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Overlapping Fields Can Be Merged (spec §5.3.2 "Field Selection Merging"): fields with the same
/// response name in one selection merge unambiguously (same field and arguments unless their parents
/// are distinct object types, and compatible types and sub-selections).
/// </summary>
/// <remarks>
/// As graphql-js 17: field collection is cached per (parent type, selection set), fragment pairs and
/// field/fragment pairs are compared once (remembering whether the comparison was under mutually
/// exclusive parents), argument values compare by a cached canonical key, and the whole comparison has
/// a work budget after which validation aborts, so large or hostile documents cannot blow up.
/// </remarks>
internal sealed partial class OverlappingFieldsCanBeMergedRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.SelectionSet);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private const int MaxComplexityBudget = 500_000;
    private const int MaxScannedResponseNames = 32;

    private Dictionary<(INamedType?, SelectionSetNode), CollectFieldsResult> CollectFieldsResults => field ??= new Dictionary<(INamedType?, SelectionSetNode), CollectFieldsResult>();
    private Dictionary<(CollectFieldsResult, FragmentDefinitionNode?), bool> ComparedFieldsAndFragmentPairs => field ??= new Dictionary<(CollectFieldsResult, FragmentDefinitionNode?), bool>();
    private Dictionary<(FragmentDefinitionNode?, FragmentDefinitionNode?), bool> ComparedFragmentPairs => field ??= new Dictionary<(FragmentDefinitionNode?, FragmentDefinitionNode?), bool>();
    private Dictionary<ValueNode, string> ValueKeys => field ??= new Dictionary<ValueNode, string>(ReferenceEqualityComparer.Instance);
    private StringBuilder KeyBuilder => field ??= new StringBuilder();
    private int _remainingBudget = MaxComplexityBudget;
    private string[]? _responseNames;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node.Kind)
        {
            case NodeKind.SelectionSet:
                {
                    var selectionSet = (SelectionSetNode)node;
                    if (visitorContext.Parent is InlineFragmentNode)
                    {
                        return VisitAction.Continue;
                    }

                    var selections = selectionSet.Selections;
                    if (selections.Count <= 1 && (selections.Count == 0 || selections[0] is not InlineFragmentNode))
                    {
                        return VisitAction.Continue;
                    }

                    if (!MayConflict(selectionSet))
                    {
                        return VisitAction.Continue;
                    }

                    var conflicts = FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, selectionSet);
                    foreach (var conflict in conflicts)
                    {
                        var nodes = new List<FieldNode>(conflict.Fields1.Count + conflict.Fields2.Count);
                        nodes.AddRange(conflict.Fields1);
                        nodes.AddRange(conflict.Fields2);
                        context.ReportError(ValidationErrors.Create(
                            $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                            nodes));
                    }

                    return VisitAction.Continue;
                }

            case NodeKind.Document:
            case NodeKind.OperationDefinition:
            case NodeKind.FragmentDefinition:
            case NodeKind.Field:
            case NodeKind.InlineFragment:
                return VisitAction.Continue;
            default:
                return VisitAction.Skip;
        }
    }

    /// <summary>
    /// Whether the selection set (with its inline fragments) has anything to compare: two fields with one response name, or a
    /// fragment spread next to a field or another spread. Most selection sets have neither, and this check allocates nothing,
    /// where collecting their fields would build maps only to find no pair. A set too large to check by scanning counts as maybe.
    /// </summary>
    private bool MayConflict(SelectionSetNode selectionSet)
    {
        var names = _responseNames ??= new string[MaxScannedResponseNames];
        var fieldCount = 0;
        var spreadCount = 0;
        return ScanForPairs(selectionSet, names, ref fieldCount, ref spreadCount) || (spreadCount > 0 && (fieldCount > 0 || spreadCount > 1));
    }

    /// <summary>Adds the set's response names to <paramref name="names"/>; true when one repeats (or there are too many to scan).</summary>
    private static bool ScanForPairs(SelectionSetNode selectionSet, string[] names, ref int fieldCount, ref int spreadCount)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var selections = selectionSet.Selections;
        for (var i = 0; i < selections.Count; i++)
        {
            switch (selections[i])
            {
                case FieldNode field:
                    {
                        if (fieldCount == names.Length)
                        {
                            return true;
                        }

                        var responseName = field.Alias?.Value ?? field.Name.Value;
                        for (var j = 0; j < fieldCount; j++)
                        {
                            if (string.Equals(names[j], responseName, StringComparison.Ordinal))
                            {
                                return true;
                            }
                        }

                        names[fieldCount++] = responseName;
                        break;
                    }

                case FragmentSpreadNode:
                    spreadCount++;
                    break;
                case InlineFragmentNode inline:
                    if (ScanForPairs(inline.SelectionSet, names, ref fieldCount, ref spreadCount))
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private List<Conflict> FindConflictsWithinSelectionSet(INamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var result = CollectFields(parentType, selectionSet);
        CollectConflictsWithin(conflicts, result);
        if (result.Spreads.Count != 0 && (result.Groups.Count != 0 || result.Spreads.Count > 1))
        {
            var spreads = GetFragmentSpreads(result);
            for (var i = 0; i < spreads.Count; i++)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, result, spreads[i]);
                for (var j = i + 1; j < spreads.Count; j++)
                {
                    CollectConflictsBetweenFragments(conflicts, false, spreads[i], spreads[j]);
                }
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<Conflict> conflicts, bool areMutuallyExclusive, CollectFieldsResult result, SpreadInfo spread)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        Spend(1);
        if (result.Groups.Count == 0)
        {
            return;
        }

        var fragment = spread.Definition;
        if (PairHas(ComparedFieldsAndFragmentPairs, (result, fragment), areMutuallyExclusive))
        {
            return;
        }

        ComparedFieldsAndFragmentPairs[(result, fragment)] = areMutuallyExclusive;
        if (fragment is null)
        {
            return;
        }

        var result2 = CollectFragmentFields(fragment);
        var referenced = GetFragmentSpreads(result2);
        if (ReferenceEquals(result, result2))
        {
            return;
        }

        CollectConflictsBetween(conflicts, areMutuallyExclusive, result, result2);
        foreach (var referencedSpread in referenced)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result, referencedSpread);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, SpreadInfo spread1, SpreadInfo spread2)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var fragment1 = spread1.Definition;
        var fragment2 = spread2.Definition;
        Spend(2);
        if (ReferenceEquals(fragment1, fragment2))
        {
            return;
        }

        if (PairHas(ComparedFragmentPairs, (fragment1, fragment2), areMutuallyExclusive)
            || PairHas(ComparedFragmentPairs, (fragment2, fragment1), areMutuallyExclusive))
        {
            return;
        }

        ComparedFragmentPairs[(fragment1, fragment2)] = areMutuallyExclusive;
        if (fragment1 is null || fragment2 is null)
        {
            return;
        }

        var result1 = CollectFragmentFields(fragment1);
        var referenced1 = GetFragmentSpreads(result1);
        var result2 = CollectFragmentFields(fragment2);
        var referenced2 = GetFragmentSpreads(result2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);
        foreach (var referencedSpread2 in referenced2)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, spread1, referencedSpread2);
        }

        foreach (var referencedSpread1 in referenced1)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referencedSpread1, spread2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive, INamedType? parentType1, SelectionSetNode selectionSet1, INamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var result1 = CollectFields(parentType1, selectionSet1);
        var spreads1 = GetFragmentSpreads(result1);
        var result2 = CollectFields(parentType2, selectionSet2);
        var spreads2 = GetFragmentSpreads(result2);
        CollectConflictsBetween(conflicts, areMutuallyExclusive, result1, result2);
        foreach (var spread2 in spreads2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result1, spread2);
        }

        foreach (var spread1 in spreads1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, result2, spread1);
        }

        foreach (var spread1 in spreads1)
        {
            foreach (var spread2 in spreads2)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, spread1, spread2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, CollectFieldsResult result)
    {
        foreach (var (responseName, fields) in result.Groups)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(List<Conflict> conflicts, bool parentFieldsAreMutuallyExclusive, CollectFieldsResult result1, CollectFieldsResult result2)
    {
        if (result1.Groups.Count == 0 || result2.Groups.Count == 0)
        {
            return;
        }

        foreach (var overlap in GetOverlappingFields(result1, result2))
        {
            foreach (var field1 in overlap.Fields1)
            {
                foreach (var field2 in overlap.Fields2)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, overlap.ResponseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private List<Overlap> GetOverlappingFields(CollectFieldsResult result1, CollectFieldsResult result2)
    {
        var cache = result1.OverlappingFields ??= new Dictionary<CollectFieldsResult, List<Overlap>>(ReferenceEqualityComparer.Instance);
        if (cache.TryGetValue(result2, out var cached))
        {
            return cached;
        }

        var overlapping = new List<Overlap>();
        foreach (var (responseName, fields1) in result1.Groups)
        {
            Spend(1);
            if (result2.ByName.TryGetValue(responseName, out var fields2))
            {
                overlapping.Add(new Overlap(responseName, fields1, fields2));
            }
        }

        cache[result2] = overlapping;
        return overlapping;
    }

    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldDetails field1, FieldDetails field2)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var node1 = field1.Node;
        var node2 = field2.Node;
        var def1 = field1.Definition;
        var def2 = field2.Definition;
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(def1?.Type, def2?.Type) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        var info1 = field1.Info;
        var info2 = field2.Info;
        if (!info1.Comparisons.TryGetValue(info2, out var comparison))
        {
            comparison = new Comparison();
            info1.Comparisons[info2] = comparison;
        }

        if (!areMutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            comparison.SameName ??= name1 == name2;
            if (comparison.SameName == false)
            {
                return new Conflict(responseName, $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields", [node1], [node2]);
            }

            comparison.SameArguments ??= SameArguments(node1.Arguments, node2.Arguments);
            if (comparison.SameArguments == false)
            {
                return new Conflict(responseName, "they have differing arguments", [node1], [node2]);
            }
        }

        if (field1.StreamDirective is not null || field2.StreamDirective is not null)
        {
            var reason = "they have overlapping stream directives";
            if (field1.StreamDirective is { } stream1 && field2.StreamDirective is { } stream2)
            {
                comparison.SameStreamArguments ??= SameArguments(stream1.Arguments, stream2.Arguments);
                if (comparison.SameStreamArguments == true)
                {
                    reason += ". See https://github.com/graphql/defer-stream-wg/discussions/100";
                }
            }

            return new Conflict(responseName, reason, [node1], [node2]);
        }

        var type1 = def1?.Type;
        var type2 = def2?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var type1String = info1.TypeString ??= type1.ToString()!;
            var type2String = info2.TypeString ??= type2.ToString()!;
            return new Conflict(responseName, $"they return conflicting types \"{type1String}\" and \"{type2String}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(areMutuallyExclusive, info1.NamedType, selectionSet1, info2.NamedType, selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            Spend(1);
            ValueNode? value2 = null;
            foreach (var argument2 in arguments2)
            {
                if (argument2.Name.Value == argument1.Name.Value)
                {
                    value2 = argument2.Value; // the last of a duplicated name, as graphql-js's map
                }
            }

            if (value2 is null || ValueKey(argument1.Value) != ValueKey(value2))
            {
                return false;
            }
        }

        return true;
    }

    private bool DoTypesConflict(IType type1, IType type2)
    {
        while (true)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            Spend(1);
            if (type1 is ListType list1)
            {
                if (type2 is not ListType list2)
                {
                    return true;
                }

                type1 = list1.OfType;
                type2 = list2.OfType;
                continue;
            }

            if (type2 is ListType)
            {
                return true;
            }

            if (type1 is NonNullType nonNull1)
            {
                if (type2 is not NonNullType nonNull2)
                {
                    return true;
                }

                type1 = nonNull1.OfType;
                type2 = nonNull2.OfType;
                continue;
            }

            if (type2 is NonNullType)
            {
                return true;
            }

            return (type1.IsLeafType() || type2.IsLeafType()) && !ReferenceEquals(type1, type2);
        }
    }

    private CollectFieldsResult CollectFields(INamedType? parentType, SelectionSetNode selectionSet)
    {
        if (!CollectFieldsResults.TryGetValue((parentType, selectionSet), out var result))
        {
            result = new CollectFieldsResult();
            CollectFieldsImpl(parentType, selectionSet, result);
            CollectFieldsResults[(parentType, selectionSet)] = result;
        }

        return result;
    }

    private CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(TypeFromAst.GetType(context.Schema, fragment.TypeCondition) as INamedType, fragment.SelectionSet);

    private void CollectFieldsImpl(INamedType? parentType, SelectionSetNode selectionSet, CollectFieldsResult result)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    {
                        var fieldName = field.Name.Value;
                        var definition = parentType is ObjectType or InterfaceType ? ((IComplexOutputType)parentType).Fields.Find(fieldName) : null;
                        var responseName = field.Alias?.Value ?? fieldName;
                        if (!result.ByName.TryGetValue(responseName, out var fields))
                        {
                            fields = [];
                            result.ByName.Add(responseName, fields);
                            result.Groups.Add((responseName, fields));
                        }

                        var stream = DeferStreamDirectives.Find(field.Directives, DeferStreamDirectives.Stream);
                        fields.Add(new FieldDetails(parentType, field, definition, field.Arguments.Count == 0 && field.SelectionSet is null && stream is null, stream));
                        break;
                    }

                case FragmentSpreadNode spread:
                    result.Spreads.Add(spread);
                    break;
                case InlineFragmentNode inline:
                    {
                        var type = inline.TypeCondition is { } condition ? TypeFromAst.GetType(context.Schema, condition) as INamedType : parentType;
                        CollectFieldsImpl(type, inline.SelectionSet, result);
                        break;
                    }
            }
        }
    }

    private List<SpreadInfo> GetFragmentSpreads(CollectFieldsResult result)
    {
        if (result.FragmentSpreads is { } cached)
        {
            return cached;
        }

        var spreads = new List<SpreadInfo>();
        foreach (var node in result.Spreads)
        {
            Spend(1);
            var definition = context.GetFragment(node.Name.Value);
            var previous = -1;
            for (var i = 0; i < spreads.Count; i++)
            {
                if (ReferenceEquals(spreads[i].Definition, definition))
                {
                    previous = i;
                    break;
                }
            }

            if (previous < 0)
            {
                spreads.Add(new SpreadInfo(node, definition));
            }
            else
            {
                spreads[previous] = new SpreadInfo(node, definition);
            }
        }

        result.FragmentSpreads = spreads;
        return spreads;
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0)
            {
                message.Append(" and ");
            }

            message.Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new Conflict(
            responseName,
            MaybeAbbreviate(message.ToString()),
            CollectConflictNodes(node1, conflicts, first: true),
            CollectConflictNodes(node2, conflicts, first: false));
    }

    private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var side = first ? conflict.Fields1 : conflict.Fields2;
            var remaining = MaxConflictNodes - nodes.Count;
            var start = Math.Max(0, side.Count - remaining);
            for (var i = start; i < side.Count; i++)
            {
                nodes.Add(side[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? string.Concat(text.AsSpan(0, MaxConflictDetailLength), "...") : text;

    private static bool PairHas<TKey>(Dictionary<TKey, bool> pairs, TKey key, bool areMutuallyExclusive)
        where TKey : notnull
    {
        if (!pairs.TryGetValue(key, out var recorded))
        {
            return false;
        }

        // A comparison made without mutual exclusivity covers one made with it, not the reverse.
        return areMutuallyExclusive || recorded == areMutuallyExclusive;
    }

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0)
        {
            throw new ValidationAbortedException();
        }
    }
}
