namespace Cpd.Api.Operations;

/// <summary>How <c>Idempotency-Key</c> works, bound from <c>Idempotency</c>.</summary>
public sealed class IdempotencyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Idempotency";

    /// <summary>The header's name.</summary>
    public const string HeaderName = "Idempotency-Key";

    /// <summary>The header set on a replayed response.</summary>
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    /// <summary>The longest key accepted.</summary>
    public const int MaxKeyLength = 200;

    /// <summary>How long a key is remembered after its first use (default 24 hours; never less).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a key stays claimed by a request that never finished (its process died before answering); afterwards a
    /// retry may run again. Default 5 minutes, well beyond the GraphQL execution timeout.
    /// </summary>
    public TimeSpan InFlightTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often expired keys are deleted (default hourly).</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The GraphQL endpoint's path whose POSTed mutations are made idempotent (default <c>/graphql</c>).</summary>
    public string Path { get; set; } = "/graphql";
}
