using Cpd.GraphQL.Execution;

namespace Cpd.GraphQL.AspNetCore.DataLoaders;

/// <summary>
/// The request's <see cref="IBatchScheduler"/>. While an operation executes, dispatches wait until the executor has
/// no synchronous work left: the executor starts every field it can, each DataLoader collects its keys, and only
/// when the operation is waiting do the batches run. A batch's results complete their fields inline, which queues
/// the next level's keys before the scheduler looks again. Outside an execution a dispatch runs after a yield.
/// </summary>
internal sealed class DataLoaderScope : IBatchScheduler
{
    private readonly Lock _gate = new();
    private List<Func<ValueTask>> _queue = [];
    private TaskCompletionSource? _signal;
    private int _executions;

    public CancellationToken CancellationToken { get; private set; }

    public void Schedule(Func<ValueTask> dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        TaskCompletionSource? signal;
        bool executing;
        lock (_gate)
        {
            _queue.Add(dispatch);
            signal = _signal;
            _signal = null;
            executing = _executions > 0;
        }

        signal?.TrySetResult();
        if (!executing)
        {
            _ = DispatchDetachedAsync();
        }
    }

    /// <summary>
    /// Executes an operation, running the queued dispatches whenever it is waiting, until it completes.
    /// </summary>
    public async ValueTask<ExecutionResult> RunAsync(ExecutionRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _executions++;
            CancellationToken = cancellationToken;
        }

        try
        {
            var execution = Executor.ExecuteAsync(request, cancellationToken);
            if (execution.IsCompleted)
            {
                return await execution.ConfigureAwait(false);
            }

            var task = execution.AsTask();
            while (!task.IsCompleted)
            {
                List<Func<ValueTask>>? work = null;
                TaskCompletionSource? signal = null;
                lock (_gate)
                {
                    if (_queue.Count > 0)
                    {
                        work = _queue;
                        _queue = [];
                    }
                    else
                    {
                        signal = _signal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    }
                }

                if (work is not null)
                {
                    await DispatchAllAsync(work).ConfigureAwait(false);
                }
                else
                {
                    await Task.WhenAny(task, signal!.Task).ConfigureAwait(false);
                }
            }

            return await task.ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                _executions--;
            }
        }
    }

    private static async ValueTask DispatchAllAsync(List<Func<ValueTask>> work)
    {
        if (work.Count == 1)
        {
            await work[0]().ConfigureAwait(false);
            return;
        }

        var running = new Task[work.Count];
        for (var i = 0; i < running.Length; i++)
        {
            running[i] = work[i]().AsTask();
        }

        await Task.WhenAll(running).ConfigureAwait(false);
    }

    private async Task DispatchDetachedAsync()
    {
        await Task.Yield();
        List<Func<ValueTask>> work;
        lock (_gate)
        {
            if (_executions > 0 || _queue.Count == 0)
            {
                return;
            }

            work = _queue;
            _queue = [];
        }

        await DispatchAllAsync(work).ConfigureAwait(false);
    }
}
