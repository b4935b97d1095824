using Cpd.Api.Persistence.Converters;
using Cpd.Api.Persistence.Entities;
using Cpd.Domain.Accreditation;
using Cpd.Domain.Experiences;
using Cpd.Domain.Reflections;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cpd.Api.Persistence;

/// <summary>
/// The API's one store. Used directly (no repositories). Resolvers run concurrently, so they create short-lived
/// contexts from <see cref="IDbContextFactory{TContext}"/>; a mutation uses one context and one transaction.
/// </summary>
public sealed class CpdDbContext(DbContextOptions<CpdDbContext> options) : DbContext(options)
{
    public DbSet<KeySequenceRecord> KeySequences => Set<KeySequenceRecord>();

    public DbSet<SectorRecord> Sectors => Set<SectorRecord>();

    public DbSet<ProfessionRecord> Professions => Set<ProfessionRecord>();

    public DbSet<OrganisationRecord> Organisations => Set<OrganisationRecord>();

    public DbSet<MemberRecord> Members => Set<MemberRecord>();

    public DbSet<MemberExternalIdRecord> MemberExternalIds => Set<MemberExternalIdRecord>();

    public DbSet<EmploymentRecord> Employments => Set<EmploymentRecord>();

    public DbSet<ExperienceRecord> Experiences => Set<ExperienceRecord>();

    public DbSet<AttestationRecord> Attestations => Set<AttestationRecord>();

    public DbSet<AttestationRequestRecord> AttestationRequests => Set<AttestationRequestRecord>();

    /// <summary>Members' employer link codes.</summary>
    public DbSet<MemberLinkCodeRecord> MemberLinkCodes => Set<MemberLinkCodeRecord>();

    public DbSet<ReflectionRecord> Reflections => Set<ReflectionRecord>();

    public DbSet<ConnectionRecord> Connections => Set<ConnectionRecord>();

    public DbSet<AccessGrantRecord> AccessGrants => Set<AccessGrantRecord>();

    public DbSet<AccreditingBodyRecord> AccreditingBodies => Set<AccreditingBodyRecord>();

    public DbSet<SchemeRecord> Schemes => Set<SchemeRecord>();

    public DbSet<SchemeVersionRecord> SchemeVersions => Set<SchemeVersionRecord>();

    public DbSet<ApplicationRecord> Applications => Set<ApplicationRecord>();

    public DbSet<AwardRecord> Awards => Set<AwardRecord>();

    public DbSet<ApiKeyRecord> ApiKeys => Set<ApiKeyRecord>();

    public DbSet<AuditEntryRecord> AuditEntries => Set<AuditEntryRecord>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>
    /// Marks a versioned record as changed and increments its <see cref="IVersionedRecord.Version"/>; the update is
    /// applied only if the row still has the version it was read with, else SaveChanges throws
    /// <see cref="DbUpdateConcurrencyException"/>. Calling it twice before one save increments once.
    /// </summary>
    public void Bump<T>(T record)
        where T : class, IVersionedRecord
    {
        ArgumentNullException.ThrowIfNull(record);
        var entry = Entry(record);
        var version = entry.Property(r => r.Version);
        if (entry.State == EntityState.Unchanged)
        {
            entry.State = EntityState.Modified;
        }

        if (entry.State == EntityState.Modified && version.CurrentValue == version.OriginalValue)
        {
            record.Version = version.OriginalValue + 1;
        }
    }

    /// <summary>
    /// Makes the next save of <paramref name="record"/> succeed only if the stored row has
    /// <paramref name="expectedVersion"/> (the version a client read), for mutations that take <c>expectedVersion</c>.
    /// </summary>
    public void ExpectVersion<T>(T record, long expectedVersion)
        where T : class, IVersionedRecord
    {
        ArgumentNullException.ThrowIfNull(record);
        var version = Entry(record).Property(r => r.Version);
        var bumped = version.CurrentValue != version.OriginalValue;
        version.OriginalValue = expectedVersion;
        if (bumped)
        {
            record.Version = expectedVersion + 1;
        }
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpModifiedRecords();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <inheritdoc />
    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpModifiedRecords();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        var postgres = Database.ProviderName == PostgresProviderName;
        if (postgres)
        {
            configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateDateOnlyConverter>();
            configurationBuilder.Properties<Instant>().HaveConversion<InstantDateTimeConverter>();
        }
        else
        {
            configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateTextConverter>();
            configurationBuilder.Properties<Instant>().HaveConversion<InstantTextConverter>();
            configurationBuilder.Properties<decimal>().HaveConversion<ScaledDecimalConverter>();
        }

        configurationBuilder.Properties<decimal>().HavePrecision(9, ScaledDecimalConverter.Scale);
        configurationBuilder.Properties<Period>().HaveConversion<PeriodTextConverter>().HaveMaxLength(64);
        configurationBuilder.Properties<List<string>>().HaveConversion<StringListJsonConverter, StringListComparer>();
        Enum<ExperienceKind>(configurationBuilder);
        Enum<MentoringRole>(configurationBuilder);
        Enum<PeerChallengeRole>(configurationBuilder);
        Enum<VerificationLevel>(configurationBuilder);
        Enum<AttestationMethod>(configurationBuilder);
        Enum<AttestationOutcome>(configurationBuilder);
        Enum<ReflectionVisibility>(configurationBuilder);
        Enum<ApplicationStatus>(configurationBuilder);
        Enum<IdempotencyState>(configurationBuilder);
    }

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CpdDbContext).Assembly);
        foreach (var foreignKey in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()))
        {
            // Nothing is deleted through a parent: history is kept, and records are withdrawn or revoked instead.
            foreignKey.DeleteBehavior = DeleteBehavior.Restrict;
        }
    }

    /// <summary>Room for every enum's stored name (a test checks that each fits), the same for all so that a new member needs no migration.</summary>
    internal const int EnumMaxLength = 32;

    internal const string PostgresProviderName = "Npgsql.EntityFrameworkCore.PostgreSQL";

    private static void Enum<TEnum>(ModelConfigurationBuilder configurationBuilder)
        where TEnum : struct, Enum =>
        configurationBuilder.Properties<TEnum>()
            .HaveConversion<UpperSnakeEnumConverter<TEnum>>()
            .HaveMaxLength(EnumMaxLength);

    private void BumpModifiedRecords()
    {
        foreach (var entry in ChangeTracker.Entries<IVersionedRecord>())
        {
            if (entry.State == EntityState.Modified)
            {
                var version = entry.Property(r => r.Version);
                if (version.CurrentValue == version.OriginalValue)
                {
                    version.CurrentValue = version.OriginalValue + 1;
                }
            }
        }
    }
}
