namespace Cpd.GraphQL.Types;

/// <summary>Marks a field, argument, input field or enum value as deprecated (<see cref="ObsoleteAttribute"/> works too).</summary>
/// <param name="reason">Why; <c>No longer supported</c> when omitted.</param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Method | AttributeTargets.Parameter | AttributeTargets.Field)]
public sealed class GraphQLDeprecatedAttribute(string? reason = null) : Attribute
{
    /// <summary>Why it is deprecated.</summary>
    public string Reason { get; } = reason ?? DirectiveType.DefaultDeprecationReason;
}
