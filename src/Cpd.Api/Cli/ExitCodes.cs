namespace Cpd.Api.Cli;

/// <summary>The exit codes of the command-line verbs.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The command was understood but could not be done (e.g. the member does not exist).</summary>
    public const int Failed = 1;

    /// <summary>The arguments were wrong; the usage was printed.</summary>
    public const int Usage = 2;
}
