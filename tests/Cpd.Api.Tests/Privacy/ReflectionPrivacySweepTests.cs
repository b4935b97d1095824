using System.Text;
using Cpd.Api.Tests.Schema.Members;
using Cpd.Api.Tests.Support;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;

namespace Cpd.Api.Tests.Privacy;

/// <summary>
/// Walks the built schema from Query to every field of type Reflection or Lesson (through members, experiences, nodes,
/// connections, anything added later), selects their text along every path found, and checks as HR, an administrator
/// and assessors that no response carries text the caller may not read (the markers of the seeded private and shared
/// reflections; a published one is public as an anonymised lesson). The member herself reads hers through the same queries.
/// </summary>
public sealed class ReflectionPrivacySweepTests(MemberWorld world) : IClassFixture<MemberWorld>
{
    private static readonly string[] Targets = ["Reflection", "Lesson"];
    private static readonly string[] AllReflections = ["ann-private", "ann-shared", "ann-published", "ben-shared"];
    private static readonly string[] Unpublished = ["ann-private", "ann-shared", "ben-shared"];
    private const int MaxDepth = 5;

    public static TheoryData<string, string> Callers => new()
    {
        { "council-hr", string.Join(',', Unpublished) },
        { "trust-hr", string.Join(',', Unpublished) },
        { "admin", string.Join(',', Unpublished) },
        { "guild", "ann-private,ann-shared" }, // an assessor without access to ann (with access to ben)
        { "institute", "ann-private,ben-shared" },          // an assessor with access to ann: her private reflection stays hers
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Sweep_EveryPathToReflectionText_ShowsNoTextTheCallerMayNotRead(string caller, string forbidden)
    {
        var (documents, paths) = Documents();
        new[] { "member.reflections", "member.experiences.reflection", "me.reflections", "node.Reflection", "nodes.Reflection", "lessons.nodes" }.ShouldBeSubsetOf(paths);

        foreach (var document in documents)
        {
            var response = await Run(document, caller);

            foreach (var name in forbidden.Split(','))
            {
                response.Body.ShouldNotContain("secret text of " + name, customMessage: $"{caller} read {name}'s text through {document}");
                response.Body.ShouldNotContain("worked: " + name, customMessage: $"{caller} read {name}'s text through {document}");
            }
        }
    }

    [Fact]
    public async Task Sweep_AsTheMember_FindsHerOwnText()
    {
        var (documents, _) = Documents();

        var bodies = new StringBuilder();
        foreach (var document in documents)
        {
            bodies.Append((await Run(document, "ann")).Body);
        }

        foreach (var name in new[] { "ann-private", "ann-shared", "ann-published" })
        {
            bodies.ToString().ShouldContain("secret text of " + name);
        }
    }

    // The sweep's query as the caller. It must have been executed (only field errors, such as FORBIDDEN) or refused
    // whole for its cost (LIMIT_EXCEEDED: nobody can read anything through it), or a rejected document would pass
    // vacuously.
    private async Task<GraphQLResponse> Run(string document, string caller)
    {
        var response = await world.Api.PostAsync(document, key: world.Key(caller));
        if (response.ErrorCodes.SequenceEqual(["LIMIT_EXCEEDED"]))
        {
            return response;
        }

        response.Json.TryGetProperty("data", out _).ShouldBeTrue(document + " " + response.Body);
        response.Errors.Where(e => !e.TryGetProperty("path", out var _)).ShouldBeEmpty(document + " " + response.Body);
        return response;
    }

    // Every path from Query to a target type's text, one query each (so each stays within the cost limit), with an
    // alias for each id a field is asked with; keyed by the path's field names, such as member.experiences.reflection.
    private (List<string> Documents, HashSet<string> Paths) Documents()
    {
        var schema = world.Api.Services.GetGraphQLSchema();
        var found = Select(schema, schema.QueryType, Reaching(schema), [schema.QueryType.Name]).ToList();
        return (found.Select(p => "{ " + p.Selection + " }").ToList(), found.Select(p => p.Path).ToHashSet(StringComparer.Ordinal));
    }

    // A type already on the path is not entered again (its fields were swept where it was first met), which keeps
    // recursive types such as RequirementResult.children from multiplying the cost.
    private IEnumerable<(string Path, string Selection)> Select(GraphQLSchema schema, ObjectType type, HashSet<string> reaching, string[] onPath)
    {
        foreach (var field in type.Fields.Where(f => !f.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            var named = field.Type.NamedType();
            if (Targets.Contains(named.Name))
            {
                foreach (var call in Calls(field, named))
                {
                    yield return (field.Name, $"{call} {{ {Texts((IComplexOutputType)named)} }}");
                }
            }
            else if (onPath.Length <= MaxDepth && reaching.Contains(named.Name))
            {
                var concretes = named is IAbstractType abstractType ? schema.GetPossibleTypes(abstractType) : [(ObjectType)named];
                foreach (var call in Calls(field, named))
                {
                    foreach (var concrete in concretes)
                    {
                        var inner = Targets.Contains(concrete.Name)
                            ? [(concrete.Name, Texts(concrete))]
                            : reaching.Contains(concrete.Name) && !onPath.Contains(concrete.Name) ? Select(schema, concrete, reaching, [.. onPath, concrete.Name]) : [];
                        foreach (var (path, selection) in inner)
                        {
                            yield return ($"{field.Name}.{path}", $"{call} {{ __typename ... on {concrete.Name} {{ {selection} }} }}");
                        }
                    }
                }
            }
        }
    }

    private static string Texts(IComplexOutputType type) =>
        string.Join(' ', type.Fields.Where(f => f.Type.NamedType() is ScalarType).Select(f => f.Name));

    // The field called with every value its required arguments need, each under its own alias.
    // (A page of one item, not the default, keeps each query's cost within the limit.)
    private IEnumerable<string> Calls(OutputField field, INamedType type)
    {
        var required = field.Arguments.Where(a => a.Type is NonNullType && !a.HasDefaultValue).ToList();
        string[] paging = field.Arguments.Any(a => a.Name == "first") ? ["first: 1"] : [];
        if (required.Count == 1 && required[0].Name == "id")
        {
            return Ids(type.Name).Select((id, i) => $"{field.Name}{i}: {field.Name}(id: \"{id}\")");
        }

        if (required.Count == 1 && required[0].Name == "ids")
        {
            return Ids("Node").Select((id, i) => $"{field.Name}{i}: {field.Name}(ids: [\"{id}\"])");
        }

        if (required.TrueForAll(a => a.Name is "memberId" or "schemeId"))
        {
            var values = required.Select(a => a.Name == "memberId" ? $"memberId: \"{world.IdOf("Member", "ann")}\"" : $"schemeId: \"{world.IdOf("Scheme", "scheme")}\"");
            var arguments = string.Join(", ", values.Concat(paging));
            return [arguments.Length == 0 ? field.Name : $"{field.Name}({arguments})"];
        }

        throw new InvalidOperationException($"The sweep has no value for the required arguments of {field.Name} ({string.Join(", ", required.Select(a => a.Name))}); teach Calls one.");
    }

    private IEnumerable<string> Ids(string typeName) => typeName switch
    {
        "Member" => [world.IdOf("Member", "ann"), world.IdOf("Member", "ben")],
        "Reflection" => AllReflections.Select(r => world.IdOf("Reflection", r)),
        "Experience" => [world.IdOf("Experience", "ann-secondment")],
        "Node" => [world.IdOf("Member", "ann"), world.IdOf("Member", "ben"), world.IdOf("Experience", "ann-secondment"), .. AllReflections.Select(r => world.IdOf("Reflection", r))],
        _ => [],
    };

    // The names of the types from which a target type can be reached (through fields, or an abstract type's possible types).
    private static HashSet<string> Reaching(GraphQLSchema schema)
    {
        var types = schema.Types.OfType<IComplexOutputType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        var reaching = new HashSet<string>(StringComparer.Ordinal);
        bool changed;
        do
        {
            changed = false;
            foreach (var type in types.Where(t => !reaching.Contains(t.Name)))
            {
                var leads = type.Fields.Any(f => f.Type.NamedType() is var n && (Targets.Contains(n.Name) || reaching.Contains(n.Name)))
                    || (type is IAbstractType a && schema.GetPossibleTypes(a).Any(p => Targets.Contains(p.Name) || reaching.Contains(p.Name)));
                if (leads)
                {
                    reaching.Add(type.Name);
                    changed = true;
                }
            }
        }
        while (changed);
        return reaching;
    }
}
