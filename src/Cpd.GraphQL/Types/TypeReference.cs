using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>A type named before it can be resolved: an SDL reference (<c>"[Book!]!"</c>), a type instance, or a CLR type.</summary>
internal sealed class TypeReference
{
    private TypeReference(TypeNode? sdl, IType? instance, Type? clrType)
    {
        Sdl = sdl;
        Instance = instance;
        ClrType = clrType;
    }

    public TypeNode? Sdl { get; }

    public IType? Instance { get; }

    /// <summary>A schema type class (a <see cref="NamedType"/> subclass) or a CLR type to infer from.</summary>
    public Type? ClrType { get; }

    public static TypeReference FromSdl(string typeReference) => new(Parser.ParseType(typeReference), null, null);

    public static TypeReference FromInstance(IType type) => new(null, type, null);

    public static TypeReference FromClr(Type type) => new(null, null, type);
}
