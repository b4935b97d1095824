namespace Cpd.Api.Demo;

/// <summary>Where a demo person stands against the reference scheme's version in force on the day the demo is seeded.</summary>
public enum DemoProfile
{
    /// <summary>Meets every requirement today.</summary>
    Eligible = 1,

    /// <summary>Not yet, but an ongoing or planned experience makes them eligible within a year (a projected <c>eligibleFrom</c>).</summary>
    Close = 2,

    /// <summary>Missing something nothing recorded will supply (no <c>eligibleFrom</c> within the horizon).</summary>
    Far = 3,
}
