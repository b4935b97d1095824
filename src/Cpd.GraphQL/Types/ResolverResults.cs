namespace Cpd.GraphQL.Types;

/// <summary>Adapts resolver results (tasks of any type) to <see cref="ValueTask{TResult}"/> of object without allocating when already complete.</summary>
internal static class ResolverResults
{
    public static ValueTask<object?> FromTask<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task);

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : Await(task.AsTask());

    public static ValueTask<object?> FromValue(object? value) => new(value);

    private static async ValueTask<object?> Await<T>(Task<T> task) => await task.ConfigureAwait(false);
}
