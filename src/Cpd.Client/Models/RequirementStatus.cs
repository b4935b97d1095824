using System.Text.Json.Serialization;
using Cpd.Client.Transport;

namespace Cpd.Client.Models;

/// <summary>Whether a requirement of a scheme is met (GraphQL <c>RequirementStatus</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<RequirementStatus>))]
public enum RequirementStatus
{
    /// <summary>Not met as of the date checked.</summary>
    NotMet,

    /// <summary>Met as of the date checked.</summary>
    Met,
}
