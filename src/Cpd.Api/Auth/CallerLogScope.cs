using System.Collections;
using System.Globalization;

namespace Cpd.Api.Auth;

/// <summary>
/// The log scope of a request: the caller's role and API key id (never the key, never a token), so that every log line
/// of the request says who made it. Structured providers read the pairs; plain text shows <see cref="ToString"/>.
/// </summary>
internal sealed class CallerLogScope(Caller caller) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("CallerRole", caller.Role.ToName()),
        1 => new("CallerKeyId", caller.KeyId),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => caller.KeyId is { } key
        ? string.Create(CultureInfo.InvariantCulture, $"caller {caller.Role.ToName()} key {key}")
        : $"caller {caller.Role.ToName()}";
}
