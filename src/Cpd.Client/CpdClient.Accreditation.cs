using Cpd.Client.Errors;
using Cpd.Client.Models;
using Cpd.Client.Transport;
using Cpd.Client.Transport.Wire;

namespace Cpd.Client;

/// <summary>Accreditation: schemes and their versions.</summary>
public sealed partial class CpdClient
{
    private static readonly GraphQLOperation GetSchemeOperation = new(Documents.GetScheme, nameof(Documents.GetScheme), IsMutation: false);

    /// <summary>Reads a scheme with its accrediting body and published versions (any authenticated caller may).</summary>
    /// <param name="schemeId">The scheme's global id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The scheme, or <c>null</c> if there is none with that id.</returns>
    /// <exception cref="CpdGraphQLException">The id is not a scheme's id (coded <c>MALFORMED_ID</c>).</exception>
    public Task<Scheme?> GetSchemeAsync(string schemeId, CancellationToken cancellationToken = default) =>
        GetByIdAsync(GetSchemeOperation, schemeId, CpdJsonContext.Default.SchemeData, data => data.Scheme, cancellationToken);
}
