namespace Cpd.Benchmarks.GraphQL;

/// <summary>A catalogue item of the shared benchmark schema (bench/shared/README.md).</summary>
public sealed class BenchItem(int index)
{
    /// <summary><c>item-&lt;i&gt;</c>.</summary>
    public string Id { get; } = "item-" + index;

    /// <summary><c>Item &lt;i&gt;</c>.</summary>
    public string Name { get; } = "Item " + index;

    /// <summary><c>i * 1.5</c>.</summary>
    public double Price { get; } = index * 1.5;

    /// <summary><c>i % 100</c>.</summary>
    public int Quantity { get; } = index % 100;

    /// <summary><c>i % 2 == 0</c>.</summary>
    public bool Active { get; } = index % 2 == 0;
}
