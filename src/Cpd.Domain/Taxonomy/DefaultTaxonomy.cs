namespace Cpd.Domain.Taxonomy;

/// <summary>The seeded defaults of <see cref="CareerTaxonomy.Default"/>.</summary>
public static class DefaultTaxonomy
{
    /// <summary>Gets the default sectors of public service.</summary>
    public static IReadOnlyList<TaxonomyTerm> Sectors { get; } =
    [
        new("local-government", "Local government"),
        new("health", "Health"),
        new("social-care", "Social care"),
        new("education", "Education"),
        new("policing", "Policing"),
        new("criminal-justice", "Criminal justice"),
        new("fire-rescue", "Fire and rescue"),
        new("housing", "Housing"),
        new("voluntary-community", "Voluntary and community"),
        new("central-government", "Central government"),
        new("private", "Private"),
    ];

    /// <summary>Gets the default professions.</summary>
    public static IReadOnlyList<TaxonomyTerm> Professions { get; } =
    [
        new("social-work", "Social work"),
        new("nursing", "Nursing"),
        new("medicine", "Medicine"),
        new("finance", "Finance"),
        new("planning", "Planning"),
        new("policing", "Policing"),
        new("teaching", "Teaching"),
        new("public-health", "Public health"),
        new("general-management", "General management"),
        new("housing-management", "Housing management"),
        new("surveying", "Surveying"),
        new("allied-health", "Allied health"),
        new("fire-service", "Fire service"),
        new("probation", "Probation"),
        new("policy", "Policy"),
    ];

    /// <summary>Gets the default learning categories, covering the real bodies' rules (NMC participatory, RICS formal, personal credits, peer reflection).</summary>
    public static IReadOnlyList<TaxonomyTerm> LearningCategories { get; } =
    [
        new("participatory", "Participatory (learning with others)"),
        new("self-directed", "Self-directed"),
        new("formal", "Formal (structured, with outcomes)"),
        new("informal", "Informal"),
        new("personal", "Personal (self-accredited)"),
        new("external", "External"),
        new("internal", "Internal"),
        new("peer-reflection", "Reflection with a peer"),
    ];
}
