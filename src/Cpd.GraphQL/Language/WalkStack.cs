using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Language;

/// <summary>The walker's explicit stack: one frame per entered node, children in one shared buffer.</summary>
internal sealed class WalkStack
{
    public Frame[] Frames = new Frame[32];
    public int Count;
    public readonly List<AstChild> Children = [];

    public void Push(AstNode node, string? key, int index)
    {
        if (Count == Frames.Length)
        {
            Array.Resize(ref Frames, Count * 2);
        }

        var start = Children.Count;
        node.CollectChildren(Children);
        Frames[Count++] = new Frame { Node = node, Key = key, Index = index, Cursor = start, ChildStart = start, ChildEnd = Children.Count };
    }

    public void Pop()
    {
        ref var frame = ref Frames[--Count];
        Children.RemoveRange(frame.ChildStart, Children.Count - frame.ChildStart);
        frame = default;
    }

    internal struct Frame
    {
        public AstNode Node;
        public string? Key;
        public int Index;
        public int Cursor;
        public int ChildStart;
        public int ChildEnd;
    }
}
