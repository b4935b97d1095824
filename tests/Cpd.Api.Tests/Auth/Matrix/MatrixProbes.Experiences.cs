using Cpd.Api.Persistence.Entities;
using Cpd.Domain.Experiences;
using Cpd.Domain.Reflections;
using NodaTime;

namespace Cpd.Api.Tests.Auth.Matrix;

internal static partial class MatrixProbes
{
    private const string NodeQuery = "query($id: ID!) { node(id: $id) { ";

    /// <summary>Experiences, employments and reflections (ann's), as nodes, and the member's writes.</summary>
    private static readonly Dictionary<string, MatrixProbe> Experiences = new(StringComparer.Ordinal)
    {
        ["Query.node:experience"] = Node("Experience", "ann-secondment", "id", "node"),
        ["Query.node:employment"] = Node("Employment", "ann@council", "id", "node"),
        ["Query.node:reflection"] = Node("Reflection", "ann-shared", "id", "node"),
        ["Query.nodes:reflection"] = MatrixProbe.Query("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", run => new { ids = new[] { run.Id("Reflection", "ann-shared") } }),

        ["Experience.title"] = Node("Experience", "ann-secondment", "... on Experience { title }", "title"),
        ["Experience.attestations"] = Node("Experience", "ann-secondment", "... on Experience { attestations { attestorName } }", "attestations"),
        ["Experience.boundariesCrossed"] = Node("Experience", "ann-secondment", "... on Experience { boundariesCrossed }", "boundariesCrossed"),
        ["Experience.reflection"] = Node("Experience", "ann-secondment", "... on Experience { reflection { id } }", "reflection")
            with { Subject = run => run.Id("Reflection", "ann-private") },

        ["Reflection.visibility"] = Node("Reflection", "ann-shared", "... on Reflection { visibility }", "visibility"),
        ["Reflection.whatWorked"] = Text("whatWorked", ReflectionVisibility.SharedWithAssessors),
        ["Reflection.whatDidNotWork"] = Text("whatDidNotWork", ReflectionVisibility.SharedWithAssessors),
        ["Reflection.whatIdDoDifferently"] = Text("whatIdDoDifferently", ReflectionVisibility.SharedWithAssessors),
        ["Reflection.whatWorked:private"] = Text("whatWorked", ReflectionVisibility.Private),
        ["Reflection.whatDidNotWork:private"] = Text("whatDidNotWork", ReflectionVisibility.Private),
        ["Reflection.whatIdDoDifferently:private"] = Text("whatIdDoDifferently", ReflectionVisibility.Private),
        ["Reflection.whatDidNotWork:published"] = Text("whatDidNotWork", ReflectionVisibility.PublishedAnonymised),

        ["Mutation.logSecondment"] = Log("logSecondment", "LogSecondmentInput", run => Placement(run)),
        ["Mutation.logShadowing"] = Log("logShadowing", "LogShadowingInput", run => Placement(run)),
        ["Mutation.logJointWork"] = Log("logJointWork", "LogJointWorkInput", run => Placement(run)),
        ["Mutation.logMentoring"] = Log("logMentoring", "LogMentoringInput", run => new
        {
            title = "Matrix mentoring " + run.Unique, role = "MENTOR", counterpartName = "Wendy Ward", counterpartSectorCode = "health", start = "2025-02-01", fte = 0.05,
        }),
        ["Mutation.logPeerChallenge"] = Log("logPeerChallenge", "LogPeerChallengeInput", run => new
        {
            title = "Matrix peer challenge " + run.Unique, role = "REVIEWER", peerOrganisationId = run.Id("Organisation", "trust"), date = "2025-02-01", hours = 7,
        }),
        ["Mutation.logLearningEvent"] = Log("logLearningEvent", "LogLearningEventInput", run => new
        {
            title = "Matrix event " + run.Unique, date = "2025-02-01", hours = 6, categories = new[] { "participatory" }, sectorsInvolved = new[] { "health" },
        }),
        ["Mutation.logCpdActivity"] = Log("logCpdActivity", "LogCpdActivityInput", run => new
        {
            title = "Matrix reading " + run.Unique, date = "2025-02-01", hours = 2, categories = new[] { "self-directed" },
        }),
        // A fresh experience of ann's per run, so that an allowed change leaves the seeded ones alone.
        ["Mutation.updateExperience"] = MatrixProbe.Mutation(
            "mutation($input: UpdateExperienceInput!) { updateExperience(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { id = await FreshExperienceAsync(run), expectedVersion = 0, title = "Renamed " + run.Unique } }),
        ["Mutation.withdrawExperience"] = MatrixProbe.Mutation(
            "mutation($input: WithdrawExperienceInput!) { withdrawExperience(input: $input) { errors { code } } }",
            async run => (object?)new { input = new { id = await FreshExperienceAsync(run) } }),
    };

    private static MatrixProbe Node(string typeName, string row, string selection, string field) =>
        MatrixProbe.Query(NodeQuery + selection + " } }", run => new { id = run.Id(typeName, row) }, field == "node" ? ["node"] : ["node", field]);

    // A text field of a fresh reflection of ann's with every text written, so that null always means withheld.
    private static MatrixProbe Text(string field, ReflectionVisibility visibility) =>
        MatrixProbe.Query(NodeQuery + "... on Reflection { " + field + " } } }", async run => (object?)new { id = await FreshReflectionAsync(run, visibility) }, "node", field);

    private static Task<string> FreshReflectionAsync(MatrixRun run, ReflectionVisibility visibility) => run.SeedAsync(async (db, ids) =>
    {
        var reflection = new ReflectionRecord
        {
            Id = await ids.NextAsync<ReflectionRecord>(db), MemberId = run["ann"], Visibility = visibility, WhatWorked = "matrix worked " + run.Unique,
            WhatDidNotWork = "matrix did not work " + run.Unique, WhatIdDoDifferently = "matrix differently " + run.Unique,
            CreatedAt = run.World.Api.Clock.GetCurrentInstant(), UpdatedAt = run.World.Api.Clock.GetCurrentInstant(),
        };
        db.Add(reflection);
        return MatrixRun.Global("Reflection", reflection.Id);
    });

    private static MatrixProbe Log(string mutation, string inputType, Func<MatrixRun, object> input) =>
        MatrixProbe.Mutation($"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ errors {{ code }} }} }}", run => new { input = input(run) });

    private static object Placement(MatrixRun run) =>
        new { title = "Matrix placement " + run.Unique, hostOrganisationId = run.Id("Organisation", "trust"), start = "2025-02-01", end = "2025-03-31", fte = 0.4 };

    private static Task<string> FreshExperienceAsync(MatrixRun run) => run.SeedAsync(async (db, ids) =>
    {
        var experience = new ExperienceRecord
        {
            Id = await ids.NextAsync<ExperienceRecord>(db), MemberId = run["ann"], Kind = ExperienceKind.Secondment, Title = "Matrix secondment " + run.Unique,
            HostOrganisationId = run["trust"], Start = new LocalDate(2025, 9, 1), End = new LocalDate(2025, 10, 31), Fte = 0.2m,
            CreatedAt = run.World.Api.Clock.GetCurrentInstant(), UpdatedAt = run.World.Api.Clock.GetCurrentInstant(),
        };
        db.Add(experience);
        return MatrixRun.Global("Experience", experience.Id);
    });
}
