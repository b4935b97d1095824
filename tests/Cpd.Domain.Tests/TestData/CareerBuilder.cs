using Cpd.Domain.Accreditation;
using Cpd.Domain.Careers;
using Cpd.Domain.Experiences;
using Cpd.Domain.Members;
using Cpd.Domain.Reflections;
using Cpd.Domain.Taxonomy;
using NodaTime;
using static Cpd.Domain.Tests.TestData.Dates;

namespace Cpd.Domain.Tests.TestData;

/// <summary>Builds careers tersely: dates as ISO strings, organisations made on demand per (sector, place), ids numbered from 1 per list.</summary>
public sealed class CareerBuilder
{
    private static readonly CareerTaxonomy Taxonomy = CareerTaxonomy.Default;
    private static readonly FakeClock Clock = FakeClock.At(2026, 11, 22);
    private readonly Member _member;
    private readonly Dictionary<(string Sector, string? Place), Organisation> _organisations = [];
    private readonly List<Employment> _employments = [];
    private readonly List<Experience> _experiences = [];
    private readonly List<Reflection> _reflections = [];
    private readonly List<Connection> _connections = [];
    private readonly List<Award> _awards = [];

    public CareerBuilder(long memberId = 1) => _member = new MemberBuilder().WithId(memberId).Build();

    public CareerBuilder(Member member) => _member = member;

    /// <summary>The id of the experience added last.</summary>
    public long LastId => _experiences[^1].Id;

    public long MemberId => _member.Id;

    public Organisation Org(string sector, string? place = "E07000113")
    {
        if (!_organisations.TryGetValue((sector, place), out var org))
        {
            org = Organisation.Create(_organisations.Count + 100, $"{sector} body {place}", sector, place, Taxonomy).Unwrap();
            _organisations[(sector, place)] = org;
        }

        return org;
    }

    public CareerBuilder Employment(string sector, string start, string? end = null, decimal fte = 1m, string profession = "planning", string? place = "E07000113", long? id = null)
    {
        _employments.Add(global::Cpd.Domain.Careers.Employment.Create(id ?? _employments.Count + 1, _member.Id, Org(sector, place), "Officer", profession, D(start), Opt(end), fte, Taxonomy).Unwrap());
        return this;
    }

    public CareerBuilder Secondment(string sector, string start, string? end, decimal fte = 1m, VerificationLevel verification = VerificationLevel.Attested, string? place = "E07000113", string? profession = null) =>
        Add(global::Cpd.Domain.Experiences.Secondment.Create(NextId, _member.Id, "Secondment", Org(sector, place), profession, D(start), Opt(end), fte, Taxonomy).Unwrap(), verification);

    public CareerBuilder Shadowing(string sector, string start, string? end, decimal fte = 1m, VerificationLevel verification = VerificationLevel.Attested) =>
        Add(global::Cpd.Domain.Experiences.Shadowing.Create(NextId, _member.Id, "Shadowing", Org(sector), null, D(start), Opt(end), fte, Taxonomy).Unwrap(), verification);

    public CareerBuilder JointWork(string sector, string start, string? end, decimal fte = 1m, VerificationLevel verification = VerificationLevel.Attested) =>
        Add(global::Cpd.Domain.Experiences.JointWork.Create(NextId, _member.Id, "Joint work", Org(sector), null, D(start), Opt(end), fte, Taxonomy).Unwrap(), verification);

    public CareerBuilder Mentoring(string sector, string start, string? end, decimal fte = 0.02m, MentoringRole role = MentoringRole.Mentee, VerificationLevel verification = VerificationLevel.SelfDeclared) =>
        Add(global::Cpd.Domain.Experiences.Mentoring.Create(NextId, _member.Id, "Mentoring", role, "Sam", sector, null, D(start), Opt(end), fte, Taxonomy).Unwrap(), verification);

    public CareerBuilder PeerChallenge(string sector, string date, decimal hours = 21m, PeerChallengeRole role = PeerChallengeRole.Reviewer, VerificationLevel verification = VerificationLevel.SelfDeclared) =>
        Add(global::Cpd.Domain.Experiences.PeerChallenge.Create(NextId, _member.Id, "Peer challenge", role, Org(sector), D(date), hours).Unwrap(), verification);

    public CareerBuilder LearningEvent(string date, decimal hours, string[]? categories = null, string[]? sectors = null, VerificationLevel verification = VerificationLevel.SelfDeclared) =>
        Add(global::Cpd.Domain.Experiences.LearningEvent.Create(NextId, _member.Id, "Learning event", D(date), hours, categories ?? ["participatory"], sectors ?? [], Taxonomy).Unwrap(), verification);

    public CareerBuilder Cpd(string date, decimal hours, params string[] categories) =>
        Add(CpdActivity.Create(NextId, _member.Id, "CPD", D(date), hours, categories, Taxonomy).Unwrap(), VerificationLevel.SelfDeclared);

    /// <summary>Adds a reflection on the experience added last.</summary>
    public CareerBuilder Reflected(string whatDidNotWork = "The handover was rushed.", long? experienceId = null)
    {
        _reflections.Add(Reflection.Create(_reflections.Count + 1, _member.Id, experienceId ?? LastId, "Joint visits", whatDidNotWork, null, ReflectionVisibility.Private, Clock).Unwrap());
        return this;
    }

    public CareerBuilder Connection(string sector)
    {
        _connections.Add(global::Cpd.Domain.Members.Connection.Create(_connections.Count + 1, _member.Id, $"Contact {_connections.Count + 1}", sector, null, Taxonomy).Unwrap());
        return this;
    }

    public CareerBuilder Award(SchemeVersion version, string awardedOn)
    {
        _awards.Add(global::Cpd.Domain.Accreditation.Award.Create(_awards.Count + 1, _member.Id, version, D(awardedOn)).Unwrap());
        return this;
    }

    public Career Build() => Career.Create(_member, _employments, _experiences, _reflections, _connections, _awards);

    private long NextId => _experiences.Count + 1;

    private static LocalDate? Opt(string? date) => date is null ? null : D(date);

    private CareerBuilder Add(Experience experience, VerificationLevel verification)
    {
        if (verification != VerificationLevel.SelfDeclared)
        {
            var method = verification == VerificationLevel.Verified ? AttestationMethod.Assessor : AttestationMethod.HostOrganisation;
            experience = experience.WithAttestation(Attestation.Create(method, "Pat Host", null, Clock).Unwrap());
        }

        _experiences.Add(experience);
        return this;
    }
}
