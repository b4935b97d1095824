using Cpd.Client.Models;

namespace Cpd.HrSync;

/// <summary>A row of the HR export: its line in the file, and the workforce row it becomes.</summary>
/// <param name="Line">The line number in the CSV (the header is line 1).</param>
/// <param name="Workforce">The row as the client sends it.</param>
internal sealed record EmployeeRow(int Line, WorkforceRow Workforce);
