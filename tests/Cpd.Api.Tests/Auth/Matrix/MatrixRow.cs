namespace Cpd.Api.Tests.Auth.Matrix;

/// <summary>One row of <c>authorization-matrix.csv</c>: a field (and an optional case of it) and the expected outcome per role.</summary>
internal sealed record MatrixRow(int Line, string Type, string Field, string Case, IReadOnlyDictionary<string, string> Expected)
{
    /// <summary>The allowed outcomes: the field's value; null or absent with FORBIDDEN (UNAUTHENTICATED for anonymous); an answer without the subject in it.</summary>
    public static readonly IReadOnlySet<string> Outcomes = new HashSet<string>(StringComparer.Ordinal) { "ALLOW", "DENY", "FILTERED" };

    private const string FileName = "authorization-matrix.csv";

    /// <summary>The probe's key: <c>Type.field</c>, or <c>Type.field:case</c>.</summary>
    public string Key => Case.Length == 0 ? $"{Type}.{Field}" : $"{Type}.{Field}:{Case}";

    /// <summary>The rows of the committed file (read from the source tree, so that an edit needs no rebuild).</summary>
    public static IReadOnlyList<MatrixRow> ReadAll()
    {
        var path = Path.Combine(Schema.SchemaSnapshotTests.RepositoryRoot(), "tests", "Cpd.Api.Tests", "Auth", FileName);
        return Parse(File.ReadAllLines(path));
    }

    /// <summary>Parses the CSV: a header <c>type,field,case,&lt;role columns&gt;</c>, then rows; blank lines and <c>#</c> comments are skipped.</summary>
    public static IReadOnlyList<MatrixRow> Parse(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        string[]? header = null;
        var rows = new List<MatrixRow>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(',').Select(c => c.Trim()).ToArray();
            if (header is null)
            {
                header = cells;
                string[] expected = ["type", "field", "case", .. MatrixRole.Columns.Select(c => c.Column)];
                if (!header.SequenceEqual(expected, StringComparer.Ordinal))
                {
                    throw new FormatException($"{FileName}:{i + 1}: the header must be {string.Join(',', expected)}.");
                }

                continue;
            }

            if (cells.Length != header.Length)
            {
                throw new FormatException($"{FileName}:{i + 1}: {cells.Length} cells, the header has {header.Length}.");
            }

            var outcomes = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 3; c < cells.Length; c++)
            {
                if (!Outcomes.Contains(cells[c]))
                {
                    throw new FormatException($"{FileName}:{i + 1}: \"{cells[c]}\" under {header[c]} is not one of {string.Join(", ", Outcomes)}.");
                }

                outcomes[header[c]] = cells[c];
            }

            rows.Add(new MatrixRow(i + 1, cells[0], cells[1], cells[2], outcomes));
        }

        var twice = rows.GroupBy(r => r.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? rows : throw new FormatException($"{FileName}: {twice.Key} has more than one row (lines {string.Join(", ", twice.Select(r => r.Line))}).");
    }

    /// <inheritdoc/>
    public override string ToString() => Key;
}
