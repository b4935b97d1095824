using System.Reflection;
using Cpd.Client.Tests.Support;
using Cpd.Client.Transport;
using Cpd.Client.Transport.Wire;
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

    /// <summary>The variables record each operation sends (a new operation without a row fails <see cref="Documents_Each_HasItsVariablesListed"/>).</summary>
    private static readonly Dictionary<string, Type> VariablesOf = new()
    {
        ["ListSectors"] = typeof(NoVariables),
        ["ListProfessions"] = typeof(NoVariables),
        ["GetOrganisation"] = typeof(IdVariables),
        ["ListOrganisations"] = typeof(OrganisationsVariables),
        ["SyncWorkforce"] = typeof(SyncWorkforceVariables),
        ["GetMember"] = typeof(IdVariables),
        ["ListMembers"] = typeof(MembersVariables),
        ["LogSecondment"] = typeof(InputVariables<Models.NewHostedExperience>),
        ["LogShadowing"] = typeof(InputVariables<Models.NewHostedExperience>),
        ["LogJointWork"] = typeof(InputVariables<Models.NewHostedExperience>),
        ["LogMentoring"] = typeof(InputVariables<Models.NewMentoring>),
        ["LogPeerChallenge"] = typeof(InputVariables<Models.NewPeerChallenge>),
        ["LogLearningEvent"] = typeof(InputVariables<Models.NewLearningEvent>),
        ["LogCpdActivity"] = typeof(InputVariables<Models.NewCpdActivity>),
        ["GetScheme"] = typeof(IdVariables),
        ["ProgressionCheck"] = typeof(ProgressionCheckVariables),
        ["ListEligibility"] = typeof(EligibilityVariables),
        ["RecordEmployment"] = typeof(InputVariables<Models.NewEmployment>),
        ["AttestExperience"] = typeof(InputVariables<AttestExperienceInput>),
        ["RequestAttestation"] = typeof(InputVariables<RequestAttestationInput>),
    };

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

    [Theory]
    [MemberData(nameof(DocumentNames))]
    public void Variables_TheClientSends_AreTheDocumentsVariablesAndFitTheirInputTypes(string name)
    {
        var operation = Parser.Parse(Documents().Single(d => d.Name == name).Text).Definitions.OfType<OperationDefinitionNode>().Single();
        var declared = operation.VariableDefinitions.ToDictionary(v => v.Variable.Name.Value, v => NamedType(v.Type));
        var sent = CpdJsonContext.Default.GetTypeInfo(VariablesOf[name])!.Properties;

        sent.Select(p => p.Name).ShouldBe(declared.Keys, ignoreOrder: true);
        foreach (var property in sent)
        {
            ShouldFit(property.PropertyType, ApiSchema.Value.GetType(declared[property.Name]), $"{name}: ${property.Name}");
        }
    }

    [Fact]
    public void Documents_Each_HasItsVariablesListed() =>
        Documents().Select(d => d.Name).ShouldBe(VariablesOf.Keys, ignoreOrder: true);

    [Fact]
    public void Validate_DocumentTheSchemaLacks_ReportsItSoTheContractCanFail()
    {
        var errors = Validator.Validate(ApiSchema.Value, Parser.Parse("query Drift { noSuchField { id } }"));

        errors.ShouldNotBeEmpty();
    }

    /// <summary>Checks that what a .NET type serializes to carries only fields of the input type, down to nested inputs and list items.</summary>
    private static void ShouldFit(Type sent, INamedType? declared, string where)
    {
        if (declared is not InputObjectType input)
        {
            return;
        }

        var info = CpdJsonContext.Default.GetTypeInfo(sent)!;
        if (info.ElementType is { } item)
        {
            ShouldFit(item, input, where + "[]");
            return;
        }

        var fields = input.Fields.ToDictionary(f => f.Name, f => f.Type);
        info.Properties.Select(p => p.Name).ShouldBeSubsetOf(fields.Keys, where);
        foreach (var property in info.Properties)
        {
            ShouldFit(property.PropertyType, Named(fields[property.Name]), $"{where}.{property.Name}");
        }
    }

    private static INamedType Named(IType type) => type is IWrapperType wrapper ? Named(wrapper.OfType) : (INamedType)type;

    private static string NamedType(TypeNode type) => type switch
    {
        NonNullTypeNode nonNull => NamedType(nonNull.Type),
        ListTypeNode list => NamedType(list.Type),
        NamedTypeNode named => named.Name.Value,
        _ => throw new InvalidOperationException(type.Kind.ToString()),
    };

    /// <summary>The operations of <c>Cpd.Client.Documents</c> (constants ending in <c>Fields</c> are fragments they include).</summary>
    private static IEnumerable<(string Name, string Text)> Documents() =>
        typeof(CpdClient).Assembly.GetType("Cpd.Client.Documents", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string) && !f.Name.EndsWith("Fields", StringComparison.Ordinal))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!));
}
