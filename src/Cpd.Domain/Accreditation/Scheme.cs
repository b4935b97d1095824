using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Taxonomy;
using NodaTime;

namespace Cpd.Domain.Accreditation;

/// <summary>An accreditation or progression level owned by an accrediting body, with immutable numbered versions.</summary>
public sealed record Scheme
{
    private Scheme(long id, long bodyId, string code, string name, IReadOnlyList<SchemeVersion> versions)
    {
        Id = id;
        BodyId = bodyId;
        Code = code;
        Name = name;
        Versions = versions;
    }

    /// <summary>Gets the scheme's identifier.</summary>
    public long Id { get; }

    /// <summary>Gets the owning body.</summary>
    public long BodyId { get; }

    /// <summary>Gets the scheme's stable kebab-case code.</summary>
    public string Code { get; }

    /// <summary>Gets the scheme's name.</summary>
    public string Name { get; }

    /// <summary>Gets the published versions, version 1 first.</summary>
    public IReadOnlyList<SchemeVersion> Versions { get; }

    /// <summary>Creates a scheme without versions.</summary>
    /// <param name="id">A positive identifier.</param>
    /// <param name="bodyId">The owning body.</param>
    /// <param name="code">A kebab-case code.</param>
    /// <param name="name">The name.</param>
    /// <returns>The scheme or field errors.</returns>
    public static Result<Scheme> Create(long id, long bodyId, string code, string name)
    {
        var errors = new ErrorList();
        errors.AddIf(id <= 0, CommonErrors.InvalidId, "id", "The id must be positive.");
        errors.AddIf(bodyId <= 0, CommonErrors.InvalidId, "bodyId", "The body id must be positive.");
        errors.AddIf(!CareerTaxonomy.IsWellFormedCode(code), TaxonomyErrors.InvalidCode, "code", $"'{code}' is not a lower-case kebab-case code.");
        errors.RequireText(name, "name", 300, CommonErrors.Required, CommonErrors.TooLong);
        return errors.ToResult(() => new Scheme(id, bodyId, code, name.Trim(), []));
    }

    /// <summary>Returns the version that applies on <paramref name="date"/>: the latest one effective on or before it.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The version, or <see langword="null"/> before the first takes effect.</returns>
    public SchemeVersion? VersionOn(LocalDate date)
    {
        SchemeVersion? current = null;
        foreach (var v in Versions)
        {
            if (v.EffectiveFrom <= date)
            {
                current = v;
            }
        }

        return current;
    }

    /// <summary>Publishes the next version, after validating its requirement tree.</summary>
    /// <param name="effectiveFrom">The first day it applies; not before the previous version's.</param>
    /// <param name="validity">How long awards under it are valid (a positive date period such as <c>P3Y</c>).</param>
    /// <param name="requirement">The requirement tree.</param>
    /// <param name="taxonomy">The taxonomy that categories must belong to.</param>
    /// <param name="isKnownScheme">Tells whether a scheme code exists, or <see langword="null"/> to accept any well-formed code.</param>
    /// <returns>The scheme with the new version appended, or field errors (paths under <c>requirement</c>).</returns>
    public Result<Scheme> Publish(LocalDate effectiveFrom, Period validity, Requirement requirement, CareerTaxonomy taxonomy, Func<string, bool>? isKnownScheme = null)
    {
        ArgumentNullException.ThrowIfNull(taxonomy);
        var errors = new ErrorList();
        foreach (var e in RequirementValidator.Validate(requirement, taxonomy, isKnownScheme))
        {
            errors.Add(e.Code, e.Field, e.Message);
        }

        errors.AddIf(validity is null || !RequirementValidator.IsPeriodValid(validity), AccreditationErrors.BadValidity, "validity", "The validity must be a positive date period such as P3Y.");
        if (Versions.Count > 0 && effectiveFrom < Versions[^1].EffectiveFrom)
        {
            errors.Add(AccreditationErrors.EffectiveBeforePrevious, "effectiveFrom", $"Version {Versions.Count + 1} cannot take effect before version {Versions.Count} ({DateText.Iso(Versions[^1].EffectiveFrom)}).");
        }

        return errors.ToResult(() => new Scheme(Id, BodyId, Code, Name,
            [.. Versions, new SchemeVersion(Id, Code, Name, Versions.Count + 1, effectiveFrom, validity!, requirement)]));
    }
}
