using System.Reflection;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Common;

/// <summary>The GraphQL name code-first inference gives a CLR output type (its <see cref="GraphQLNameAttribute"/>, else its name).</summary>
public static class GraphQLNames
{
    /// <summary>The GraphQL name of an output type.</summary>
    /// <param name="type">The CLR type.</param>
    /// <returns>The name.</returns>
    public static string Of(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return NameOf(type);
    }

    /// <summary>The GraphQL name of an output type, computed once per type.</summary>
    /// <typeparam name="T">The CLR type.</typeparam>
    /// <returns>The name.</returns>
    public static string Of<T>() => Cache<T>.Name;

    private static class Cache<T>
    {
        public static readonly string Name = NameOf(typeof(T));
    }

    private static string NameOf(Type type) => type.GetCustomAttribute<GraphQLNameAttribute>()?.Name ?? NameConventions.ToTypeName(type);
}
