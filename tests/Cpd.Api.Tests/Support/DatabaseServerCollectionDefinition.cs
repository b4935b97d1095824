namespace Cpd.Api.Tests.Support;

/// <summary>Tests against PostgreSQL join this collection: one <see cref="DatabaseServer"/> for all of them.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseServerCollectionDefinition : ICollectionFixture<DatabaseServer>
{
    /// <summary>The collection's name, for <c>[Collection(DatabaseServerCollectionDefinition.Name)]</c>.</summary>
    public const string Name = "PostgreSQL";
}
