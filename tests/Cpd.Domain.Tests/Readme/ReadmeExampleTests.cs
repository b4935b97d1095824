// <readme>
using Cpd.Domain.Accreditation;
using Cpd.Domain.Accreditation.Evaluation;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Careers;
using Cpd.Domain.Experiences;
using Cpd.Domain.Members;
using Cpd.Domain.Taxonomy;
using NodaTime;
// </readme>
using System.Text;

namespace Cpd.Domain.Tests.Readme;

/// <summary>
/// The README's "Example: evaluate a member" is the code between the <c>&lt;readme&gt;</c> markers of this file: one test runs it and
/// checks what it prints, the others check that README.md shows exactly this code and that output, so the README cannot rot.
/// </summary>
[Collection(ConsoleOutput.Name)]
public sealed class ReadmeExampleTests
{
    private const string Heading = "## Example: evaluate a member";

    [Fact]
    public void Example_Run_PrintsTheExplainedReport()
    {
        var output = RunExample();

        output.ShouldStartWith("Not yet eligible for Cross-Sector Leader (version 1) on 22 Nov 2026");
        output.ShouldContain("on current plans eligible from");
        output.ShouldContain("time-in-another-sector: NotMet");
        output.ShouldContain("learning: NotMet");
    }

    [Fact]
    public void Readme_ExampleSection_ShowsExactlyTheExampleCode()
    {
        var code = string.Join("\n\n", MarkedRegions(File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "Cpd.Domain.Tests", "Readme", "ReadmeExampleTests.cs"))));

        ReadmeBlock("csharp").ShouldBe(code);
    }

    [Fact]
    public void Readme_ExampleSection_ShowsWhatTheExamplePrints()
    {
        ReadmeBlock("text").ShouldBe(RunExample().TrimEnd());
    }

    private static void Example()
    {
        // <readme>
        var taxonomy = CareerTaxonomy.Default;

        // An accrediting body's rule: 182 FTE-days of attested work in another sector within 3 years, and 30 hours of learning in 2 years.
        var requirement = new AllOf
        {
            Id = "cross-sector-leader",
            Of =
            [
                new CrossBoundaryTime
                {
                    Id = "time-in-another-sector",
                    Boundary = Boundary.Sector,
                    MinimumDays = 182,
                    Window = Window.Rolling(Period.FromYears(3)),
                    MinimumVerification = VerificationLevel.Attested,
                },
                new LearningHours { Id = "learning", MinimumHours = 30, Window = Window.Rolling(Period.FromYears(2)) },
            ],
        };

        // Publishing validates the tree: a bad rule comes back as field-level errors, never as an exception.
        var scheme = Scheme.Create(1, 1, "cross-sector-leader", "Cross-Sector Leader").Value
            .Publish(new LocalDate(2026, 1, 1), Period.FromYears(3), requirement, taxonomy).Value;

        // A council planner on a half-time secondment to the local NHS trust, with a course done and another one booked.
        var member = Member.Create(1, "Alex Morgan").Value;
        var council = Organisation.Create(10, "Riverside Council", "local-government", "E07000113", taxonomy).Value;
        var trust = Organisation.Create(20, "Riverside NHS Trust", "health", "E07000113", taxonomy).Value;
        var job = Employment.Create(1, member.Id, council, "Planning officer", "planning", new LocalDate(2019, 4, 1), null, 1m, taxonomy).Value;
        var secondment = Secondment.Create(1, member.Id, "Discharge planning", trust, null, new LocalDate(2026, 3, 2), new LocalDate(2027, 8, 31), 0.5m, taxonomy).Value
            .WithAttestation(Attestation.Create(AttestationMethod.HostOrganisation, "Pat Host", "trust-hr@example.org", SystemClock.Instance).Value);
        var course = CpdActivity.Create(2, member.Id, "Systems leadership course", new LocalDate(2026, 6, 10), 21m, ["formal"], taxonomy).Value;
        var booked = LearningEvent.Create(3, member.Id, "Joint discharge workshop", new LocalDate(2027, 1, 20), 10m, ["participatory"], ["health", "social-care"], taxonomy).Value;
        var career = Career.Create(member, [job], [secondment, course, booked]);

        // Compile once, evaluate many members; the report explains itself and projects when the member becomes eligible.
        var plan = EvaluationPlan.Compile(scheme.Versions[^1]);
        var report = plan.Evaluate(career, new LocalDate(2026, 11, 22));
        Console.WriteLine(report.Summary);
        foreach (var result in report.Requirements)
        {
            Console.WriteLine($"{result.RequirementId}: {result.Status} - {result.Explanation}");
        }

        // </readme>
    }

    private static string RunExample()
    {
        var original = Console.Out;
        using var output = new StringWriter { NewLine = "\n" };
        Console.SetOut(output);
        try
        {
            Example();
        }
        finally
        {
            Console.SetOut(original);
        }

        return output.ToString();
    }

    /// <summary>The text between each pair of markers, with the common indentation removed.</summary>
    private static IEnumerable<string> MarkedRegions(string source)
    {
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        var region = new List<string>();
        var inside = false;
        foreach (var line in lines)
        {
            if (line.Trim() == "// <readme>")
            {
                inside = true;
                region.Clear();
            }
            else if (line.Trim() == "// </readme>")
            {
                inside = false;
                var indent = region.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
                yield return string.Join("\n", region.Select(l => l.Length >= indent ? l[indent..] : l.Trim())).Trim('\n');
            }
            else if (inside)
            {
                region.Add(line);
            }
        }
    }

    /// <summary>The first fenced block of the language after the example heading in README.md.</summary>
    private static string ReadmeBlock(string language)
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var section = readme.IndexOf(Heading + "\n", StringComparison.Ordinal);
        section.ShouldBeGreaterThanOrEqualTo(0, $"README.md has no '{Heading}' section");
        var fence = $"```{language}\n";
        var start = readme.IndexOf(fence, section, StringComparison.Ordinal);
        start.ShouldBeGreaterThan(section, $"the README section has no {language} block");
        start += fence.Length;
        var end = readme.IndexOf("\n```", start, StringComparison.Ordinal);
        return readme[start..end];
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Cpd.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No folder above the test assembly contains Cpd.sln.");
    }
}
