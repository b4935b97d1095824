using Cpd.Client.Models;
using Cpd.Client.Transport;
using Cpd.Client.Transport.Wire;

namespace Cpd.Client;

/// <summary>The reference data integrators map their own onto: sectors, professions, organisations.</summary>
public sealed partial class CpdClient
{
    private static readonly GraphQLOperation ListSectorsOperation = new(Documents.ListSectors, nameof(Documents.ListSectors), IsMutation: false);
    private static readonly GraphQLOperation ListProfessionsOperation = new(Documents.ListProfessions, nameof(Documents.ListProfessions), IsMutation: false);
    private static readonly GraphQLOperation GetOrganisationOperation = new(Documents.GetOrganisation, nameof(Documents.GetOrganisation), IsMutation: false);
    private static readonly GraphQLOperation ListOrganisationsOperation = new(Documents.ListOrganisations, nameof(Documents.ListOrganisations), IsMutation: false);

    /// <summary>Lists the sectors (the taxonomy is small, so it comes in one request).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Every sector.</returns>
    public async Task<IReadOnlyList<Sector>> ListSectorsAsync(CancellationToken cancellationToken = default)
    {
        var data = await QueryAsync(ListSectorsOperation, new NoVariables(), CpdJsonContext.Default.NoVariables, CpdJsonContext.Default.SectorsData, cancellationToken)
            .ConfigureAwait(false);
        return data.Sectors ?? [];
    }

    /// <summary>Lists the professions (in one request).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Every profession.</returns>
    public async Task<IReadOnlyList<Profession>> ListProfessionsAsync(CancellationToken cancellationToken = default)
    {
        var data = await QueryAsync(ListProfessionsOperation, new NoVariables(), CpdJsonContext.Default.NoVariables, CpdJsonContext.Default.ProfessionsData, cancellationToken)
            .ConfigureAwait(false);
        return data.Professions ?? [];
    }

    /// <summary>Reads an organisation.</summary>
    /// <param name="organisationId">The organisation's global id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The organisation, or <c>null</c> if there is none with that id.</returns>
    public Task<Organisation?> GetOrganisationAsync(string organisationId, CancellationToken cancellationToken = default) =>
        GetByIdAsync(GetOrganisationOperation, organisationId, CpdJsonContext.Default.OrganisationData, data => data.Organisation, cancellationToken);

    /// <summary>Lists organisations, by name, fetching pages as the caller reads on.</summary>
    /// <param name="where">Which organisations; <c>null</c> for all.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The organisations.</returns>
    public IAsyncEnumerable<Organisation> ListOrganisationsAsync(OrganisationFilter? where = null, CancellationToken cancellationToken = default) =>
        PageAsync(
            ListOrganisationsOperation,
            (first, after) => new OrganisationsVariables(first, after, where),
            CpdJsonContext.Default.OrganisationsVariables,
            CpdJsonContext.Default.OrganisationsData,
            data => data.Organisations,
            cancellationToken);
}
