using System.Text;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>The rule's working data: collected fields, their comparisons, and argument value keys.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>A canonical text for a value (object fields sorted by name), cached per node, so equal values compare as equal strings.</summary>
    private string ValueKey(ValueNode value)
    {
        if (ValueKeys.TryGetValue(value, out var key))
        {
            return key;
        }

        KeyBuilder.Clear();
        AppendKey(KeyBuilder, value);
        key = KeyBuilder.ToString();
        ValueKeys[value] = key;
        return key;
    }

    private static void AppendKey(StringBuilder builder, ValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                builder.Append('$').Append(variable.Name.Value).Append(';');
                break;
            case IntValueNode i:
                builder.Append('i').Append(i.Value).Append(';');
                break;
            case FloatValueNode f:
                builder.Append('f').Append(f.Value).Append(';');
                break;
            case StringValueNode s:
                builder.Append(s.Block ? 'B' : 'S').Append(s.Value.Length).Append(':').Append(s.Value);
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "t;" : "F;");
                break;
            case NullValueNode:
                builder.Append("n;");
                break;
            case EnumValueNode e:
                builder.Append('e').Append(e.Value).Append(';');
                break;
            case ListValueNode list:
                builder.Append('[');
                foreach (var item in list.Values)
                {
                    AppendKey(builder, item);
                }

                builder.Append(']');
                break;
            case ObjectValueNode obj:
                {
                    var fields = new List<ObjectFieldNode>(obj.Fields);
                    fields.Sort(static (a, b) => string.CompareOrdinal(a.Name.Value, b.Name.Value));
                    builder.Append('{');
                    foreach (var field in fields)
                    {
                        builder.Append(field.Name.Value).Append(':');
                        AppendKey(builder, field.Value);
                    }

                    builder.Append('}');
                    break;
                }
        }
    }

    /// <summary>One selected field with what the comparison needs; <see cref="Info"/> is built on first comparison.</summary>
    private sealed class FieldDetails(INamedType? parentType, FieldNode node, OutputField? definition, bool isSimpleLeaf, DirectiveNode? streamDirective)
    {
        private FieldInfo? _info;

        public INamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public OutputField? Definition { get; } = definition;

        public bool IsSimpleLeaf { get; } = isSimpleLeaf;

        public DirectiveNode? StreamDirective { get; } = streamDirective;

        public FieldInfo Info => _info ??= new FieldInfo(Definition?.Type.NamedType());
    }

    private sealed class FieldInfo(INamedType? namedType)
    {
        public Dictionary<FieldInfo, Comparison> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);

        public INamedType? NamedType { get; } = namedType;

        public string? TypeString { get; set; }
    }

    private sealed class Comparison
    {
        public bool? SameName { get; set; }

        public bool? SameArguments { get; set; }

        public bool? SameStreamArguments { get; set; }
    }

    /// <summary>The fields of a selection set grouped by response name (in order), and its fragment spreads.</summary>
    private sealed class CollectFieldsResult
    {
        public List<(string ResponseName, List<FieldDetails> Fields)> Groups { get; } = [];

        public Dictionary<string, List<FieldDetails>> ByName { get; } = new(StringComparer.Ordinal);

        public List<FragmentSpreadNode> Spreads { get; } = [];

        public Dictionary<CollectFieldsResult, List<Overlap>>? OverlappingFields { get; set; }

        public List<SpreadInfo>? FragmentSpreads { get; set; }
    }

    private readonly record struct Overlap(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);

    private readonly record struct SpreadInfo(FragmentSpreadNode Node, FragmentDefinitionNode? Definition);

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);
}
