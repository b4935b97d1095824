using Cpd.Api.Schema.Access;
using Cpd.Api.Schema.Accreditation;
using Cpd.Api.Schema.Admin;
using Cpd.Api.Schema.Applications;
using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Connections;
using Cpd.Api.Schema.Employments;
using Cpd.Api.Schema.Experiences;
using Cpd.Api.Schema.Lessons;
using Cpd.Api.Schema.LinkCodes;
using Cpd.Api.Schema.Members;
using Cpd.Api.Schema.Organisations;
using Cpd.Api.Schema.Reflections;
using Cpd.Api.Schema.Taxonomy;
using Cpd.Api.Schema.Workforce;

namespace Cpd.Api.Schema;

/// <summary>The one list of the schema's features: a feature adds one line here calling its own <c>Add…</c> method.</summary>
internal static class CpdSchema
{
    public static void AddFeatures(CpdSchemaBuilder schema)
    {
        schema.AddTypeExtension<NodeQueries>();
        schema.AddTaxonomy();
        schema.AddOrganisations();
        schema.AddAccreditingBodies();
        schema.AddSchemes();
        schema.AddProgression();
        schema.AddApplications();
        schema.AddAdmin();
        schema.AddExperienceMutations();
        schema.AddWorkforce();
        schema.AddEmployments();
        schema.AddMembers();
        schema.AddExperiences();
        schema.AddAttestation();
        schema.AddReflections();
        schema.AddConnections();
        schema.AddAccessGrants();
        schema.AddLessons();
        schema.AddEmployerLinkCodes();
    }
}
