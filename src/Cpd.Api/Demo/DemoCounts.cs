namespace Cpd.Api.Demo;

/// <summary>Counts of what one seeding added (shown in its audit entry).</summary>
internal sealed class DemoCounts
{
    public int Experiences { get; set; }

    public int Attestations { get; set; }

    public int Reflections { get; set; }

    public int Connections { get; set; }

    public int Grants { get; set; }

    public int Applications { get; set; }

    public int Awards { get; set; }

    public override string ToString() =>
        $"{Experiences} experiences, {Attestations} attestations, {Reflections} reflections, {Connections} connections, {Grants} access grants, {Applications} applications, {Awards} awards";
}
