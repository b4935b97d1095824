using System.Globalization;

namespace Cpd.Api.Cli;

/// <summary>
/// The <c>--option value</c> pairs of a verb, checked against the options it knows: an unknown option, one given twice
/// or one without a value is an error, reported in words for the user.
/// </summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values;

    private CommandArguments(Dictionary<string, string> values) => _values = values;

    /// <summary>Reads <c>--name value</c> pairs; <paramref name="error"/> says what is wrong when it returns null.</summary>
    public static CommandArguments? Parse(IReadOnlyList<string> arguments, IReadOnlyCollection<string> known, out string? error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(known);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            string name, value;
            if (!argument.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"Unexpected argument '{argument}'.";
                return null;
            }

            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                name = argument[2..equals];
                value = argument[(equals + 1)..];
            }
            else
            {
                name = argument[2..];
                if (i + 1 >= arguments.Count || arguments[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    error = $"--{name} needs a value.";
                    return null;
                }

                value = arguments[++i];
            }

            if (!known.Contains(name))
            {
                error = $"Unknown option --{name}; expected {string.Join(", ", known.Select(k => "--" + k))}.";
                return null;
            }

            if (!values.TryAdd(name, value))
            {
                error = $"--{name} is given twice.";
                return null;
            }
        }

        error = null;
        return new CommandArguments(values);
    }

    /// <summary>The value of an option, or null when it was not given.</summary>
    public string? this[string name] => _values.GetValueOrDefault(name);

    /// <summary>Whether an option was given.</summary>
    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>Reads an option as a positive id; false (with a message) when it is given but is not one.</summary>
    public bool TryGetId(string name, out long? id, out string? error)
    {
        id = null;
        error = null;
        if (this[name] is not { } text)
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            id = value;
            return true;
        }

        error = $"--{name} must be a positive whole number (a database id), not '{text}'.";
        return false;
    }
}
