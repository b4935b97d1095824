using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Cpd.Api.Tests.Support;

/// <summary>Keeps every log line with the values of the scopes it was written in, for tests that check what logs carry.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<CapturedLog> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = new Dictionary<string, object?>(StringComparer.Ordinal);
            var texts = new List<string>();
            provider._scopes.ForEachScope((scope, _) =>
            {
                texts.Add(scope?.ToString() ?? "");
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var (key, value) in pairs)
                    {
                        values[key] = value;
                    }
                }
            }, (object?)null);
            provider.Lines.Enqueue(new CapturedLog(category, formatter(state, exception), values, string.Join(" | ", texts), logLevel, exception));
        }
    }
}

public sealed record CapturedLog(string Category, string Message, IReadOnlyDictionary<string, object?> Scope, string ScopeText, LogLevel Level = LogLevel.Information, Exception? Exception = null);
