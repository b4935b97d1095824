namespace Cpd.GraphQL.Types;

/// <summary>A named member of the type system (field, argument, input field, enum value, directive).</summary>
public interface IHasName
{
    /// <summary>The member's name.</summary>
    string Name { get; }
}
