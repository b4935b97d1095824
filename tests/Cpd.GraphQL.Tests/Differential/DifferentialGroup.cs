namespace Cpd.GraphQL.Tests.Differential;

/// <summary>The differential tests share one <see cref="OracleFixture"/> (one node process per run).</summary>
[CollectionDefinition(Name)]
public sealed class DifferentialGroup : ICollectionFixture<OracleFixture>
{
    public const string Name = "Differential (graphql-js oracle)";
}
