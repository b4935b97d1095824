using System.Text;

namespace Cpd.GraphQL.Types;

/// <summary>The naming conventions of code-first types: camelCase fields and arguments, UPPER_SNAKE_CASE enum values.</summary>
public static class NameConventions
{
    /// <summary>Turns a CLR member name into a field or argument name: <c>DisplayName</c> → <c>displayName</c>, <c>ID</c> → <c>id</c>, <c>GetHTTPStatus</c> → <c>getHTTPStatus</c>.</summary>
    /// <param name="name">The CLR name.</param>
    /// <returns>The camelCase name.</returns>
    public static string ToCamelCase(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!char.IsUpper(name[0]))
        {
            return name;
        }

        var chars = name.ToCharArray();
        for (var i = 0; i < chars.Length && char.IsUpper(chars[i]); i++)
        {
            // Lower a leading acronym except its last letter when a lower-case letter follows (HTTPStatus → httpStatus).
            if (i > 0 && i + 1 < chars.Length && char.IsLower(chars[i + 1]))
            {
                break;
            }

            chars[i] = char.ToLowerInvariant(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>Turns a CLR enum member name into an enum value name: <c>SelfDeclared</c> → <c>SELF_DECLARED</c>, <c>HTTPError</c> → <c>HTTP_ERROR</c>.</summary>
    /// <param name="name">The CLR name.</param>
    /// <returns>The UPPER_SNAKE_CASE name.</returns>
    public static string ToEnumValueName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && name[i - 1] != '_'
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(c));
        }

        return sb.ToString();
    }

    /// <summary>Turns a CLR type name into a GraphQL type name: generic arity and the <c>Type</c>/<c>Input</c> suffix rules are left to the caller; this strips the generic arity marker.</summary>
    /// <param name="type">The CLR type.</param>
    /// <returns>The type name.</returns>
    public static string ToTypeName(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick] + "Of" + string.Concat(type.GetGenericArguments().Select(ToTypeName));
        }

        return name;
    }
}
