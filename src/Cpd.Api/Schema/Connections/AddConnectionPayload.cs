using Cpd.Api.Schema.Common;
using Cpd.Api.Schema.Members;

namespace Cpd.Api.Schema.Connections;

/// <summary>The result of <c>addConnection</c>.</summary>
/// <param name="Connection">The contact added; null when rejected.</param>
public sealed record AddConnectionPayload(Contact? Connection) : Payload;
