using Microsoft.Extensions.Logging;

namespace Cpd.GraphQL.AspNetCore.Tests.Support;

/// <summary>A logger provider that keeps every entry with its structured state, for assertions.</summary>
internal sealed class LogCollector : ILoggerProvider
{
    private readonly List<LogEntry> _entries = [];

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    internal sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, IReadOnlyDictionary<string, object?> State, Exception? Exception = null);

    private sealed class Logger(LogCollector owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            var entry = new LogEntry(category, logLevel, eventId, formatter(state, exception), values.ToDictionary(p => p.Key, p => p.Value), exception);
            lock (owner._entries)
            {
                owner._entries.Add(entry);
            }
        }
    }
}
