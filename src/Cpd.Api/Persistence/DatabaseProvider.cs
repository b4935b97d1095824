namespace Cpd.Api.Persistence;

/// <summary>The relational store behind the API (<c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file (the default): migrated at start-up.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL server: migrated by the <c>migrate</c> command.</summary>
    PostgreSql = 1,
}
