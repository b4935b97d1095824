namespace Cpd.GraphQL.AspNetCore.Execution;

/// <summary>
/// The parsed and validated documents, keyed by their text (the dictionary hashes it), least recently used first out.
/// A hit costs one lookup and one move to the front of the recency list, under a lock held for no longer than that.
/// </summary>
internal sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<KeyValuePair<string, CachedDocument>>> _entries;
    private readonly LinkedList<KeyValuePair<string, CachedDocument>> _recency = new();

    public DocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _capacity = capacity;
        _entries = new Dictionary<string, LinkedListNode<KeyValuePair<string, CachedDocument>>>(Math.Min(capacity, 1024), StringComparer.Ordinal);
    }

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

    public bool TryGet(string text, out CachedDocument document)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var node))
            {
                if (!ReferenceEquals(_recency.First, node))
                {
                    _recency.Remove(node);
                    _recency.AddFirst(node);
                }

                document = node.Value.Value;
                return true;
            }
        }

        document = null!;
        return false;
    }

    public void Add(string text, CachedDocument document)
    {
        if (_capacity == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var existing))
            {
                _recency.Remove(existing);
            }
            else if (_entries.Count >= _capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }

            _entries[text] = _recency.AddFirst(new KeyValuePair<string, CachedDocument>(text, document));
        }
    }
}
