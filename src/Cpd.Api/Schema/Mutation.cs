namespace Cpd.Api.Schema;

/// <summary>The mutation root. It has no fields of its own: every feature adds its fields with an <c>[ExtendObjectType("Mutation")]</c> class.</summary>
public sealed class Mutation
{
}
