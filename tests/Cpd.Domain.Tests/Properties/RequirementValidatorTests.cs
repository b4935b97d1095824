using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Taxonomy;
using NodaTime;
using static Cpd.Domain.Tests.Properties.PropertyChecks;

namespace Cpd.Domain.Tests.Properties;

/// <summary>Properties of rule validation over 1,000 generated trees each (see <see cref="RequirementGenerators"/>).</summary>
public sealed class RequirementValidatorTests
{
    private static readonly Scheme Draft = Scheme.Create(7, 1, "draft-scheme", "Draft").Unwrap();

    [Fact]
    public void Validate_MalformedTree_ReportsTheErrorAtTheBrokenNode()
    {
        ForAll(RequirementGenerators.MalformedTrees, c =>
        {
            var errors = RequirementValidator.Validate(c.Tree, CareerTaxonomy.Default);

            errors.ShouldContain(
                e => e.Code == c.ExpectedCode && (e.Field == c.ExpectedPathPrefix || e.Field.StartsWith(c.ExpectedPathPrefix + ".", StringComparison.Ordinal) || e.Field.StartsWith(c.ExpectedPathPrefix + "[", StringComparison.Ordinal)),
                $"errors: {string.Join("; ", errors)}");
        });
    }

    [Fact]
    public void Publish_MalformedTree_FailsWithErrorsAndDoesNotThrow()
    {
        ForAll(RequirementGenerators.MalformedTrees, c =>
        {
            var published = Draft.Publish(new LocalDate(2027, 1, 1), Period.FromYears(3), c.Tree, CareerTaxonomy.Default);

            published.IsSuccess.ShouldBeFalse();
            published.Errors.Select(e => e.Code).ShouldContain(c.ExpectedCode);
            Should.Throw<ArgumentException>(() => EvaluationPlan.Compile(c.Tree));
        });
    }

    [Fact]
    public void Validate_ValidTree_NoErrorsAndItPublishes()
    {
        ForAll(RequirementGenerators.ValidTrees, tree =>
        {
            RequirementValidator.Validate(tree, CareerTaxonomy.Default).ShouldBeEmpty();
            Draft.Publish(new LocalDate(2027, 1, 1), Period.FromYears(3), tree, CareerTaxonomy.Default).IsSuccess.ShouldBeTrue();
        });
    }
}
