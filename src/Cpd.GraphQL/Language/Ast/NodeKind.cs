namespace Cpd.GraphQL.Language.Ast;

/// <summary>The kind of an <see cref="AstNode"/>, one per node class.</summary>
public enum NodeKind
{
    /// <summary>A <see cref="NameNode"/>.</summary>
    Name,

    /// <summary>A <see cref="DocumentNode"/>.</summary>
    Document,

    /// <summary>A <see cref="OperationDefinitionNode"/>.</summary>
    OperationDefinition,

    /// <summary>A <see cref="VariableDefinitionNode"/>.</summary>
    VariableDefinition,

    /// <summary>A <see cref="VariableNode"/>.</summary>
    Variable,

    /// <summary>A <see cref="SelectionSetNode"/>.</summary>
    SelectionSet,

    /// <summary>A <see cref="FieldNode"/>.</summary>
    Field,

    /// <summary>A <see cref="ArgumentNode"/>.</summary>
    Argument,

    /// <summary>A <see cref="FragmentSpreadNode"/>.</summary>
    FragmentSpread,

    /// <summary>A <see cref="InlineFragmentNode"/>.</summary>
    InlineFragment,

    /// <summary>A <see cref="FragmentDefinitionNode"/>.</summary>
    FragmentDefinition,

    /// <summary>A <see cref="IntValueNode"/>.</summary>
    IntValue,

    /// <summary>A <see cref="FloatValueNode"/>.</summary>
    FloatValue,

    /// <summary>A <see cref="StringValueNode"/>.</summary>
    StringValue,

    /// <summary>A <see cref="BooleanValueNode"/>.</summary>
    BooleanValue,

    /// <summary>A <see cref="NullValueNode"/>.</summary>
    NullValue,

    /// <summary>A <see cref="EnumValueNode"/>.</summary>
    EnumValue,

    /// <summary>A <see cref="ListValueNode"/>.</summary>
    ListValue,

    /// <summary>A <see cref="ObjectValueNode"/>.</summary>
    ObjectValue,

    /// <summary>A <see cref="ObjectFieldNode"/>.</summary>
    ObjectField,

    /// <summary>A <see cref="DirectiveNode"/>.</summary>
    Directive,

    /// <summary>A <see cref="NamedTypeNode"/>.</summary>
    NamedType,

    /// <summary>A <see cref="ListTypeNode"/>.</summary>
    ListType,

    /// <summary>A <see cref="NonNullTypeNode"/>.</summary>
    NonNullType,

    /// <summary>A <see cref="SchemaDefinitionNode"/>.</summary>
    SchemaDefinition,

    /// <summary>A <see cref="OperationTypeDefinitionNode"/>.</summary>
    OperationTypeDefinition,

    /// <summary>A <see cref="ScalarTypeDefinitionNode"/>.</summary>
    ScalarTypeDefinition,

    /// <summary>A <see cref="ObjectTypeDefinitionNode"/>.</summary>
    ObjectTypeDefinition,

    /// <summary>A <see cref="FieldDefinitionNode"/>.</summary>
    FieldDefinition,

    /// <summary>A <see cref="InputValueDefinitionNode"/>.</summary>
    InputValueDefinition,

    /// <summary>A <see cref="InterfaceTypeDefinitionNode"/>.</summary>
    InterfaceTypeDefinition,

    /// <summary>A <see cref="UnionTypeDefinitionNode"/>.</summary>
    UnionTypeDefinition,

    /// <summary>A <see cref="EnumTypeDefinitionNode"/>.</summary>
    EnumTypeDefinition,

    /// <summary>A <see cref="EnumValueDefinitionNode"/>.</summary>
    EnumValueDefinition,

    /// <summary>A <see cref="InputObjectTypeDefinitionNode"/>.</summary>
    InputObjectTypeDefinition,

    /// <summary>A <see cref="DirectiveDefinitionNode"/>.</summary>
    DirectiveDefinition,

    /// <summary>A <see cref="SchemaExtensionNode"/>.</summary>
    SchemaExtension,

    /// <summary>A <see cref="ScalarTypeExtensionNode"/>.</summary>
    ScalarTypeExtension,

    /// <summary>A <see cref="ObjectTypeExtensionNode"/>.</summary>
    ObjectTypeExtension,

    /// <summary>A <see cref="InterfaceTypeExtensionNode"/>.</summary>
    InterfaceTypeExtension,

    /// <summary>A <see cref="UnionTypeExtensionNode"/>.</summary>
    UnionTypeExtension,

    /// <summary>A <see cref="EnumTypeExtensionNode"/>.</summary>
    EnumTypeExtension,

    /// <summary>A <see cref="InputObjectTypeExtensionNode"/>.</summary>
    InputObjectTypeExtension,
}
