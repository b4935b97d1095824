namespace Cpd.Client.Errors;

/// <summary>
/// The base of every exception the client throws for a call that failed (as opposed to input the API rejected,
/// which comes back as <see cref="UserError"/>s in a <see cref="CpdResult{T}"/>).
/// </summary>
public abstract class CpdException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">A stable code (see <see cref="CpdErrorCodes"/>).</param>
    /// <param name="message">What went wrong, in a sentence.</param>
    /// <param name="innerException">The failure underneath, if any.</param>
    protected CpdException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Code = code;
    }

    /// <summary>A stable, machine-readable code: the server's <c>extensions.code</c> or one of <see cref="CpdErrorCodes"/>.</summary>
    public string Code { get; }
}
