using System.Text.Json.Serialization;
using Cpd.Client.Transport;

namespace Cpd.Client.Models;

/// <summary>A dimension in which an experience can differ from the member's home (GraphQL <c>Boundary</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<Boundary>))]
public enum Boundary
{
    /// <summary>A different sector.</summary>
    Sector,

    /// <summary>A different organisation.</summary>
    Organisation,

    /// <summary>A different profession.</summary>
    Profession,

    /// <summary>A different place (local area).</summary>
    Place,
}
