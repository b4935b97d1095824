using System.Globalization;
using Cpd.Client.Errors;
using Cpd.Client.Models;
using CsvHelper;

namespace Cpd.HrSync;

/// <summary>
/// The HR export's format: a header row, then one employee a row, with the columns of the API's <c>WorkforceRowInput</c>
/// (in any order, names in any case). Dates are <c>yyyy-MM-dd</c>; <c>fte</c> is a decimal with a point (default 1);
/// empty optional cells are absent values.
/// </summary>
internal static class EmployeeCsv
{
    /// <summary>Every column, in the order the rejected CSV writes them.</summary>
    public static readonly string[] Columns =
        ["externalId", "displayName", "workEmail", "professionalRegistration", "memberId", "role", "professionCode", "start", "end", "fte", "linkCode"];

    /// <summary>The columns a header must have.</summary>
    public static readonly string[] RequiredColumns = ["externalId", "displayName", "role", "professionCode", "start"];

    private const string DateFormat = "yyyy-MM-dd";

    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        Separator = ',',
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
    };

    /// <summary>Reads the export: every row with its line number, or the first problem found (nothing is synced then).</summary>
    public static async Task<(IReadOnlyList<EmployeeRow>? Rows, string? Problem)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            var csv = CsvReader.Create(new StreamReader(path), ReaderOptions, leaveOpen: false);
            await using (csv.ConfigureAwait(false))
            {
                await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
                var header = csv.Headers.Select(h => h.Trim()).ToList();
                if (header.Count == 0 || header.All(h => h.Length == 0))
                {
                    return (null, $"{path}: the file is empty; line 1 must be the header ({string.Join(',', Columns)}).");
                }

                if (header.FirstOrDefault(h => !Columns.Contains(h, StringComparer.OrdinalIgnoreCase)) is { } unknown)
                {
                    return (null, $"{path}, line 1: unknown column '{unknown}'. The columns are {string.Join(", ", Columns)}.");
                }

                if (RequiredColumns.FirstOrDefault(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)) is { } missing)
                {
                    return (null, $"{path}, line 1: column '{missing}' is missing from the header; {string.Join(", ", RequiredColumns)} are required.");
                }

                var index = Columns.ToDictionary(c => c, c => header.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase)), StringComparer.Ordinal);
                var rows = new List<EmployeeRow>();
                while (await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var line = (int)csv.LineNumber;
                    var (row, problem) = ReadRow(column => index[column] is >= 0 and var i && csv.GetString(i) is { Length: > 0 } value ? value.Trim() : null, line);
                    if (problem is not null)
                    {
                        return (null, $"{path}, line {line}, {problem}");
                    }

                    rows.Add(row!);
                }

                return (rows, null);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: cannot be read: {ex.Message}");
        }
        catch (CsvFormatException ex)
        {
            return (null, $"{path}, line {ex.LineNumber}: not valid CSV: {ex.Message}");
        }
    }

    /// <summary>Writes the rejected rows as they were read, each with its line number and the API's reasons.</summary>
    public static async Task WriteRejectedAsync(string path, IEnumerable<(EmployeeRow Row, IReadOnlyList<UserError> Errors)> rejected, CancellationToken cancellationToken)
    {
        var csv = CsvWriter.Create(new StreamWriter(path), CsvWriterOptions.Default, leaveOpen: false);
        await using (csv.ConfigureAwait(false))
        {
            csv.WriteRecord((string[])["line", .. Columns, "reasons"]);
            foreach (var (row, errors) in rejected)
            {
                var r = row.Workforce;
                csv.WriteRecord(
                [
                    row.Line.ToString(CultureInfo.InvariantCulture), r.ExternalId, r.DisplayName, r.WorkEmail ?? string.Empty, r.ProfessionalRegistration ?? string.Empty,
                    r.MemberId ?? string.Empty, r.Role, r.ProfessionCode, r.Start.ToString(DateFormat, CultureInfo.InvariantCulture),
                    r.End?.ToString(DateFormat, CultureInfo.InvariantCulture) ?? string.Empty, r.Fte.ToString(CultureInfo.InvariantCulture), r.LinkCode ?? string.Empty,
                    Reasons(errors),
                ]);
                await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The API's reasons in one cell: <c>CODE (column): message; …</c>.</summary>
    public static string Reasons(IReadOnlyList<UserError> errors) =>
        string.Join("; ", errors.Select(e => ColumnOf(e) is { } column ? $"{e.Code} ({column}): {e.Message}" : $"{e.Code}: {e.Message}"));

    /// <summary>The column an error is about: its field path without <c>input.rows.N</c>.</summary>
    private static string? ColumnOf(UserError error) =>
        error.Field is { Count: > 3 } field && field[0] == "input" && field[1] == "rows" ? string.Join('.', field.Skip(3)) : null;

    private static (EmployeeRow? Row, string? Problem) ReadRow(Func<string, string?> field, int line)
    {
        var startText = field("start");
        if (!TryDate(startText, out var start) || start is null)
        {
            return (null, startText is null ? "column start: a date is required (yyyy-MM-dd)." : $"column start: '{startText}' is not a date (yyyy-MM-dd).");
        }

        var endText = field("end");
        if (!TryDate(endText, out var end))
        {
            return (null, $"column end: '{endText}' is not a date (yyyy-MM-dd); leave it empty while the employment goes on.");
        }

        var fteText = field("fte");
        var fte = 1m;
        if (fteText is not null && !decimal.TryParse(fteText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out fte))
        {
            return (null, $"column fte: '{fteText}' is not a number such as 1 or 0.6.");
        }

        // Empty required text goes to the API as it is, which rejects that row (REQUIRED) with the others still synced.
        var row = new WorkforceRow(field("externalId") ?? string.Empty, field("displayName") ?? string.Empty, field("role") ?? string.Empty, field("professionCode") ?? string.Empty, start.Value)
        {
            End = end,
            Fte = fte,
            WorkEmail = field("workEmail"),
            ProfessionalRegistration = field("professionalRegistration"),
            MemberId = field("memberId"),
            LinkCode = field("linkCode"),
        };
        return (new EmployeeRow(line, row), null);
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
