using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Execution;

/// <summary>
/// Where a value goes in the response: a field of a parent path or an item of a list. The <see cref="ResultPath"/> is
/// only built when something needs it (a resolver context, an error, children), so property reads allocate no path.
/// </summary>
internal readonly struct Position
{
    private readonly ResultPath? _parent;
    private readonly string? _key;
    private readonly int _index;
    private readonly ResultPath? _path;

    private Position(ResultPath? parent, string? key, int index, ResultPath? path)
    {
        _parent = parent;
        _key = key;
        _index = index;
        _path = path;
    }

    public static Position Field(ResultPath? parent, string responseKey) => new(parent, responseKey, 0, null);

    public static Position Item(ResultPath list, int index) => new(list, null, index, null);

    public static Position At(ResultPath path) => new(null, null, 0, path);

    public ResultPath Resolve() =>
        _path ?? (_key is not null
            ? _parent?.Append(_key) ?? ResultPath.Root(_key)
            : _parent!.Append(_index));
}
