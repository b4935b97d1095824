namespace Cpd.Domain.Members;

/// <summary>A professional with a career record.</summary>
public sealed record Member
{
    /// <summary>The longest accepted display name.</summary>
    public const int MaxDisplayNameLength = 200;

    private Member(long id, string displayName)
    {
        Id = id;
        DisplayName = displayName;
    }

    /// <summary>Gets the member's identifier (positive).</summary>
    public long Id { get; }

    /// <summary>Gets the name shown to the member and to those allowed to see their record.</summary>
    public string DisplayName { get; }

    /// <summary>Creates a member.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="displayName">A non-blank name of at most 200 characters.</param>
    /// <returns>The member, or errors coded <see cref="CommonErrors.InvalidId"/>, <see cref="CommonErrors.Required"/>, <see cref="CommonErrors.TooLong"/>.</returns>
    public static Result<Member> Create(long id, string displayName)
    {
        var errors = new ErrorList();
        errors.AddIf(id <= 0, CommonErrors.InvalidId, "id", "The id must be positive.");
        errors.RequireText(displayName, "displayName", MaxDisplayNameLength, CommonErrors.Required, CommonErrors.TooLong);
        return errors.ToResult(() => new Member(id, displayName.Trim()));
    }
}
