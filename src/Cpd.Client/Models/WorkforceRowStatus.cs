using System.Text.Json.Serialization;
using Cpd.Client.Transport;

namespace Cpd.Client.Models;

/// <summary>What a workforce sync did with one row (GraphQL <c>WorkforceRowStatus</c>).</summary>
[JsonConverter(typeof(UpperSnakeEnumConverter<WorkforceRowStatus>))]
public enum WorkforceRowStatus
{
    /// <summary>A new member or employment was created.</summary>
    Created,

    /// <summary>The member or employment existed and was changed.</summary>
    Updated,

    /// <summary>The row matched what was stored; nothing was written.</summary>
    Unchanged,

    /// <summary>The row was rejected (see its errors); nothing was written for it.</summary>
    Rejected,
}
