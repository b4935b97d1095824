using System.Reflection;

namespace Cpd.Api.Tests.Auth.Matrix;

/// <summary>
/// The probe of every row of <c>authorization-matrix.csv</c>, keyed like the row (<c>Type.field</c> or
/// <c>Type.field:case</c>). Each feature area keeps its probes in its own file, <c>MatrixProbes.&lt;Area&gt;.cs</c>, as one
/// static field of type <c>Dictionary&lt;string, MatrixProbe&gt;</c>; every such field of this class is collected, so a
/// new area needs no other line.
/// </summary>
internal static partial class MatrixProbes
{
    private static readonly Lazy<IReadOnlyDictionary<string, MatrixProbe>> Collected = new(Collect);

    /// <summary>Every probe, by key.</summary>
    public static IReadOnlyDictionary<string, MatrixProbe> All => Collected.Value;

    private static Dictionary<string, MatrixProbe> Collect()
    {
        var all = new Dictionary<string, MatrixProbe>(StringComparer.Ordinal);
        foreach (var field in typeof(MatrixProbes).GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
                     .Where(f => f.FieldType == typeof(Dictionary<string, MatrixProbe>)))
        {
            foreach (var (key, probe) in (Dictionary<string, MatrixProbe>)field.GetValue(null)!)
            {
                if (!all.TryAdd(key, probe))
                {
                    throw new InvalidOperationException($"The probe {key} is defined twice (again in MatrixProbes.{field.Name}).");
                }
            }
        }

        return all;
    }
}
