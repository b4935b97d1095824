using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Cpd.GraphQL.Types;

/// <summary>
/// Converts coerced GraphQL input values (int, double, string, bool, enum members, object arrays, dictionaries or
/// bound CLR objects) to the CLR type a resolver parameter or input property expects. Converters are built once per
/// target type; conversion itself uses no reflection.
/// </summary>
internal static class ClrValueConverter
{
    private static readonly ConcurrentDictionary<Type, Func<object?, object?>> Converters = new();
    private static readonly MethodInfo ToArrayMethod = typeof(ClrValueConverter).GetMethod(nameof(ToArray), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToListMethod = typeof(ClrValueConverter).GetMethod(nameof(ToList), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo ToHashSetMethod = typeof(ClrValueConverter).GetMethod(nameof(ToHashSet), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static Func<object?, object?> For(Type target) => Converters.GetOrAdd(target, Create);

    private static Func<object?, object?> Create(Type target)
    {
        if (target == typeof(object))
        {
            return static v => v;
        }

        if (Nullable.GetUnderlyingType(target) is { } underlying)
        {
            var inner = For(underlying);
            return v => v is null ? null : inner(v);
        }

        var defaultValue = target.IsValueType ? Activator.CreateInstance(target) : null;
        var convert = CreateNonNull(target);
        return v => v is null ? defaultValue : (v.GetType() == target ? v : convert(v));
    }

    private static Func<object, object?> CreateNonNull(Type target)
    {
        if (target.IsEnum)
        {
            return v => v switch
            {
                string s => Enum.Parse(target, s, ignoreCase: true),
                _ when target.IsInstanceOfType(v) => v,
                _ => Enum.ToObject(target, v),
            };
        }

        if (target == typeof(Guid))
        {
            return v => v is string s ? Guid.Parse(s, CultureInfo.InvariantCulture) : v;
        }

        if (target == typeof(string))
        {
            return v => Convert.ToString(v, CultureInfo.InvariantCulture);
        }

        if (target.IsPrimitive || target == typeof(decimal))
        {
            return v => Convert.ChangeType(v, target, CultureInfo.InvariantCulture);
        }

        if (target != typeof(string) && EnumerableElementType(target) is { } element && !IsDictionary(target))
        {
            var itemConverter = For(element);
            MethodInfo method;
            if (target.IsArray)
            {
                method = ToArrayMethod;
            }
            else if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(HashSet<>) || target.IsGenericType && target.GetGenericTypeDefinition() == typeof(ISet<>))
            {
                method = ToHashSetMethod;
            }
            else
            {
                method = ToListMethod;
            }

            var build = method.MakeGenericMethod(element).CreateDelegate<Func<IEnumerable, Func<object?, object?>, object>>();
            return v => target.IsInstanceOfType(v) && v is not object?[] ? v : build(v as IEnumerable ?? new[] { v }, itemConverter);
        }

        return v =>
        {
            if (target.IsInstanceOfType(v))
            {
                return v;
            }

            if (v is IReadOnlyDictionary<string, object?> fields)
            {
                return InputObjectFactory.For(target)(fields);
            }

            throw new InvalidCastException($"Cannot convert a value of type {v.GetType().Name} to {target.Name}.");
        };
    }

    internal static Type? EnumerableElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }

        return type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
    }

    internal static bool IsDictionary(Type type) =>
        typeof(IDictionary).IsAssignableFrom(type)
        || type.GetInterfaces().Append(type).Any(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)));

    private static T[] ToArray<T>(IEnumerable source, Func<object?, object?> item)
    {
        var list = new List<T>();
        foreach (var value in source)
        {
            list.Add((T)item(value)!);
        }

        return list.ToArray();
    }

    private static List<T> ToList<T>(IEnumerable source, Func<object?, object?> item)
    {
        var list = new List<T>();
        foreach (var value in source)
        {
            list.Add((T)item(value)!);
        }

        return list;
    }

    private static HashSet<T> ToHashSet<T>(IEnumerable source, Func<object?, object?> item)
    {
        var set = new HashSet<T>();
        foreach (var value in source)
        {
            set.Add((T)item(value)!);
        }

        return set;
    }
}
