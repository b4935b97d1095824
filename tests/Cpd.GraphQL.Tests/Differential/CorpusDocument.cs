namespace Cpd.GraphQL.Tests.Differential;

/// <summary>One document of the corpus: <c>schema/file/name</c>, the schema it targets, and its exact text.</summary>
internal sealed record CorpusDocument(string Name, string Schema, string Text)
{
    public override string ToString() => Name;
}
