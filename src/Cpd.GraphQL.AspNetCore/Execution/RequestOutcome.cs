using Cpd.GraphQL.Execution;

namespace Cpd.GraphQL.AspNetCore.Execution;

/// <summary>What became of a request: its result, and whether it was refused before execution.</summary>
/// <param name="Result">The result to send; <see langword="null"/> when the client went away.</param>
/// <param name="Kind">How the request ended.</param>
/// <param name="OperationName">The operation's name, when known (for the log; never variable values).</param>
internal readonly record struct RequestOutcome(ExecutionResult? Result, RequestOutcomeKind Kind, string? OperationName);
