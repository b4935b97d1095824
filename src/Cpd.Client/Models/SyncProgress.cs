namespace Cpd.Client.Models;

/// <summary>How far a workforce sync is, reported after each request.</summary>
/// <param name="RowsProcessed">Rows the API has answered for so far.</param>
/// <param name="TotalRows">All rows, when the input's size is known up front (a collection); otherwise <c>null</c>.</param>
/// <param name="Created">Rows created so far.</param>
/// <param name="Updated">Rows updated so far.</param>
/// <param name="Unchanged">Rows unchanged so far.</param>
/// <param name="Rejected">Rows rejected so far.</param>
public sealed record SyncProgress(int RowsProcessed, int? TotalRows, int Created, int Updated, int Unchanged, int Rejected);
