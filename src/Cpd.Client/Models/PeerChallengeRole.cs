using System.Text.Json.Serialization;
using Cpd.Client.Transport;

namespace Cpd.Client.Models;

/// <summary>The member's side of a peer challenge (GraphQL <c>PeerChallengeRole</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<PeerChallengeRole>))]
public enum PeerChallengeRole
{
    /// <summary>The member reviewed another organisation.</summary>
    Reviewer,

    /// <summary>The member's organisation was reviewed.</summary>
    Host,
}
