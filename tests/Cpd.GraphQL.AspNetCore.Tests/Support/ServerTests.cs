namespace Cpd.GraphQL.AspNetCore.Tests.Support;

/// <summary>A test class whose tests each get a fresh <see cref="LoopbackServer"/> with the default options.</summary>
public abstract class ServerTests : IAsyncLifetime
{
    internal LoopbackServer Server { get; private set; } = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync() => Server = await LoopbackServer.StartAsync();

    /// <inheritdoc/>
    public async Task DisposeAsync() => await Server.DisposeAsync();
}
