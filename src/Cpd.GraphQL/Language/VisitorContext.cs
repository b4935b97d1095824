using System.Collections;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Language;

/// <summary>
/// Where the walker is: the current node's parent, all its ancestors, and its path from the root
/// (property names and list indices, as graphql-js reports them). One instance is reused for the
/// whole walk, so read it during the callback and do not keep it.
/// </summary>
public sealed class VisitorContext
{
    private readonly WalkStack _stack;
    private readonly AncestorList _ancestors;

    internal VisitorContext(WalkStack stack)
    {
        _stack = stack;
        _ancestors = new AncestorList(this);
    }

    /// <summary>The parent of the current node; null for the root.</summary>
    public AstNode? Parent => AncestorCount == 0 ? null : _stack.Frames[AncestorCount - 1].Node;

    /// <summary>The current node's ancestors, root first, parent last.</summary>
    public IReadOnlyList<AstNode> Ancestors => _ancestors;

    /// <summary>The property of the parent that holds the current node (e.g. <c>selectionSet</c>); null for the root.</summary>
    public string? Key { get; private set; }

    /// <summary>The current node's index in the parent's list property, or null when not in a list.</summary>
    public int? Index { get; private set; }

    /// <summary>The number of ancestors (0 for the root).</summary>
    public int Depth => AncestorCount;

    internal int AncestorCount { get; private set; }

    /// <summary>
    /// The path from the root to the current node, e.g. <c>["definitions", 0, "selectionSet",
    /// "selections", 2]</c> (built on each call).
    /// </summary>
    /// <returns>The keys (strings) and indices (ints).</returns>
    public IReadOnlyList<object> GetPath()
    {
        var path = new List<object>();
        for (var i = 1; i < AncestorCount; i++)
        {
            Append(path, _stack.Frames[i].Key, _stack.Frames[i].Index);
        }

        if (AncestorCount > 0)
        {
            Append(path, Key, Index ?? -1);
        }

        return path;
    }

    internal void Set(int ancestorCount, string? key, int index)
    {
        AncestorCount = ancestorCount;
        Key = key;
        Index = index < 0 ? null : index;
    }

    private static void Append(List<object> path, string? key, int index)
    {
        if (key is not null)
        {
            path.Add(key);
        }

        if (index >= 0)
        {
            path.Add(index);
        }
    }

    private sealed class AncestorList(VisitorContext owner) : IReadOnlyList<AstNode>
    {
        public int Count => owner.AncestorCount;

        public AstNode this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfNegative(index);
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
                return owner._stack.Frames[index].Node;
            }
        }

        public IEnumerator<AstNode> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return owner._stack.Frames[i].Node;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
