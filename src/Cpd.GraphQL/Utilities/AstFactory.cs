using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Utilities;

/// <summary>Creates location-free literal nodes (for default values and value-to-literal conversions).</summary>
internal static class AstFactory
{
    private static readonly NullValueNode NullNode = new();
    private static readonly BooleanValueNode TrueNode = new(true);
    private static readonly BooleanValueNode FalseNode = new(false);

    public static NullValueNode Null() => NullNode;

    public static BooleanValueNode Boolean(bool value) => value ? TrueNode : FalseNode;

    public static IntValueNode Int(string text) => new(text);

    public static FloatValueNode Float(string text) => new(text);

    public static StringValueNode String(string value) => new(value, false);

    public static EnumValueNode Enum(string name) => new(name);

    public static ListValueNode List(IReadOnlyList<ValueNode> values) => new(values);

    public static ObjectValueNode Object(IReadOnlyList<ObjectFieldNode> fields) => new(fields);

    public static ObjectFieldNode Field(string name, ValueNode value) => new(new NameNode(name), value);

    public static NamedTypeNode NamedType(string name) => new(new NameNode(name));
}
