namespace Cpd.GraphQL.Tests.Differential;

/// <summary>Locates the first differing line of two texts, for readable reports.</summary>
internal static class TextDifference
{
    public static string Describe(string ours, string theirs)
    {
        if (ours == theirs)
        {
            return "identical";
        }

        var a = ours.Split('\n');
        var b = theirs.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line])
        {
            line++;
        }

        return $"first difference at line {line + 1}:\n      ours:       {Line(a, line)}\n      graphql-js: {Line(b, line)}";
    }

    private static string Line(string[] lines, int index) => index < lines.Length ? $"\"{lines[index]}\"" : "(end of text)";
}
