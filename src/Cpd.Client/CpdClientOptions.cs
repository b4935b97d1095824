namespace Cpd.Client;

/// <summary>
/// Where the Cpd API is, who is calling, and how hard to retry. Set the properties, then hand the options to
/// <see cref="CpdClient"/> or to <c>services.AddCpdClient(o =&gt; …)</c>; <see cref="Validate"/> runs before the
/// first request and names the option that is wrong.
/// </summary>
public sealed class CpdClientOptions
{
    /// <summary>The most rows the API accepts in one <c>syncWorkforce</c> request (5,000).</summary>
    public const int MaxWorkforceSyncChunkSize = 5_000;

    /// <summary>The GraphQL endpoint, an absolute <c>http</c> or <c>https</c> address such as <c>https://cpd.example.org/graphql</c>. Required.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The API key issued by the Cpd API (<c>cpd_…</c>), sent as <c>Authorization: Bearer</c>. Required.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How many times one logical call is sent at most, the first attempt included (1 = no retry). Default 4.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The wait before the first retry; each further retry doubles it, with jitter. Default 200 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The longest wait between two attempts. A <c>Retry-After</c> the server asks for is honoured up to this long;
    /// when the server asks for more, the call fails at once rather than waiting past it. Default 30 s.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take before it is abandoned and, attempts permitting, retried. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many rows one <c>syncWorkforce</c> request carries; larger inputs are sent in chunks of this size. At most,
    /// and by default, <see cref="MaxWorkforceSyncChunkSize"/> (the API's per-request limit); smaller chunks report progress more often.
    /// </summary>
    public int WorkforceSyncChunkSize { get; set; } = MaxWorkforceSyncChunkSize;

    /// <summary>How many items one page of a paged list asks for (the API allows at most 100). Default 50.</summary>
    public int PageSize { get; set; } = 50;

    /// <summary>The clock that schedules the waits between attempts (tests pass one that does not really wait). Default <see cref="TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Serialization metadata (a source-generated <c>JsonSerializerContext</c>) for the types you pass to and get from
    /// <see cref="CpdClient.ExecuteAsync{T}(string, IReadOnlyDictionary{string, object?}?, CancellationToken)"/>. Optional.
    /// </summary>
    public System.Text.Json.Serialization.Metadata.IJsonTypeInfoResolver? TypeInfoResolver { get; set; }

    /// <summary>Called before each retry with what failed and how long the client will wait; for logging and metrics. Optional.</summary>
    public Action<CpdRetryAttempt>? OnRetry { get; set; }

    /// <summary>Checks every option and throws for the first one that is wrong.</summary>
    /// <exception cref="ArgumentException">An option is missing or out of range; <see cref="ArgumentException.ParamName"/> names it.</exception>
    public void Validate()
    {
        if (Endpoint is null)
        {
            throw new ArgumentException("CpdClientOptions.Endpoint is required: the address of the Cpd GraphQL endpoint.", nameof(Endpoint));
        }

        if (!Endpoint.IsAbsoluteUri || (Endpoint.Scheme != Uri.UriSchemeHttp && Endpoint.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"CpdClientOptions.Endpoint must be an absolute http or https address; '{Endpoint}' is not.", nameof(Endpoint));
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException("CpdClientOptions.ApiKey is required: the API key the Cpd API issued to this system.", nameof(ApiKey));
        }

        if (ApiKey.AsSpan().IndexOfAny('\r', '\n') >= 0 || ApiKey.Trim().Length != ApiKey.Length)
        {
            throw new ArgumentException("CpdClientOptions.ApiKey must not contain line breaks or surrounding spaces.", nameof(ApiKey));
        }

        RequireRange(MaxAttempts, 1, 100, nameof(MaxAttempts));
        RequireRange(WorkforceSyncChunkSize, 1, MaxWorkforceSyncChunkSize, nameof(WorkforceSyncChunkSize));
        RequireRange(PageSize, 1, 100, nameof(PageSize));
        RequirePositive(BaseDelay, nameof(BaseDelay), allowZero: true);
        RequirePositive(MaxDelay, nameof(MaxDelay), allowZero: true);
        RequirePositive(AttemptTimeout, nameof(AttemptTimeout), allowZero: false);
        if (MaxDelay < BaseDelay)
        {
            throw new ArgumentException($"CpdClientOptions.MaxDelay ({MaxDelay}) must not be shorter than BaseDelay ({BaseDelay}).", nameof(MaxDelay));
        }

        if (TimeProvider is null)
        {
            throw new ArgumentException("CpdClientOptions.TimeProvider must not be null.", nameof(TimeProvider));
        }
    }

    /// <summary>A copy, so that a client is not affected by later changes to the options it was built with.</summary>
    internal CpdClientOptions Clone() => (CpdClientOptions)MemberwiseClone();

    private static void RequireRange(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentException($"CpdClientOptions.{name} must be between {min} and {max}; it is {value}.", name);
        }
    }

    private static void RequirePositive(TimeSpan value, string name, bool allowZero)
    {
        if (value < TimeSpan.Zero || (!allowZero && value == TimeSpan.Zero) || value == Timeout.InfiniteTimeSpan || value > TimeSpan.FromDays(1))
        {
            throw new ArgumentException($"CpdClientOptions.{name} must be {(allowZero ? "zero or more" : "more than zero")} and at most a day; it is {value}.", name);
        }
    }
}
