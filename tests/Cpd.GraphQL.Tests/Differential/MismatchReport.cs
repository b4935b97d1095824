using Xunit.Abstractions;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// Collects every disagreement of one area (e.g. "validate/harness") so that a single test shows
/// them all, each with the document's name, our result and graphql-js's. Documents listed in
/// <see cref="KnownDeviations"/> must still differ (else the list is stale and the test fails).
/// </summary>
internal sealed class MismatchReport(string area, ITestOutputHelper output)
{
    private readonly List<string> _mismatches = [];
    private readonly List<string> _notes = [];

    public int Compared { get; private set; }

    /// <summary>Records one comparison; <paramref name="ours"/> and <paramref name="theirs"/> describe the two results.</summary>
    public void Compare(string document, bool agree, string ours, string theirs)
    {
        Compared++;
        var deviation = KnownDeviations.Find(area, document);
        if (agree)
        {
            if (deviation is not null)
            {
                _mismatches.Add($"{document}: listed in KnownDeviations ({deviation}) but both engines now agree; remove it there and from DEVIATIONS.md");
            }

            return;
        }

        if (deviation is not null)
        {
            _notes.Add($"{document}: expected graphql-js deviation ({deviation})\n    ours:       {ours}\n    graphql-js: {theirs}");
            return;
        }

        _mismatches.Add($"{document}\n    ours:       {ours}\n    graphql-js: {theirs}");
    }

    /// <summary>Fails the area when a deviation it accounts for no longer occurs (the list would be stale).</summary>
    public void ExpectDeviationOccurred(string deviation, bool occurred)
    {
        if (!occurred)
        {
            _mismatches.Add($"{deviation} no longer occurs in {area}: remove its handling from KnownDeviations and DEVIATIONS.md");
        }
    }

    /// <summary>Something worth knowing that is not a failure (e.g. differently worded messages).</summary>
    public void Note(string document, string text) => _notes.Add($"{document}: {text}");

    /// <summary>Writes the notes to the test output and fails with every mismatch, if any.</summary>
    public void AssertNoMismatch()
    {
        output.WriteLine($"{area}: {Compared} compared, {_mismatches.Count} mismatches, {_notes.Count} notes");
        foreach (var note in _notes)
        {
            output.WriteLine(note);
        }

        if (_mismatches.Count == 0)
        {
            return;
        }

        Assert.Fail($"{area}: {_mismatches.Count} of {Compared} differ from graphql-js:\n{string.Join('\n', _mismatches)}");
    }
}
