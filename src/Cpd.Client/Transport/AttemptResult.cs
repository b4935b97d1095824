using System.Net;

namespace Cpd.Client.Transport;

/// <summary>What one HTTP attempt got back: the status, the wait the server asked for, and the whole body.</summary>
internal sealed record AttemptResult(HttpStatusCode Status, TimeSpan? RetryAfter, byte[] Body);
