namespace Cpd.GraphQL.Types;

/// <summary>An immutable path into the response (field names and list indices), shared by parent and child fields.</summary>
public sealed class ResultPath
{
    private ResultPath(ResultPath? parent, object key, int depth)
    {
        Parent = parent;
        Key = key;
        Depth = depth;
    }

    /// <summary>The enclosing path, or <see langword="null"/> at the root.</summary>
    public ResultPath? Parent { get; }

    /// <summary>The last segment: a response key (<see cref="string"/>) or a list index (<see cref="int"/>).</summary>
    public object Key { get; }

    /// <summary>The number of segments.</summary>
    public int Depth { get; }

    /// <summary>A path of one field name.</summary>
    /// <param name="responseKey">The field's response key.</param>
    /// <returns>The path.</returns>
    public static ResultPath Root(string responseKey) => new(null, responseKey, 1);

    /// <summary>Appends a response key.</summary>
    /// <param name="responseKey">The key.</param>
    /// <returns>The longer path.</returns>
    public ResultPath Append(string responseKey) => new(this, responseKey, Depth + 1);

    /// <summary>Appends a list index.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The longer path.</returns>
    public ResultPath Append(int index) => new(this, index, Depth + 1);

    /// <summary>The segments from the root (strings and ints), as in a GraphQL error's <c>path</c>.</summary>
    /// <returns>A new list.</returns>
    public IReadOnlyList<object> ToList()
    {
        var items = new object[Depth];
        for (var p = this; p is not null; p = p.Parent)
        {
            items[p.Depth - 1] = p.Key;
        }

        return items;
    }

    /// <summary>The path as <c>a.b[0].c</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Concat(ToList().Select((k, i) => k is int n ? "[" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]" : (i == 0 ? string.Empty : ".") + k));
}
