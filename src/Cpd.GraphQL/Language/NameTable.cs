using System.Numerics;
using System.Runtime.CompilerServices;

namespace Cpd.GraphQL.Language;

/// <summary>
/// Shares string instances for names, so parsing a name seldom allocates. Two tables, both looked up by a hash that the
/// lexer computes while it scans the name (<see cref="HashStep(uint, char)"/>):
/// <list type="bullet">
/// <item>a static table of the names that occur in almost every document (keywords, the built-in scalars, the
/// introspection fields), read-only after construction;</item>
/// <item>a small per-thread cache of the other names (up to 32 characters) parsed lately, one name per slot, the newest
/// winning a slot. A server parses the same few hundred names over and over, so after the first documents they come from
/// here too. Strings are immutable, so handing the same instance to documents parsed at different times is harmless.</item>
/// </list>
/// </summary>
internal static class NameTable
{
    private const int CommonBits = 8;
    private const int RecentBits = 10;

    // Longer names are not kept: this bounds what the cache holds per thread (1,024 × 32 characters), whatever documents a
    // client sends, and real schemas' names are shorter.
    private const int MaxRecentLength = 32;

    private static readonly string[] Common =
    [
        "query", "mutation", "subscription", "fragment", "on", "true", "false", "null",
        "schema", "scalar", "type", "interface", "union", "enum", "input", "directive", "extend",
        "implements", "repeatable", "Query", "Mutation", "Subscription",
        "String", "Int", "Float", "Boolean", "ID", "id", "name", "description", "node", "nodes",
        "edges", "cursor", "pageInfo", "hasNextPage", "hasPreviousPage", "startCursor", "endCursor",
        "first", "last", "after", "before", "clientMutationId", "errors", "message", "code",
        "skip", "include", "deprecated", "reason", "specifiedBy", "url", "oneOf", "if",
        "__typename", "__schema", "__type", "__Type", "__Field", "__InputValue", "__EnumValue",
        "__Directive", "__Schema", "queryType", "mutationType", "subscriptionType", "types",
        "directives", "kind", "fields", "args", "ofType", "interfaces", "possibleTypes",
        "enumValues", "inputFields", "defaultValue", "isDeprecated", "deprecationReason",
        "includeDeprecated", "locations", "isRepeatable", "specifiedByURL", "isOneOf",
        "FullType", "InputValue", "TypeRef", "IntrospectionQuery",
    ];

    // Open addressing with linear probing; at most a third full, so a miss ends at an empty slot within a probe or two.
    private static readonly string?[] CommonSlots = CreateCommonSlots();

    [ThreadStatic]
    private static string?[]? _recent;

    /// <summary>The hash of a name's first character (see <see cref="HashStep(uint, char)"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStart(char first) => first;

    /// <summary>
    /// The hash of a name extended by one character. The lexer folds each character in as it scans the name: a rotation and
    /// an exclusive or add one cycle to a loop that spends more on reading the character, where a multiplication per
    /// character would lengthen it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint HashStep(uint hash, char next) => BitOperations.RotateLeft(hash, 5) ^ next;

    /// <summary>The hash of a whole name (non-empty), equal to what the lexer computes for it.</summary>
    public static uint Hash(ReadOnlySpan<char> name)
    {
        var hash = HashStart(name[0]);
        for (var i = 1; i < name.Length; i++)
        {
            hash = HashStep(hash, name[i]);
        }

        return hash;
    }

    /// <summary>The calling thread's cache of recent names, to be passed to <see cref="Get(ReadOnlySpan{char}, uint, string?[])"/>.</summary>
    public static string?[] RecentNames => _recent ??= new string?[1 << RecentBits];

    /// <summary>The shared instance of a name (non-empty), or a new string that the recent cache then keeps.</summary>
    /// <param name="name">The name's characters.</param>
    /// <param name="hash">Its <see cref="Hash(ReadOnlySpan{char})"/>.</param>
    /// <param name="recent">The thread's <see cref="RecentNames"/>.</param>
    public static string Get(ReadOnlySpan<char> name, uint hash, string?[] recent)
    {
        var mixed = hash * 0x9E3779B1u;
        var slots = CommonSlots;
        var mask = slots.Length - 1;
        for (var index = (int)(mixed >> (32 - CommonBits)); ; index = (index + 1) & mask)
        {
            var common = slots[index];
            if (common is null)
            {
                break;
            }

            if (name.SequenceEqual(common))
            {
                return common;
            }
        }

        var slot = (int)(mixed >> (32 - RecentBits)) & (recent.Length - 1);
        var cached = recent[slot];
        if (cached is not null && name.SequenceEqual(cached))
        {
            return cached;
        }

        var created = name.ToString();
        if (name.Length <= MaxRecentLength)
        {
            recent[slot] = created;
        }

        return created;
    }

    /// <summary>The shared instance of a name (non-empty), hashing it first.</summary>
    public static string Get(ReadOnlySpan<char> name) => Get(name, Hash(name), RecentNames);

    private static string?[] CreateCommonSlots()
    {
        var slots = new string?[1 << CommonBits];
        foreach (var name in Common)
        {
            var index = (int)((Hash(name) * 0x9E3779B1u) >> (32 - CommonBits));
            while (slots[index] is not null && slots[index] != name)
            {
                index = (index + 1) & (slots.Length - 1);
            }

            slots[index] = name;
        }

        return slots;
    }
}
