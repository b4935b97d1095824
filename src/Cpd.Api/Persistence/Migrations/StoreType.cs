namespace Cpd.Api.Persistence.Migrations;

/// <summary>A column's type on one provider: the SQL type and the CLR type the provider reads and writes.</summary>
/// <param name="Name">The SQL type, e.g. <c>TEXT</c> or <c>character varying(200)</c>.</param>
/// <param name="ClrType">The provider-side CLR type (after the value converter), e.g. <see cref="DateOnly"/> for a date on PostgreSQL.</param>
/// <param name="MaxLength">The length limit of text, on every provider (SQLite records it without enforcing it).</param>
/// <param name="Precision">Digits of a decimal, on every provider.</param>
/// <param name="Scale">Decimal places of a decimal, on every provider.</param>
internal sealed record StoreType(string Name, Type ClrType, int? MaxLength = null, int? Precision = null, int? Scale = null)
{
    /// <summary>The CLR type of a column that may or may not hold NULL.</summary>
    public Type ClrTypeFor(bool nullable) =>
        nullable && ClrType.IsValueType ? typeof(Nullable<>).MakeGenericType(ClrType) : ClrType;
}
