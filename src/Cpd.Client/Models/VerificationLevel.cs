using System.Text.Json.Serialization;
using Cpd.Client.Transport;

namespace Cpd.Client.Models;

/// <summary>How well an experience is confirmed, lowest first (GraphQL <c>VerificationLevel</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<VerificationLevel>))]
public enum VerificationLevel
{
    /// <summary>Declared by the member only.</summary>
    SelfDeclared,

    /// <summary>Confirmed by the host organisation or the counterpart.</summary>
    Attested,

    /// <summary>Confirmed by an accrediting body's assessor.</summary>
    Verified,
}
