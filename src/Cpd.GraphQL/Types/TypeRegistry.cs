namespace Cpd.GraphQL.Types;

/// <summary>The named types a <see cref="SchemaBuilder"/> knows, by name and by CLR type, in registration order.</summary>
internal sealed class TypeRegistry
{
    private readonly Dictionary<string, INamedType> _byName = new(StringComparer.Ordinal);
    private readonly List<INamedType> _types = [];

    public IReadOnlyList<INamedType> Types => _types;

    /// <summary>Types added before they had a name (descriptor types, named when configured).</summary>
    public List<NamedType> Unnamed { get; } = [];

    public void AddInstance(INamedType type)
    {
        if (type is NamedType { IsNamed: false } unnamed)
        {
            Unnamed.Add(unnamed);
            return;
        }

        Register(type);
    }

    /// <summary>Registers a named type; returns false when another type already has the name.</summary>
    public bool Register(INamedType type)
    {
        if (_byName.TryGetValue(type.Name, out var existing))
        {
            return ReferenceEquals(existing, type);
        }

        _byName[type.Name] = type;
        _types.Add(type);
        return true;
    }

    /// <summary>The type with a name, including the specified scalars when not overridden.</summary>
    public INamedType? Find(string name)
    {
        if (_byName.TryGetValue(name, out var type))
        {
            return type;
        }

        foreach (var scalar in ScalarType.SpecifiedScalars)
        {
            if (scalar.Name == name)
            {
                return scalar;
            }
        }

        return null;
    }

    public bool Contains(string name) => _byName.ContainsKey(name);
}
