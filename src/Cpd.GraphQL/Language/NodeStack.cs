using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Language;

/// <summary>
/// The parser's one stack for every list it builds: a list's items are pushed above a mark and popped into an exactly
/// sized array, so no <see cref="List{T}"/> is allocated per list. Each thread keeps one stack between parses.
/// </summary>
internal sealed class NodeStack
{
    // A stack grown past this by a huge document is dropped rather than kept for the thread's next parse.
    private const int MaxKeptLength = 4096;

    [ThreadStatic]
    private static NodeStack? _cached;

    private Entry[] _items = new Entry[64];
    private int _count;
    private int _highWater;

    /// <summary>The number of nodes on the stack: the mark to pass to <see cref="Pop{T}(int)"/>.</summary>
    public int Count => _count;

    /// <summary>The calling thread's stack, or a new one when it is in use (or was lost to an exception).</summary>
    public static NodeStack Rent()
    {
        var stack = _cached;
        if (stack is null)
        {
            return new NodeStack();
        }

        _cached = null;
        return stack;
    }

    /// <summary>Gives the stack back to the thread, dropping the references it held so that no old tree is kept alive.</summary>
    public void Return()
    {
        if (_items.Length > MaxKeptLength)
        {
            return;
        }

        Array.Clear(_items, 0, Math.Max(_highWater, _count));
        _count = 0;
        _highWater = 0;
        _cached = this;
    }

    /// <summary>Pushes a node.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(AstNode node)
    {
        var items = _items;
        var count = _count;
        if ((uint)count < (uint)items.Length)
        {
            items[count].Node = node;
            _count = count + 1;
        }
        else
        {
            Grow(node);
        }
    }

    /// <summary>Pops the nodes pushed since <paramref name="mark"/> into an array, in push order.</summary>
    /// <typeparam name="T">The type of every node pushed since the mark.</typeparam>
    public T[] Pop<T>(int mark)
        where T : AstNode
    {
        var count = _count - mark;
        if (count == 0)
        {
            return [];
        }

        _highWater = Math.Max(_highWater, _count);
        var items = new T[count];

        // The parser pushed only Ts above the mark, so the entries are copied as one block of references: no cast and no
        // array covariance check per item.
        var target = MemoryMarshal.CreateSpan(ref Unsafe.As<T, Entry>(ref MemoryMarshal.GetArrayDataReference(items)), count);
        _items.AsSpan(mark, count).CopyTo(target);
        _count = mark;
        return items;
    }

    private void Grow(AstNode node)
    {
        Array.Resize(ref _items, _items.Length * 2);
        _items[_count++].Node = node;
    }

    // A reference wrapped in a struct: storing it into the array needs no covariance check, unlike storing into AstNode[].
    private struct Entry
    {
        public AstNode Node;
    }
}
