using FsCheck;
using FsCheck.Fluent;

namespace Cpd.Domain.Tests.Properties;

/// <summary>Runs an FsCheck property over 1,000 generated cases, throwing (with the shrunk counter-example) on failure.</summary>
public static class PropertyChecks
{
    public const int Cases = 1_000;

    private static readonly Config Thousand = Config.QuickThrowOnFailure.WithMaxTest(Cases).WithQuietOnSuccess(true);

    public static void ForAll<T>(Gen<T> cases, Action<T> assertion) => Check.One(Thousand, Prop.ForAll(cases.ToArbitrary(), assertion));
}
