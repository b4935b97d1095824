using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Cpd.Api.Persistence.Converters;

/// <summary>Compares string lists by content so that changing an element (not only replacing the list) is saved.</summary>
public sealed class StringListComparer() : ValueComparer<List<string>>(
    (a, b) => a == null ? b == null : b != null && a.SequenceEqual(b),
    l => l.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode(StringComparison.Ordinal))),
    l => l.ToList());
