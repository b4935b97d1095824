using Cpd.Api.Persistence.Serialization;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Schema.Accreditation;

/// <summary><c>SchemeVersion.requirement</c>: the requirement tree as typed objects.</summary>
[ExtendObjectType(typeof(SchemeVersion))]
public sealed class SchemeVersionFields
{
    /// <summary>The requirement tree.</summary>
    [GraphQLDescription("The requirement tree as typed nodes (requirementJson has the same tree as JSON).")]
    public RequirementNode GetRequirement([Parent] SchemeVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return RequirementNode.From(RequirementJson.Deserialize(version.RequirementJson));
    }
}
