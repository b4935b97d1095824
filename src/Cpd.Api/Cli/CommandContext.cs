namespace Cpd.Api.Cli;

/// <summary>What a command-line verb runs with: the application's services (in a scope of its own), its arguments after the verb, and where to write.</summary>
/// <param name="Services">The services, scoped to this run.</param>
/// <param name="Arguments">The arguments after the verb.</param>
/// <param name="Output">Where results go (standard output).</param>
/// <param name="Error">Where errors go (standard error).</param>
public sealed record CommandContext(IServiceProvider Services, IReadOnlyList<string> Arguments, TextWriter Output, TextWriter Error);
