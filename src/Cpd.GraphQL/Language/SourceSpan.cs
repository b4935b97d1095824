namespace Cpd.GraphQL.Language;

/// <summary>
/// A node's span as the parser records it: offsets and source inline in the node, so parsing
/// allocates no <see cref="Location"/> objects (they are created when asked for). A default span
/// (no source) means the node has no location.
/// </summary>
internal readonly record struct SourceSpan(int Start, int End, Source? Source);
