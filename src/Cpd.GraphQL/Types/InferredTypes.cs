namespace Cpd.GraphQL.Types;

/// <summary>An object type inferred from a CLR type.</summary>
internal sealed class InferredObjectType : ObjectType
{
}

/// <summary>An interface type inferred from a CLR interface.</summary>
internal sealed class InferredInterfaceType : InterfaceType
{
}

/// <summary>An input object type inferred from a CLR type.</summary>
internal sealed class InferredInputObjectType : InputObjectType
{
}

/// <summary>An enum type inferred from a CLR enum.</summary>
internal sealed class InferredEnumType : EnumType
{
}
