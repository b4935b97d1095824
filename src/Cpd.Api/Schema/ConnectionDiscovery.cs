using System.Reflection;
using Cpd.Api.Schema.Common;

namespace Cpd.Api.Schema;

/// <summary>
/// Finds the node types of the <see cref="Connection{TNode}"/>s that fields return, walking from the extension classes
/// through the API's own output types, so that each connection and edge type can be registered under its Relay name.
/// </summary>
internal static class ConnectionDiscovery
{
    public static IReadOnlyList<Type> NodeTypes(IEnumerable<Type> roots)
    {
        var found = new List<Type>();
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(roots);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type) || type.Assembly != typeof(ConnectionDiscovery).Assembly)
            {
                continue;
            }

            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                var returned = member switch
                {
                    PropertyInfo p => p.PropertyType,
                    MethodInfo { IsSpecialName: false } m => m.ReturnType,
                    _ => null,
                };
                if (returned is null)
                {
                    continue;
                }

                var unwrapped = Unwrap(returned);
                if (unwrapped.IsGenericType && unwrapped.GetGenericTypeDefinition() == typeof(Connection<>))
                {
                    var node = unwrapped.GetGenericArguments()[0];
                    if (!found.Contains(node))
                    {
                        found.Add(node);
                    }

                    pending.Enqueue(node);
                }
                else
                {
                    pending.Enqueue(unwrapped);
                }
            }
        }

        return found;
    }

    private static Type Unwrap(Type type)
    {
        while (true)
        {
            if (Nullable.GetUnderlyingType(type) is { } underlying)
            {
                type = underlying;
            }
            else if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
            {
                type = type.GetGenericArguments()[0];
            }
            else if (type != typeof(string) && ElementOf(type) is { } element)
            {
                type = element;
            }
            else
            {
                return type;
            }
        }
    }

    private static Type? ElementOf(Type type) =>
        type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces().Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
