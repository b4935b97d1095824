using Cpd.Api.Auth;

namespace Cpd.Api.Demo;

/// <summary>A key the demo issued at start: its role, whom it speaks for, and the key text (shown once).</summary>
internal sealed record DemoKey(CallerRole Role, string Who, string Key);
