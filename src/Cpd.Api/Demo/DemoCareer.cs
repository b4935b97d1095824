using Cpd.Api.Persistence.Entities;
using ExperienceMutations = Cpd.Api.Schema.Experiences.ExperienceMutations;
using Cpd.Domain;
using Cpd.Domain.Careers;
using Cpd.Domain.Experiences;
using Cpd.Domain.Members;
using Cpd.Domain.Reflections;
using NodaTime;

namespace Cpd.Api.Demo;

/// <summary>
/// One demo person's member record, employments and the experiences, attestations, reflections and connections that put them in
/// their <see cref="DemoProfile"/> (see <c>DemoCareer.Plans.cs</c>), each made by its domain factory and stored as its record.
/// </summary>
internal sealed partial class DemoCareer
{
    private readonly DemoRun _run;
    private readonly DemoPerson _person;
    private readonly Random _random;
    private readonly List<Employment> _employments = [];
    private readonly List<Experience> _experiences = [];
    private readonly List<Reflection> _reflections = [];
    private readonly List<Connection> _connections = [];
    private readonly List<Domain.Accreditation.Award> _awards = [];
    private Member _member = null!;

    private DemoCareer(DemoRun run, DemoPerson person, Random random, int rank)
    {
        _run = run;
        _person = person;
        _random = random;
        Rank = rank;
    }

    /// <summary>The person's place among those of the same profile (0, 1, …): plans vary with it.</summary>
    public int Rank { get; }

    private LocalDate Today => _run.Today;

    private long MemberId => _member.Id;

    /// <summary>Adds the person's member, employments, experiences and connections.</summary>
    public static async Task<DemoCareer> AddAsync(DemoRun run, DemoPerson person, Random random, CancellationToken cancellationToken)
    {
        var career = new DemoCareer(run, person, random, run.NextOfProfile(person.Profile));
        await career.AddMemberAsync(cancellationToken).ConfigureAwait(false);
        await career.AddPlanAsync(cancellationToken).ConfigureAwait(false);
        return career;
    }

    /// <summary>The domain career as seeded so far.</summary>
    public Career ToCareer() => Career.Create(_member, _employments, _experiences, _reflections, _connections, _awards);

    private async Task AddMemberAsync(CancellationToken cancellationToken)
    {
        _member = Member.Create(await _run.NextIdAsync<MemberRecord>(cancellationToken).ConfigureAwait(false), _person.DisplayName).Unwrap();
        _run.Db.Members.Add(new MemberRecord { Id = MemberId, DisplayName = _member.DisplayName, WorkEmail = _person.WorkEmail, CreatedAt = _run.Now, UpdatedAt = _run.Now });
        foreach (var job in _person.Jobs.Reverse())
        {
            var organisation = _run.Organisations[job.OrganisationKey];
            var id = await _run.NextIdAsync<EmploymentRecord>(cancellationToken).ConfigureAwait(false);
            var employment = Employment.Create(id, MemberId, organisation, job.Role, job.ProfessionCode, job.Start, job.End, job.Fte, _run.Taxonomy).Unwrap();
            _employments.Add(employment);
            _run.Db.Employments.Add(new EmploymentRecord
            {
                Id = id, MemberId = MemberId, OrganisationId = organisation.Id, Role = employment.Role, ProfessionId = _run.ProfessionIds[employment.ProfessionCode],
                Start = employment.Start, End = employment.End, Fte = employment.Fte, ExternalRef = job.ExternalId,
            });
            if (job.ExternalId is { } externalId)
            {
                _run.Db.MemberExternalIds.Add(new MemberExternalIdRecord { OrganisationId = organisation.Id, ExternalId = externalId, MemberId = MemberId });
            }
        }
    }

    /// <summary>Stores an experience made by its factory with an allocated id, as <c>log…</c> stores it.</summary>
    private async Task<Experience> AddAsync<T>(Func<long, Result<T>> create, CancellationToken cancellationToken)
        where T : Experience
    {
        var id = await _run.NextIdAsync<ExperienceRecord>(cancellationToken).ConfigureAwait(false);
        Experience experience = create(id).Unwrap();
        var at = _run.At(experience.FirstDay);
        var record = new ExperienceRecord { Id = id, MemberId = MemberId, CreatedAt = at, UpdatedAt = at };
        await ExperienceMutations.ApplyAsync(_run.Db, record, experience, cancellationToken).ConfigureAwait(false);
        _run.Db.Experiences.Add(record);
        _experiences.Add(experience);
        _run.Counts.Experiences++;
        return experience;
    }

    /// <summary>Confirms an experience (by its host, a counterpart through a link, or an assessor) on a day.</summary>
    private async Task<Experience> AttestAsync(Experience experience, AttestationMethod method, string attestorName, string? reference, LocalDate on,
        CancellationToken cancellationToken)
    {
        var attestation = Attestation.Restore(method, attestorName, reference, _run.At(on)).Unwrap();
        _run.Db.Attestations.Add(new AttestationRecord
        {
            Id = await _run.NextIdAsync<AttestationRecord>(cancellationToken).ConfigureAwait(false),
            ExperienceId = experience.Id,
            Level = attestation.Level,
            Method = attestation.Method,
            Outcome = AttestationOutcome.Confirmed,
            AttestorName = attestation.AttestorName,
            AttestorReference = attestation.AttestorReference,
            At = attestation.AttestedAt,
        });
        var attested = experience.WithAttestation(attestation);
        _experiences[_experiences.IndexOf(experience)] = attested;
        _run.Counts.Attestations++;
        return attested;
    }

    private async Task AddReflectionAsync(Experience? experience, ReflectionVisibility visibility, LocalDate on, CancellationToken cancellationToken)
    {
        var id = await _run.NextIdAsync<ReflectionRecord>(cancellationToken).ConfigureAwait(false);
        var at = _run.At(on);
        var reflection = Reflection.Restore(id, MemberId, experience?.Id, _random.Next(4) == 0 ? null : Pick(DemoTexts.WhatWorked),
            Pick(DemoTexts.WhatDidNotWork), _random.Next(3) == 0 ? null : Pick(DemoTexts.WhatIdDoDifferently), visibility, at).Unwrap();
        _reflections.Add(reflection);
        _run.Db.Reflections.Add(new ReflectionRecord
        {
            Id = id, MemberId = MemberId, ExperienceId = reflection.ExperienceId, WhatWorked = reflection.WhatWorked, WhatDidNotWork = reflection.WhatDidNotWork,
            WhatIdDoDifferently = reflection.WhatIdDoDifferently, Visibility = reflection.Visibility, CreatedAt = at, UpdatedAt = at,
        });
        _run.Counts.Reflections++;
    }

    /// <summary>Adds connections in <paramref name="sectors"/> distinct sectors other than the home one (more people than sectors when asked).</summary>
    private async Task AddConnectionsAsync(int sectors, int people, CancellationToken cancellationToken)
    {
        var others = OtherSectors().OrderBy(_ => _random.Next()).Take(sectors).ToList();
        for (var i = 0; i < Math.Max(sectors, people) && others.Count > 0; i++)
        {
            var id = await _run.NextIdAsync<ConnectionRecord>(cancellationToken).ConfigureAwait(false);
            var profession = _random.Next(3) == 0 ? null : Pick(_run.ProfessionIds.Keys.Order(StringComparer.Ordinal).ToList());
            var connection = Connection.Create(id, MemberId, Pick(DemoTexts.Names), others[i % others.Count], profession, _run.Taxonomy).Unwrap();
            _connections.Add(connection);
            _run.Db.Connections.Add(new ConnectionRecord
            {
                Id = id, MemberId = MemberId, Name = connection.Name, SectorId = _run.SectorIds[connection.SectorCode],
                ProfessionId = connection.ProfessionCode is null ? null : _run.ProfessionIds[connection.ProfessionCode], CreatedAt = _run.At(Today.PlusDays(-Between(30, 900))),
            });
            _run.Counts.Connections++;
        }
    }

    private string? HomeSectorOn(LocalDate date) => Home.On(_employments, date)?.SectorCode;

    private string? HomeProfessionOn(LocalDate date) => Home.On(_employments, date)?.ProfessionCode;

    /// <summary>The sectors of the demo's organisations other than the member's home sector today, in catalogue order.</summary>
    private List<string> OtherSectors() =>
        [.. DemoDataset.Organisations.Select(o => o.SectorCode).Distinct().Where(s => s != HomeSectorOn(Today))];

    /// <summary>An organisation in none of the excluded sectors nor the member's home sector on either day.</summary>
    private DemoOrganisation PickHost(LocalDate start, LocalDate end, params string[] excludedSectors)
    {
        var excluded = new HashSet<string?>(excludedSectors, StringComparer.Ordinal) { HomeSectorOn(start), HomeSectorOn(end < Today ? end : Today) };
        return Pick(DemoDataset.Organisations.Where(o => !excluded.Contains(o.SectorCode)).ToList());
    }

    private Domain.Careers.Organisation Of(DemoOrganisation organisation) => _run.Organisations[organisation.Key];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private int Between(int min, int max) => _random.Next(min, max + 1);

    /// <summary>A work e-mail address at an organisation (an attestor's reference).</summary>
    private static string EmailAt(string name, DemoOrganisation organisation) =>
        $"{name.ToLowerInvariant().Replace(' ', '.')}@{organisation.Key}.example";
}
