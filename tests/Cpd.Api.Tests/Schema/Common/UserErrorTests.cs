using Cpd.Api.Schema.Common;
using Cpd.Domain;
using Cpd.Domain.Careers;
using Cpd.Domain.Taxonomy;

namespace Cpd.Api.Tests.Schema.Common;

public sealed class UserErrorTests
{
    [Fact]
    public void From_DomainError_KeepsCodeAndMessageAndPlacesTheFieldUnderInput()
    {
        var error = UserError.From(new DomainError("RULE_BAD_COUNT", "requirement.atLeast.of[1].minimum", "Must be positive."));
        error.ShouldBe(new UserError("RULE_BAD_COUNT", "Must be positive.", ["input", "requirement", "atLeast", "of", "1", "minimum"]), new UserErrorComparer());
    }

    [Fact]
    public void From_RejectedOrganisation_GivesOneUserErrorPerDomainError()
    {
        var result = Organisation.Create(1, " ", "nowhere", "e07", CareerTaxonomy.Default);
        var errors = UserError.From(result.Errors);
        errors.Select(e => e.Code).ShouldBe([CommonErrors.Required, TaxonomyErrors.UnknownSector, TaxonomyErrors.InvalidPlace]);
        errors.Select(e => string.Join('.', e.Field!)).ShouldBe(["input.name", "input.sectorCode", "input.placeCode"]);
    }

    private sealed class UserErrorComparer : IEqualityComparer<UserError>
    {
        public bool Equals(UserError? x, UserError? y) =>
            x is not null && y is not null && x.Code == y.Code && x.Message == y.Message && (x.Field ?? []).SequenceEqual(y.Field ?? []);

        public int GetHashCode(UserError obj) => obj.Code.GetHashCode(StringComparison.Ordinal);
    }
}
