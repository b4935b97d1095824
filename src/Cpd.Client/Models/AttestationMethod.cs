using System.Text.Json.Serialization;
using Cpd.Client.Transport;

namespace Cpd.Client.Models;

/// <summary>How an experience was attested (GraphQL <c>AttestationMethod</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<AttestationMethod>))]
public enum AttestationMethod
{
    /// <summary>By the organisation that hosted it (its HR system).</summary>
    HostOrganisation,

    /// <summary>By the counterpart (a mentor, mentee or peer).</summary>
    Counterpart,

    /// <summary>Through a link sent to someone outside Cpd.</summary>
    ExternalLink,

    /// <summary>By an assessor of an accrediting body.</summary>
    Assessor,
}
