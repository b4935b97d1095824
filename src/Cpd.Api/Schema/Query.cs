namespace Cpd.Api.Schema;

/// <summary>The query root. It has no fields of its own: every feature adds its fields with an <c>[ExtendObjectType("Query")]</c> class.</summary>
public sealed class Query
{
}
