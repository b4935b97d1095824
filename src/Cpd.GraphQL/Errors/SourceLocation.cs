namespace Cpd.GraphQL.Errors;

/// <summary>A position in GraphQL source text, as reported in an error's <c>locations</c>.</summary>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column, in UTF-16 code units.</param>
public readonly record struct SourceLocation(int Line, int Column)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Line}:{Column}";
}
