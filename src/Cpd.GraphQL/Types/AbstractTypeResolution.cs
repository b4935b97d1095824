using System.Collections.Concurrent;

namespace Cpd.GraphQL.Types;

/// <summary>
/// Resolves the object type of a value of an interface or union: the configured resolver, else a
/// <c>__typename</c> entry of a dictionary, else the single possible type whose <see cref="ObjectType.IsOfType"/>
/// accepts it (remembered per CLR type so that reflection-free checks run once per CLR type).
/// </summary>
internal sealed class AbstractTypeResolution(IAbstractType owner, TypeResolver? resolver)
{
    private readonly ConcurrentDictionary<Type, ObjectType?> _byClrType = new();

    public TypeResolver? Resolver { get; set; } = resolver;

    public ObjectType? Resolve(object value, IResolverContext context)
    {
        if (Resolver is not null)
        {
            return Resolver(value, context);
        }

        if (TypeNameOf(value) is { } typeName)
        {
            return context.Schema.GetType(typeName) as ObjectType;
        }

        var clrType = value.GetType();
        if (_byClrType.TryGetValue(clrType, out var known))
        {
            return known;
        }

        ObjectType? found = null;
        var cacheable = true;
        foreach (var candidate in context.Schema.GetPossibleTypes(owner))
        {
            cacheable &= candidate.RuntimeType is not null && candidate.CanCheckValues && !candidate.HasCustomIsOfType;
            if (candidate.IsOfType(value))
            {
                found = candidate;
                break;
            }
        }

        if (cacheable)
        {
            _byClrType.TryAdd(clrType, found);
        }

        return found;
    }

    /// <summary>The <c>__typename</c> of a dictionary value, if it has one.</summary>
    internal static string? TypeNameOf(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> d => d.TryGetValue("__typename", out var n) ? n as string : null,
        IDictionary<string, object?> d => d.TryGetValue("__typename", out var n) ? n as string : null,
        _ => null,
    };
}
