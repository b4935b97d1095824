namespace Cpd.GraphQL.Types;

/// <summary>
/// Stands in for a named type used where its kind is not allowed (an input object as a field's type, an object as an
/// argument's type), so that an SDL schema still builds and type-system validation reports the misuse in
/// graphql-js's words. It is neither an input nor an output type.
/// </summary>
internal sealed class MisplacedType(INamedType inner) : INamedType, IInputType, IOutputType
{
    public INamedType Inner { get; } = inner;

    public string Name => Inner.Name;

    public string? Description => Inner.Description;

    public TypeKind Kind => Inner.Kind;

    public override string ToString() => Inner.Name;
}
