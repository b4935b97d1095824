namespace Cpd.Domain.Accreditation;

/// <summary>An organisation that owns accreditation or progression schemes and whose assessors decide applications.</summary>
public sealed record AccreditingBody
{
    private AccreditingBody(long id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>Gets the body's identifier.</summary>
    public long Id { get; }

    /// <summary>Gets the body's name.</summary>
    public string Name { get; }

    /// <summary>Creates an accrediting body.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="name">The name.</param>
    /// <returns>The body or field errors.</returns>
    public static Result<AccreditingBody> Create(long id, string name)
    {
        var errors = new ErrorList();
        errors.AddIf(id <= 0, CommonErrors.InvalidId, "id", "The id must be positive.");
        errors.RequireText(name, "name", 300, CommonErrors.Required, CommonErrors.TooLong);
        return errors.ToResult(() => new AccreditingBody(id, name.Trim()));
    }
}
