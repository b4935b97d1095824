using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Cpd.Api.Persistence.Converters;

/// <summary>
/// <see cref="Instant"/> as a UTC <see cref="DateTime"/>, which PostgreSQL stores natively as <c>timestamptz</c>
/// (microsecond precision: the server drops the last tick digit).
/// </summary>
public sealed class InstantDateTimeConverter() : ValueConverter<Instant, DateTime>(
    i => i.ToDateTimeUtc(),
    d => Instant.FromDateTimeUtc(DateTime.SpecifyKind(d, DateTimeKind.Utc)));
