using Cpd.Client.Models;

namespace Cpd.Client.Transport.Wire;

internal sealed record NoVariables;

internal sealed record IdVariables(string Id);

internal sealed record OrganisationsVariables(int First, string? After, OrganisationFilter? Where);

internal sealed class SectorsData
{
    public List<Sector>? Sectors { get; set; }
}

internal sealed class ProfessionsData
{
    public List<Profession>? Professions { get; set; }
}

internal sealed class OrganisationData
{
    public Organisation? Organisation { get; set; }
}

internal sealed class OrganisationsData
{
    public ConnectionWire<Organisation>? Organisations { get; set; }
}
