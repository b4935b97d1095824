using FsCheck;
using FsCheck.Fluent;

namespace Cpd.GraphQL.Tests.Robustness;

/// <summary>FsCheck generators of GraphQL-ish text: tokens, valid documents, mutations and noise.</summary>
internal static class DocumentGenerators
{
    private static readonly string[] Punctuators = ["!", "$", "&", "(", ")", "...", ":", "=", "@", "[", "]", "{", "|", "}"];

    private static readonly string[] Keywords =
    [
        "query", "mutation", "subscription", "fragment", "on", "true", "false", "null", "schema", "scalar", "type",
        "interface", "union", "enum", "input", "directive", "extend", "implements", "repeatable", "QUERY", "FIELD",
    ];

    private static readonly string[] Noise =
    [
        " ", "\n", "\r\n", "\r", "\t", ",", "\uFEFF", "#", "# comment\n", "\"", "\"\"\"", "\\", "\\u", "\\u{", "'", ".", "..",
        "-", "+", "0", "00", "1.", ".5", "0x1", "1e", "\u00e9", "\U0001F600", "\uD800", "\uDC00", "\u0000", "\u0007", "\u2028",
    ];

    private static readonly Gen<string> NameGen =
        Gen.Elements("a", "b", "id", "name", "_x", "A1", "Foo", "__typename", "on", "query", "type", "true", "null");

    private static readonly Gen<string> IntGen = Gen.Choose(-1000, 100000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static readonly Gen<string> FloatGen =
        Gen.Elements("1.5", "-0.25", "3e10", "6.02E-23", "0.0", "-1e+5", "123456789.987654321e300");

    private static readonly Gen<string> StringGen = Gen.Elements(
        "\"\"", "\"s\"", "\"esc \\n \\t \\\" \\\\ \\/ \\b \\f \\r\"", "\"\\u00e9\\u{1F600}\\uD83D\\uDE00\"", "\"\u00e9\U0001F600\"",
        "\"\"\"block\"\"\"", "\"\"\"\n  indented\n    more\n\"\"\"", "\"\"\"with \\\"\"\" quotes\"\"\"", "\"\"\"\"\"\"", "\"\"\"  lead\n\"\"\"",
        "\"\"\"\n\n  a\n\n b \n\n\"\"\"");

    /// <summary>Any single lexical token, valid or not.</summary>
    public static readonly Gen<string> Token = Gen.Frequency(
        (6, Gen.Elements(Punctuators)),
        (4, Gen.Elements(Keywords)),
        (5, NameGen),
        (2, IntGen),
        (1, FloatGen),
        (2, StringGen),
        (2, Gen.Elements(Noise)),
        (1, Gen.Elements("$a", "@d", "...F", "... on T", "{ a }", "[1, 2]", "{ a: 1 }", "(a: 1)", "Int!", "[Int!]!")));

    /// <summary>A sequence of random tokens separated by random ignored characters.</summary>
    public static Gen<string> TokenSoup() =>
        Gen.Sized(size => Many(Concat(Token, Gen.Elements(" ", string.Empty, "\n", ",", " ")), 1, Math.Max(1, size), string.Empty));

    /// <summary>Random UTF-16 text: any code unit, biased towards interesting ones.</summary>
    public static Gen<string> RandomText() =>
        Gen.ArrayOf(Gen.Frequency(
                (3, Gen.Choose(0, 0xFFFF).Select(c => (char)c)),
                (3, Gen.Choose(0x20, 0x7E).Select(c => (char)c)),
                (1, Gen.Elements('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFEFF', '\n', '\r', '"', '\\', '{', '}'))))
            .Select(chars => new string(chars));

    /// <summary>A base document with one to four edits: truncate, delete, insert, duplicate, overwrite or swap.</summary>
    public static Gen<string> Mutated(string baseText) => EditsGen.Select(edits => Apply(baseText, edits));

    /// <summary>One to four edits whose insertions are drawn from <paramref name="tokens"/>.</summary>
    public static Gen<Func<string, string>[]> Edits(Gen<string> tokens)
    {
        var edit = Edit(tokens);
        return Gen.Choose(1, 4).SelectMany(count => Gen.ArrayOf(edit, count));
    }

    /// <summary>One to three edits that each replace a name of the document with one of <paramref name="names"/>: still a document, most likely a different one.</summary>
    public static Gen<Func<string, string>[]> NameSwaps(IReadOnlyList<string> names)
    {
        var swap =
            from at in Gen.Choose(0, 1_000_000)
            from name in Gen.Elements(names.ToArray())
            select (Func<string, string>)(text => SwapNameAt(text, at % (text.Length + 1), name));
        return Gen.Choose(1, 3).SelectMany<int, Func<string, string>[]>(count => Gen.ArrayOf(swap, count));
    }

    private static string SwapNameAt(string text, int from, string name)
    {
        var start = from;
        while (start < text.Length && !IsNameStart(text[start]))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && (IsNameStart(text[end]) || char.IsAsciiDigit(text[end])))
        {
            end++;
        }

        return start == text.Length ? text : text[..start] + name + text[end..];
    }

    private static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    /// <summary>The text with the edits applied in order.</summary>
    public static string Apply(string text, Func<string, string>[] edits)
    {
        foreach (var edit in edits)
        {
            text = edit(text);
        }

        return text;
    }

    /// <summary>A prefix of a document.</summary>
    public static Gen<string> Truncated(string baseText) => Gen.Choose(0, baseText.Length).Select(n => baseText[..n]);

    /// <summary>A valid executable or type system document, built from the grammar.</summary>
    public static Gen<string> ValidDocument() => ValidDocumentGen.Value;

    // Built once: the generator tree is large, and building it per sample would dominate the run.
    private static readonly Lazy<Gen<string>> ValidDocumentGen = new(() =>
        Concat(
            Optional(Concat(SelectionSet(3), Lit("\n"))),
            Many(Gen.Frequency((3, Operation()), (1, Fragment()), (2, TypeSystemDefinition())), 1, 4, "\n")));

    private static readonly Gen<Func<string, string>[]> EditsGen = Edits(Token);

    private static Gen<Func<string, string>> Edit(Gen<string> tokens) =>
        from kind in Gen.Choose(0, 5)
        from at in Gen.Choose(0, 1_000_000)
        from length in Gen.Choose(1, 40)
        from other in Gen.Choose(0, 1_000_000)
        from token in tokens
        select (Func<string, string>)(text =>
        {
            var i = at % (text.Length + 1);
            var j = Math.Min(text.Length, i + length);
            var k = other % (text.Length + 1);
            return kind switch
            {
                0 => text[..i],
                1 => text[..i] + text[j..],
                2 => text[..i] + token + text[i..],
                3 => text[..k] + text[i..j] + text[k..],
                4 => text[..i] + token[0] + text[j..],
                _ => i + 1 < j ? text[..i] + text[(i + 1)..j] + text[i] + text[j..] : text,
            };
        });

    private static Gen<string> Concat(params Gen<string>[] parts) =>
        parts.Aggregate(Gen.Constant(string.Empty), (acc, part) => from a in acc from b in part select a + b);

    private static Gen<string> Lit(string text) => Gen.Constant(text);

    private static Gen<string> Many(Gen<string> item, int min, int max, string separator) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(item, n)).Select(items => string.Join(separator, items));

    private static Gen<string> Optional(Gen<string> gen) => Gen.Frequency((2, Lit(string.Empty)), (1, gen));

    private static Gen<string> Description() => Optional(Concat(StringGen, Lit(" ")));

    private static Gen<string> Value(int depth, bool allowVariables)
    {
        var scalar = Gen.OneOf(IntGen, FloatGen, StringGen, Gen.Elements("true", "false", "null", "ENUM_VALUE", "ON"));
        var leaf = allowVariables ? Gen.Frequency((4, scalar), (1, Concat(Lit("$"), NameGen))) : scalar;
        if (depth <= 0)
        {
            return leaf;
        }

        var inner = Value(depth - 1, allowVariables);
        return Gen.Frequency(
            (4, leaf),
            (1, Concat(Lit("["), Many(inner, 0, 3, ", "), Lit("]"))),
            (1, Concat(Lit("{"), Many(Concat(NameGen, Lit(": "), inner), 0, 3, " "), Lit("}"))));
    }

    private static Gen<string> TypeReference(int depth)
    {
        var named = Gen.Elements("Int", "String", "ID", "Foo", "Bar");
        var type = depth <= 0 ? named : Gen.Frequency((3, named), (1, Concat(Lit("["), TypeReference(depth - 1), Lit("]"))));
        return Concat(type, Gen.Elements(string.Empty, "!"));
    }

    private static Gen<string> Arguments(bool allowVariables) =>
        Optional(Concat(Lit("("), Many(Concat(NameGen, Lit(": "), Value(2, allowVariables)), 1, 3, ", "), Lit(")")));

    private static Gen<string> Directives(bool allowVariables) =>
        Many(Concat(Lit(" @"), NameGen, Arguments(allowVariables)), 0, 2, string.Empty);

    private static Gen<string> DefaultValue() => Optional(Concat(Lit(" = "), Value(2, allowVariables: false)));

    private static Gen<string> SelectionSet(int depth)
    {
        var subSelection = depth <= 0 ? Lit(string.Empty) : Optional(SelectionSet(depth - 1));
        var field = Concat(Gen.Elements(string.Empty, "alias: ", "a: "), NameGen, Arguments(true), Directives(true), Lit(" "), subSelection);
        var spread = Concat(Lit("..."), Gen.Elements("F", "Frag", "on_"), Directives(true));
        var inline = depth <= 0
            ? spread
            : Concat(Lit("... "), Gen.Elements(string.Empty, "on Foo", "on Bar"), Directives(true), Lit(" "), SelectionSet(depth - 1));
        return Concat(Lit("{ "), Many(Gen.Frequency((5, field), (1, spread), (1, inline)), 1, 4, "\n"), Lit(" }"));
    }

    private static Gen<string> Operation()
    {
        var variable = Concat(Description(), Lit("$"), NameGen, Lit(": "), TypeReference(2), DefaultValue(), Directives(false));
        var variables = Optional(Concat(Lit("("), Many(variable, 1, 3, ", "), Lit(")")));
        // The shorthand `{ ... }` only starts a document: after `type Foo` it would read as its fields.
        return Concat(
            Description(), Gen.Elements("query", "mutation", "subscription"), Gen.Elements(string.Empty, " Q", " Named"), variables,
            Directives(true), Lit(" "), SelectionSet(3));
    }

    private static Gen<string> Fragment() =>
        Concat(Description(), Lit("fragment "), Gen.Elements("F", "Frag", "query"), Lit(" on "), Gen.Elements("Foo", "Bar"), Directives(true), Lit(" "), SelectionSet(2));

    private static Gen<string> TypeSystemDefinition()
    {
        var inputValue = Concat(Description(), NameGen, Lit(": "), TypeReference(2), DefaultValue(), Directives(false));
        var argumentsDefinition = Optional(Concat(Lit("("), Many(inputValue, 1, 2, " "), Lit(")")));
        var field = Concat(Description(), NameGen, argumentsDefinition, Lit(": "), TypeReference(2), Directives(false));
        var fields = Optional(Concat(Lit(" { "), Many(field, 1, 3, "\n"), Lit(" }")));
        var inputFields = Optional(Concat(Lit(" { "), Many(inputValue, 1, 3, "\n"), Lit(" }")));
        var enumValues = Optional(Concat(Lit(" { "), Many(Concat(Description(), Gen.Elements("A", "B", "ON", "Value"), Directives(false)), 1, 3, "\n"), Lit(" }")));
        var implements = Gen.Elements(string.Empty, " implements A", " implements & A & B", " implements A & B");
        var name = Gen.Elements("Foo", "Bar", "Query");
        var constDirectives = Directives(false);
        return Gen.OneOf(
            Concat(Description(), Lit("schema"), constDirectives, Lit(" { query: Query mutation: M }")),
            Concat(Description(), Lit("scalar "), name, constDirectives),
            Concat(Description(), Lit("type "), name, implements, constDirectives, fields),
            Concat(Description(), Lit("interface "), name, implements, constDirectives, fields),
            Concat(Description(), Lit("union "), name, constDirectives, Gen.Elements(string.Empty, " = A", " = | A | B")),
            Concat(Description(), Lit("enum "), name, constDirectives, enumValues),
            Concat(Description(), Lit("input "), name, constDirectives, inputFields),
            Concat(Description(), Lit("directive @"), NameGen, argumentsDefinition, Gen.Elements(string.Empty, " repeatable"), Lit(" on "), Gen.Elements("FIELD", "| QUERY | OBJECT", "ENUM_VALUE")),
            Concat(Lit("extend type "), name, Gen.Elements(" @d", " @d(a: 1) @e", " { f: Int }", " implements X")),
            Gen.Elements("extend schema @d", "extend schema { subscription: S }", "extend scalar S @d", "extend union U = A", "extend enum E { X }", "extend input I { a: Int }", "extend interface I @d"));
    }
}
