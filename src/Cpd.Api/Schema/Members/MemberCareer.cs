using Cpd.Domain.Careers;
using Cpd.Domain.Taxonomy;

namespace Cpd.Api.Schema.Members;

/// <summary>A member's whole career as the domain sees it, with the taxonomy it was built against (for names of codes).</summary>
/// <param name="Career">The career.</param>
/// <param name="Taxonomy">The taxonomy.</param>
public sealed record MemberCareer(Career Career, CareerTaxonomy Taxonomy);
