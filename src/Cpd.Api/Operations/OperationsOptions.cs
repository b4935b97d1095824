namespace Cpd.Api.Operations;

/// <summary>Operational settings, bound from <c>Operations</c>.</summary>
public sealed class OperationsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Operations";

    /// <summary>How long a stopping server waits for requests in flight to finish before it cuts them off (default 30 seconds).</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
