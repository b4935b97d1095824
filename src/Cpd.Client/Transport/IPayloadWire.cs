namespace Cpd.Client.Transport;

/// <summary>A mutation payload as it is on the wire: whatever result fields it has, and <c>errors</c>.</summary>
internal interface IPayloadWire
{
    List<UserErrorWire>? Errors { get; }
}
