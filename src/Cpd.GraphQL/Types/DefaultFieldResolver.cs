using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Cpd.GraphQL.Types;

/// <summary>
/// The resolver of fields that have none: a dictionary entry by the field's name, or a public property or field of
/// the parent object matched case-insensitively. Member reads are compiled once per CLR type and member; each
/// resolver remembers the last CLR type it saw, so the common monomorphic case costs one reference comparison.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

    /// <summary>Creates the default resolver for a field name.</summary>
    /// <param name="fieldName">The field's name.</param>
    /// <param name="runtimeType">The parent's CLR type when known (its getter is compiled now).</param>
    /// <returns>The resolver and its context-free form.</returns>
    public static (FieldResolver Resolver, Func<object?, object?> Pure) Create(string fieldName, Type? runtimeType = null)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        var reader = new MemberReader(fieldName);
        if (runtimeType is not null && runtimeType != typeof(object))
        {
            reader.Prime(runtimeType);
        }

        Func<object?, object?> pure = reader.Read;
        return (context => new ValueTask<object?>(pure(context.Source)), pure);
    }

    /// <summary>Reads a member of a parent value by name (dictionary entry, property or field).</summary>
    /// <param name="parent">The parent value.</param>
    /// <param name="name">The member's name.</param>
    /// <returns>The value, or <see langword="null"/> when there is no such member.</returns>
    public static object? Read(object? parent, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return parent switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> d => d.GetValueOrDefault(name),
            IDictionary<string, object?> d => d.TryGetValue(name, out var v) ? v : null,
            _ => GetGetter(parent.GetType(), name)?.Invoke(parent),
        };
    }

    internal static Func<object, object?>? GetGetter(Type type, string name) => Getters.GetOrAdd((type, name), static key => Compile(key.Type, key.Name));

    private static Func<object, object?>? Compile(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        var parameter = Expression.Parameter(typeof(object), "parent");
        var typed = Expression.Convert(parameter, type);
        Expression? read = null;
        var property = type.GetProperties(flags).FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.GetIndexParameters().Length == 0 && p.GetMethod is not null);
        if (property is not null)
        {
            read = Expression.Property(typed, property);
        }
        else if (type.GetField(name, flags) is { } field)
        {
            read = Expression.Field(typed, field);
        }

        return read is null ? null : Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), parameter).Compile();
    }

    private sealed class MemberReader(string name)
    {
        private Cache? _last;

        public void Prime(Type type) => _last = new Cache(type, GetGetter(type, name));

        public object? Read(object? parent)
        {
            switch (parent)
            {
                case null:
                    return null;
                case IReadOnlyDictionary<string, object?> d:
                    return d.GetValueOrDefault(name);
                case IDictionary<string, object?> d:
                    return d.TryGetValue(name, out var v) ? v : null;
            }

            var type = parent.GetType();
            var last = _last;
            if (last is null || last.Type != type)
            {
                _last = last = new Cache(type, GetGetter(type, name));
            }

            return last.Getter?.Invoke(parent);
        }

        private sealed record Cache(Type Type, Func<object, object?>? Getter);
    }
}
