using System.Text.Json.Serialization;
using Cpd.Client.Transport;

namespace Cpd.Client.Models;

/// <summary>The unit a requirement is measured in (GraphQL <c>MeasureUnit</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<MeasureUnit>))]
public enum MeasureUnit
{
    /// <summary>FTE-weighted days.</summary>
    FteDays,

    /// <summary>A number of things (experiences, sectors, …).</summary>
    Count,

    /// <summary>Hours of learning.</summary>
    Hours,

    /// <summary>A share between 0 and 1.</summary>
    Share,

    /// <summary>Calendar days.</summary>
    Days,
}
