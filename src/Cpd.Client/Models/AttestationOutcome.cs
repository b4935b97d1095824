using System.Text.Json.Serialization;
using Cpd.Client.Transport;

namespace Cpd.Client.Models;

/// <summary>Whether an attestation confirms or disputes the experience (GraphQL <c>AttestationOutcome</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<AttestationOutcome>))]
public enum AttestationOutcome
{
    /// <summary>The experience happened as recorded.</summary>
    Confirmed,

    /// <summary>The attestor disputes the record.</summary>
    Disputed,
}
