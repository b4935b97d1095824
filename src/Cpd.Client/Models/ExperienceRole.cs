using System.Text.Json.Serialization;
using Cpd.Client.Transport;

namespace Cpd.Client.Models;

/// <summary>The member's side of a mentoring relationship or a peer challenge (GraphQL <c>ExperienceRole</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<ExperienceRole>))]
public enum ExperienceRole
{
    /// <summary>The member mentored.</summary>
    Mentor,

    /// <summary>The member was mentored.</summary>
    Mentee,

    /// <summary>The member reviewed another organisation.</summary>
    Reviewer,

    /// <summary>The member's organisation was reviewed.</summary>
    Host,
}
