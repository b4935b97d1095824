namespace Cpd.Client;

/// <summary>
/// Every GraphQL document the typed operations send, in one place, so that a contract test can validate each one
/// against the API's schema. Each operation is named after its constant; constants ending in <c>Fields</c> are
/// fragments the operations include.
/// </summary>
internal static class Documents
{
    public const string OrganisationFields = """
        fragment OrganisationFields on Organisation { id name sector { code name } placeCode }
        """;

    public const string ListSectors = """
        query ListSectors { sectors { code name } }
        """;

    public const string ListProfessions = """
        query ListProfessions { professions { code name } }
        """;

    public const string GetOrganisation = """
        query GetOrganisation($id: ID!) { organisation(id: $id) { ...OrganisationFields } }
        """ + OrganisationFields;

    public const string ListOrganisations = """
        query ListOrganisations($first: Int!, $after: String, $where: OrganisationFilterInput) {
          organisations(first: $first, after: $after, where: $where) {
            nodes { ...OrganisationFields }
            pageInfo { hasNextPage endCursor }
          }
        }
        """ + OrganisationFields;
}
