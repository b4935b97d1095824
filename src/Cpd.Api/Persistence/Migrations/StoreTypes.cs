using System.Globalization;

namespace Cpd.Api.Persistence.Migrations;

/// <summary>
/// The column types of each provider, in one place for the migrations and the model snapshot, so that one hand-written
/// migration creates the same schema on SQLite and PostgreSQL as <see cref="CpdDbContext"/>'s model maps to there.
/// </summary>
internal sealed class StoreTypes
{
    /// <summary>SQLite: four storage classes; dates and instants as ISO text, decimals as scaled integers.</summary>
    public static readonly StoreTypes Sqlite = new(
        postgres: false,
        @long: new("INTEGER", typeof(long)),
        @int: new("INTEGER", typeof(int)),
        date: new("TEXT", typeof(string)),
        instant: new("TEXT", typeof(string)),
        @decimal: new("INTEGER", typeof(long), Precision: 9, Scale: 4),
        bytes: new("BLOB", typeof(byte[])),
        text: new("TEXT", typeof(string)));

    /// <summary>PostgreSQL: native <c>date</c>, <c>timestamptz</c> and <c>numeric(9,4)</c>.</summary>
    public static readonly StoreTypes PostgreSql = new(
        postgres: true,
        @long: new("bigint", typeof(long)),
        @int: new("integer", typeof(int)),
        date: new("date", typeof(DateOnly)),
        instant: new("timestamp with time zone", typeof(DateTime)),
        @decimal: new("numeric(9,4)", typeof(decimal), Precision: 9, Scale: 4),
        bytes: new("bytea", typeof(byte[])),
        text: new("text", typeof(string)));

    private StoreTypes(bool postgres, StoreType @long, StoreType @int, StoreType date, StoreType instant, StoreType @decimal, StoreType bytes, StoreType text)
    {
        IsPostgreSql = postgres;
        Long = @long;
        Int = @int;
        Date = date;
        Instant = instant;
        Decimal = @decimal;
        Bytes = bytes;
        UnboundedText = text;
    }

    /// <summary>Whether these are PostgreSQL's types.</summary>
    public bool IsPostgreSql { get; }

    /// <summary>Ids and counters.</summary>
    public StoreType Long { get; }

    public StoreType Int { get; }

    /// <summary>A <c>LocalDate</c>.</summary>
    public StoreType Date { get; }

    /// <summary>An <c>Instant</c>.</summary>
    public StoreType Instant { get; }

    /// <summary>FTE and hours: <c>decimal</c> with 4 decimal places.</summary>
    public StoreType Decimal { get; }

    public StoreType Bytes { get; }

    /// <summary>Text without a length limit (JSON documents, string lists).</summary>
    public StoreType UnboundedText { get; }

    /// <summary>The types of the provider a migration runs on (<see cref="Microsoft.EntityFrameworkCore.Migrations.Migration.ActiveProvider"/>).</summary>
    public static StoreTypes For(string? activeProvider) =>
        activeProvider == CpdDbContext.PostgresProviderName ? PostgreSql : Sqlite;

    /// <summary>Text of at most <paramref name="maxLength"/> characters (SQLite does not enforce it; PostgreSQL does).</summary>
    public StoreType Text(int maxLength) =>
        new(IsPostgreSql ? string.Create(CultureInfo.InvariantCulture, $"character varying({maxLength})") : UnboundedText.Name, typeof(string), maxLength);
}
