using System.Reflection;
using Cpd.Client.Tests.Support;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation;

namespace Cpd.Client.Tests.Contract;

/// <summary>
/// Every GraphQL document the client sends validates against the API's committed schema
/// (<c>src/Cpd.Api/schema.graphql</c>, read from the source tree), so that drift on either side fails the build.
/// </summary>
public sealed class DocumentContractTests
{
    private static readonly Lazy<GraphQLSchema> ApiSchema = new(() =>
        SchemaBuilder.New().AddDocumentFromString(File.ReadAllText(RepositoryPaths.ApiSchema)).Build());

    public static TheoryData<string> DocumentNames => [.. Documents().Select(d => d.Name)];

    [Theory]
    [MemberData(nameof(DocumentNames))]
    public void Document_AgainstTheApiSchema_Validates(string name)
    {
        var text = Documents().Single(d => d.Name == name).Text;

        var errors = Validator.Validate(ApiSchema.Value, Parser.Parse(text));

        errors.Select(e => e.Message).ShouldBeEmpty();
    }

    [Fact]
    public void Documents_Each_HasOneOperationNamedAfterItsConstant()
    {
        foreach (var (name, text) in Documents())
        {
            var operations = Parser.Parse(text).Definitions.OfType<OperationDefinitionNode>().ToList();
            operations.Count.ShouldBe(1, name);
            operations[0].Name?.Value.ShouldBe(name, name);
        }
    }

    [Fact]
    public void Validate_DocumentTheSchemaLacks_ReportsItSoTheContractCanFail()
    {
        var errors = Validator.Validate(ApiSchema.Value, Parser.Parse("query Drift { noSuchField { id } }"));

        errors.ShouldNotBeEmpty();
    }

    /// <summary>The operations of <c>Cpd.Client.Documents</c> (constants ending in <c>Fields</c> are fragments they include).</summary>
    private static IEnumerable<(string Name, string Text)> Documents() =>
        typeof(CpdClient).Assembly.GetType("Cpd.Client.Documents", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && !f.Name.EndsWith("Fields", StringComparison.Ordinal))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!));
}
