namespace Cpd.Client.Transport;

/// <summary>A <c>UserError</c> as it is on the wire.</summary>
internal sealed class UserErrorWire
{
    public string? Code { get; set; }

    public string? Message { get; set; }

    public List<string>? Field { get; set; }
}
