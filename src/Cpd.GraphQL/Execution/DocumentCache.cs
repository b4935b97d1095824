using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Execution;

/// <summary>
/// A least-recently-used cache of documents by their text (hashed by the dictionary, compared in full so that two
/// texts never share an entry): the parsed document when it is valid, the request errors when it is not.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string text, out Entry entry)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var node))
            {
                if (node != _recency.First)
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                }

                entry = node.Value;
                return true;
            }
        }

        entry = default;
        return false;
    }

    public void Add(string text, Entry entry)
    {
        if (capacity == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_entries.ContainsKey(text))
            {
                return;
            }

            if (_entries.Count >= capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Text);
            }

            _entries.Add(text, _recency.AddFirst(entry));
        }
    }

    /// <summary>A cached document: valid (<see cref="Document"/>) or rejected (<see cref="Errors"/>).</summary>
    public readonly record struct Entry(string Text, DocumentNode? Document, IReadOnlyList<GraphQLError>? Errors);
}
