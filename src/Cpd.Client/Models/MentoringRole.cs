using System.Text.Json.Serialization;
using Cpd.Client.Transport;

namespace Cpd.Client.Models;

/// <summary>The member's side of a mentoring relationship (GraphQL <c>MentoringRole</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<MentoringRole>))]
public enum MentoringRole
{
    /// <summary>The member mentors.</summary>
    Mentor,

    /// <summary>The member is mentored.</summary>
    Mentee,
}
