using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>The shared base of <see cref="ObjectType"/> and <see cref="InterfaceType"/>: fields and implemented interfaces, defined lazily so that types may refer to each other.</summary>
public abstract class ComplexOutputType : NamedType, IComplexOutputType
{
    private Func<IEnumerable<OutputField>>? _fieldsThunk;
    private Func<IEnumerable<InterfaceType>>? _interfacesThunk;
    private FieldCollection<OutputField>? _fields;
    private IReadOnlyList<InterfaceType>? _interfaces;

    /// <summary>Creates the type with lazily evaluated fields and interfaces.</summary>
    /// <param name="name">The type's name.</param>
    /// <param name="fields">Produces the fields (evaluated once, when the schema is built).</param>
    /// <param name="interfaces">Produces the implemented interfaces.</param>
    /// <param name="description">The description.</param>
    private protected ComplexOutputType(string name, Func<IEnumerable<OutputField>> fields, Func<IEnumerable<InterfaceType>>? interfaces, string? description)
        : base(name, description)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fieldsThunk = fields;
        _interfacesThunk = interfaces;
    }

    /// <summary>Creates a type that a builder configures later.</summary>
    private protected ComplexOutputType()
    {
    }

    /// <inheritdoc/>
    public FieldCollection<OutputField> Fields => _fields ??= new FieldCollection<OutputField>(
        (_fieldsThunk ?? throw new InvalidOperationException($"The type {GetType().Name} has not been configured yet; add it to a SchemaBuilder."))());

    /// <inheritdoc/>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces ??= _interfacesThunk is null ? [] : [.. _interfacesThunk()];

    /// <summary>Whether this type declares that it implements the interface (directly).</summary>
    /// <param name="interfaceType">The interface.</param>
    /// <returns><see langword="true"/> when listed in <see cref="Interfaces"/>.</returns>
    public bool Implements(InterfaceType interfaceType)
    {
        foreach (var i in Interfaces)
        {
            if (ReferenceEquals(i, interfaceType))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sets the members of a type configured by a builder.</summary>
    internal void Define(
        string name,
        string? description,
        Func<IEnumerable<OutputField>> fields,
        Func<IEnumerable<InterfaceType>>? interfaces,
        AstNode? syntaxNode = null,
        IReadOnlyList<AstNode>? extensions = null)
    {
        SetIdentity(name, description, syntaxNode, extensions);
        _fieldsThunk = fields;
        _interfacesThunk = interfaces;
        _fields = null;
        _interfaces = null;
    }

    /// <summary>Sets the syntax nodes of a programmatically created type built from SDL.</summary>
    internal void SetSyntax(AstNode? syntaxNode, IReadOnlyList<AstNode> extensions)
    {
        SyntaxNode = syntaxNode;
        ExtensionSyntaxNodes = extensions;
    }

    internal override void Complete()
    {
        foreach (var field in Fields)
        {
            if (!field.HasResolver)
            {
                var (resolver, pure) = DefaultFieldResolver.Create(field.Name, (this as ObjectType)?.RuntimeType);
                field.SetResolver(resolver, pure);
            }

            foreach (var argument in field.Arguments)
            {
                argument.Complete();
            }
        }

        _ = Interfaces;
        _fieldsThunk = null;
        _interfacesThunk = null;
    }
}
