namespace Cpd.HrSync;

/// <summary>What the sample's exit code means.</summary>
internal static class ExitCodes
{
    /// <summary>Every row was accepted (created, updated or unchanged).</summary>
    public const int Synced = 0;

    /// <summary>At least one row was rejected; the rejected rows and their reasons are in the rejected CSV.</summary>
    public const int RowsRejected = 1;

    /// <summary>The arguments were wrong, or the CSV could not be read (the message names the line and column).</summary>
    public const int BadInput = 2;

    /// <summary>The API could not be reached, refused the key, or refused the sync.</summary>
    public const int ApiFailure = 3;

    /// <summary>Stopped by Ctrl+C (requests already answered stay applied).</summary>
    public const int Cancelled = 130;
}
