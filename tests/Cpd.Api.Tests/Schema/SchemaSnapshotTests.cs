using Cpd.Api.Schema;
using Cpd.GraphQL.AspNetCore;
using Cpd.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Cpd.Api.Tests.Schema;

public sealed class SchemaSnapshotTests
{
    private const string UpdateVariable = "CPD_UPDATE_SCHEMA";

    [Fact]
    public void Schema_AsBuilt_MatchesTheCommittedSchemaGraphql()
    {
        var path = Path.Combine(RepositoryRoot(), "src", "Cpd.Api", "schema.graphql");
        var built = BuiltSdl();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, built);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        if (committed != built)
        {
            Assert.Fail(
                $"The schema differs from src/Cpd.Api/schema.graphql (- committed, + built):\n{LineDiff.Format(committed, built)}\n" +
                $"If the change is intended, update the file with:\n  {UpdateVariable}=1 dotnet test tests/Cpd.Api.Tests --filter SchemaSnapshot\nand commit it.");
        }
    }

    internal static string BuiltSdl()
    {
        using var services = new ServiceCollection().AddLogging().AddCpdGraphQL().BuildServiceProvider();
        return SchemaPrinter.Print(services.GetGraphQLSchema()).ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cpd.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Cpd.sln not found above " + AppContext.BaseDirectory);
    }
}
