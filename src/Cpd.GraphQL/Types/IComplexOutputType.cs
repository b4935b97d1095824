namespace Cpd.GraphQL.Types;

/// <summary>An object or interface type: a named type with fields that may implement interfaces.</summary>
public interface IComplexOutputType : INamedType, IOutputType
{
    /// <summary>The fields, in definition order, with cheap lookup by name.</summary>
    FieldCollection<OutputField> Fields { get; }

    /// <summary>The interfaces this type implements, in definition order.</summary>
    IReadOnlyList<InterfaceType> Interfaces { get; }
}
