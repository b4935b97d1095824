using System.Collections.Concurrent;

namespace Cpd.Client.Tests.Support;

/// <summary>
/// A clock for the waits between attempts that records every wait asked for and ends it at once, so that tests see
/// the exact backoff without waiting for it. With <c>holdWaits</c> the waits never end (to cancel during one).
/// </summary>
internal sealed class RecordingTimeProvider(bool holdWaits = false) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _waits = new();
    private readonly TaskCompletionSource _firstWait = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<TimeSpan> Waits => [.. _waits];

    public Task FirstWait => _firstWait.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _waits.Enqueue(dueTime);
            _firstWait.TrySetResult();
        }

        return base.CreateTimer(callback, state, holdWaits ? Timeout.InfiniteTimeSpan : TimeSpan.Zero, period);
    }
}
