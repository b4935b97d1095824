namespace Cpd.Client.Tests;

public sealed class CpdClientOptionsTests
{
    public static TheoryData<string, Action<CpdClientOptions>> WrongOptions => new()
    {
        { "Endpoint", o => o.Endpoint = null },
        { "Endpoint", o => o.Endpoint = new Uri("/graphql", UriKind.Relative) },
        { "Endpoint", o => o.Endpoint = new Uri("ftp://cpd.example.org/graphql") },
        { "ApiKey", o => o.ApiKey = null },
        { "ApiKey", o => o.ApiKey = "  " },
        { "ApiKey", o => o.ApiKey = "cpd_key\r\nX-Injected: 1" },
        { "MaxAttempts", o => o.MaxAttempts = 0 },
        { "BaseDelay", o => o.BaseDelay = TimeSpan.FromMilliseconds(-1) },
        { "MaxDelay", o => o.MaxDelay = TimeSpan.FromMilliseconds(1) },
        { "AttemptTimeout", o => o.AttemptTimeout = TimeSpan.Zero },
        { "AttemptTimeout", o => o.AttemptTimeout = Timeout.InfiniteTimeSpan },
        { "WorkforceSyncChunkSize", o => o.WorkforceSyncChunkSize = 0 },
        { "WorkforceSyncChunkSize", o => o.WorkforceSyncChunkSize = 5_001 },
        { "PageSize", o => o.PageSize = 101 },
        { "TimeProvider", o => o.TimeProvider = null! },
    };

    [Theory]
    [MemberData(nameof(WrongOptions))]
    public void Validate_WrongOption_ThrowsArgumentExceptionNamingIt(string option, Action<CpdClientOptions> spoil)
    {
        var options = Valid();
        spoil(options);

        var ex = Should.Throw<ArgumentException>(options.Validate);

        ex.ParamName.ShouldBe(option);
        ex.Message.ShouldContain("CpdClientOptions." + option);
    }

    [Fact]
    public void Validate_Defaults_AreValidOnceEndpointAndKeyAreSet()
    {
        var options = Valid();

        options.Validate();

        options.MaxAttempts.ShouldBe(4);
        options.WorkforceSyncChunkSize.ShouldBe(5_000);
        options.MaxDelay.ShouldBeGreaterThan(options.BaseDelay);
    }

    [Fact]
    public void Constructor_WrongOptions_ThrowsBeforeAnyRequest()
    {
        var ex = Should.Throw<ArgumentException>(() => new CpdClient(new CpdClientOptions { Endpoint = new Uri("http://localhost/graphql") }));

        ex.ParamName.ShouldBe("ApiKey");
    }

    private static CpdClientOptions Valid() => new() { Endpoint = new Uri("https://cpd.example.org/graphql"), ApiKey = "cpd_abc_secret" };
}
