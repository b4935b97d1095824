using Microsoft.Extensions.DependencyInjection;

namespace Cpd.Api.Cli;

/// <summary>
/// Runs a command-line verb (<c>apikey …</c>, <c>migrate</c>) instead of the server. <c>Program.cs</c> calls
/// <see cref="TryRunAsync"/> after building the application and before running it, so that verbs use the same
/// configured services (database, options) as the server; a verb's exit code ends the process.
/// </summary>
public static class CommandLine
{
    // One line per verb: the word on the command line and the method that runs it.
    private static readonly Dictionary<string, Func<CommandContext, CancellationToken, Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        ["apikey"] = Auth.ApiKeyCommand.RunAsync,
    };

    /// <summary>The verbs known.</summary>
    public static IEnumerable<string> VerbNames => Verbs.Keys;

    /// <summary>
    /// Runs the verb named by the first argument, if it is one; null when the arguments name no verb (start the server).
    /// </summary>
    /// <returns>The process's exit code (0 success, 1 the command failed, 2 wrong arguments), or null.</returns>
    public static async Task<int?> TryRunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter? output = null,
        TextWriter? error = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || !Verbs.TryGetValue(args[0], out var run))
        {
            return null;
        }

        var scope = services.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var context = new CommandContext(scope.ServiceProvider, args.Skip(1).ToArray(), output ?? Console.Out, error ?? Console.Error);
            return await run(context, cancellationToken).ConfigureAwait(false);
        }
    }
}
