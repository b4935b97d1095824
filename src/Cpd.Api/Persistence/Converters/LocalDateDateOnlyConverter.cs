using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Cpd.Api.Persistence.Converters;

/// <summary><see cref="LocalDate"/> as <see cref="DateOnly"/>, which PostgreSQL stores natively as <c>date</c>.</summary>
public sealed class LocalDateDateOnlyConverter() : ValueConverter<LocalDate, DateOnly>(d => d.ToDateOnly(), d => LocalDate.FromDateOnly(d));
