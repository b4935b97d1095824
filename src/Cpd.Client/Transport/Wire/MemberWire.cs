using Cpd.Client.Models;

namespace Cpd.Client.Transport.Wire;

/// <summary>A mutation's variables: its one <c>input</c>.</summary>
internal sealed record InputVariables<TInput>(TInput Input);

/// <summary>A mutation's data, its field aliased <c>payload</c> so that one shape serves every mutation returning the same payload.</summary>
internal sealed class MutationData<TPayload>
    where TPayload : class
{
    public TPayload? Payload { get; set; }
}

internal sealed class ExperiencePayload : IPayloadWire
{
    public Experience? Experience { get; set; }

    public List<UserErrorWire>? Errors { get; set; }
}

internal sealed record MembersVariables(int First, string? After, MemberFilter? Where);

internal sealed class MemberData
{
    public Member? Member { get; set; }
}

internal sealed class MembersData
{
    public ConnectionWire<MemberSummary>? Members { get; set; }
}

internal sealed class SchemeData
{
    public Scheme? Scheme { get; set; }
}

internal sealed class EmploymentPayload : IPayloadWire
{
    public Employment? Employment { get; set; }

    public List<UserErrorWire>? Errors { get; set; }
}
