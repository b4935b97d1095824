using System.Collections.Frozen;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Cpd.Api.Persistence.Converters;

/// <summary>
/// An enum as its stable UPPER_SNAKE name (<c>CpdActivity</c> → <c>CPD_ACTIVITY</c>), the same text as in GraphQL,
/// so that rows stay readable and renumbering a member never changes stored data.
/// </summary>
public sealed class UpperSnakeEnumConverter<TEnum>() : ValueConverter<TEnum, string>(v => ToText(v), s => FromText(s))
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => v, v => UpperSnake(v.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values =
        Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>The longest stored name.</summary>
    internal static int MaxLength { get; } = Names.Values.Max(n => n.Length);

    /// <summary>The stored name of a value; throws for a value the enum does not define.</summary>
    internal static string ToText(TEnum value) =>
        Names.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no such value.");

    /// <summary>The value of a stored name; throws for text that names no value.</summary>
    internal static TEnum FromText(string text) =>
        Values.TryGetValue(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(TEnum).Name}.");

    private static string UpperSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(name[i]));
        }

        return sb.ToString();
    }
}
