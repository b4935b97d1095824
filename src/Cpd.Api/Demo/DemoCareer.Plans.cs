using Cpd.Domain.Experiences;
using Cpd.Domain.Reflections;
using NodaTime;

namespace Cpd.Api.Demo;

/// <summary>
/// The plans that put a person where their profile says against the reference scheme (version 2 needs 273 attested FTE-days
/// across sectors in 5 years, two other sectors, a peer challenge and cross-sector mentoring or a network of four sectors in
/// 3 years, 90 learning hours in 3 years with 20 in every year and a quarter across sectors, and reflections on half the
/// cross-boundary experiences).
/// </summary>
internal sealed partial class DemoCareer
{
    private const string Participatory = "participatory";

    private static readonly string[][] CpdCategories = [["self-directed"], ["formal", "external"], ["formal", "internal"], ["informal"]];

    private Task AddPlanAsync(CancellationToken cancellationToken) => _person.Profile switch
    {
        // Eligible: a completed, attested year's secondment and everything else.
        DemoProfile.Eligible => AddLeaderAsync(ongoingSecondment: false, plannedPeerChallenge: false, cancellationToken),

        // Close, by turns: an ongoing half-time secondment that reaches the time needed in about five months, or everything but
        // the peer challenge, which is planned in the next few months.
        DemoProfile.Close => AddLeaderAsync(ongoingSecondment: Rank % 2 == 0, plannedPeerChallenge: Rank % 2 == 1, cancellationToken),

        // Far: each misses something no recorded experience will supply.
        _ => (Rank % 4) switch
        {
            0 => AddSelfDeclaredSecondmentAsync(cancellationToken),
            1 => AddNoSecondmentAsync(cancellationToken),
            2 => AddNewcomerAsync(cancellationToken),
            _ => AddOldSecondmentAsync(cancellationToken),
        },
    };

    private async Task AddLeaderAsync(bool ongoingSecondment, bool plannedPeerChallenge, CancellationToken cancellationToken)
    {
        var eligible = _person.Profile == DemoProfile.Eligible;

        // The secondment: 365 FTE-days ending about three years ago, or half-time for the last ~400 days and the next 300.
        LocalDate start, end;
        decimal fte;
        if (ongoingSecondment)
        {
            (start, end, fte) = (Today.PlusDays(-Between(380, 420)), Today.PlusDays(300), 0.5m);
        }
        else
        {
            start = Today.PlusDays(-Between(1100, 1350));
            (end, fte) = _random.Next(2) == 0 ? (start.PlusDays(364), 1.0m) : (start.PlusDays(455), 0.8m);
        }

        var host = PickHost(start, end);
        var secondment = await AddAsync(id => Secondment.Create(id, MemberId, $"Secondment to {host.Name}: {Pick(DemoTexts.Projects)}", Of(host),
            HomeProfessionOn(start), start, end, fte, _run.Taxonomy), cancellationToken).ConfigureAwait(false);
        var supervisor = Pick(DemoTexts.Names);
        secondment = await AttestAsync(secondment, AttestationMethod.HostOrganisation, supervisor, EmailAt(supervisor, host),
            ongoingSecondment ? start.PlusDays(60) : end.PlusDays(14), cancellationToken).ConfigureAwait(false);
        if (eligible && Rank % 3 == 0)
        {
            await AttestAsync(secondment, AttestationMethod.Assessor, Pick(DemoTexts.Names), null, end.PlusDays(60), cancellationToken).ConfigureAwait(false);
        }

        await AddReflectionAsync(secondment, ReflectionVisibility.SharedWithAssessors, ongoingSecondment ? start.PlusDays(120) : end.PlusDays(30), cancellationToken)
            .ConfigureAwait(false);

        // Ongoing joint work with a second sector (attested only for the eligible: for the close it is there, but does not count).
        var jointStart = Today.PlusDays(-Between(200, 400));
        var partner = PickHost(jointStart, Today, host.SectorCode);
        var joint = await AddAsync(id => JointWork.Create(id, MemberId, $"Joint work with {partner.Name}: {Pick(DemoTexts.Projects)}", Of(partner),
            null, jointStart, null, 0.2m, _run.Taxonomy), cancellationToken).ConfigureAwait(false);
        if (eligible)
        {
            var lead = Pick(DemoTexts.Names);
            joint = await AttestAsync(joint, AttestationMethod.ExternalLink, lead, EmailAt(lead, partner), jointStart.PlusDays(45), cancellationToken).ConfigureAwait(false);
        }

        await AddReflectionAsync(joint, Rank % 3 == 0 ? ReflectionVisibility.PublishedAnonymised : ReflectionVisibility.SharedWithAssessors,
            jointStart.PlusDays(90), cancellationToken).ConfigureAwait(false);

        // A week's shadowing, self-declared.
        var shadowStart = Today.PlusDays(-Between(420, 700));
        var shadowEnd = shadowStart.PlusDays(Between(4, 9));
        var shadowHost = PickHost(shadowStart, shadowEnd);
        var shadowing = await AddAsync(id => Shadowing.Create(id, MemberId, $"Shadowing at {shadowHost.Name}", Of(shadowHost), null, shadowStart, shadowEnd,
            1.0m, _run.Taxonomy), cancellationToken).ConfigureAwait(false);
        await AddReflectionAsync(shadowing, ReflectionVisibility.Private, shadowEnd.PlusDays(3), cancellationToken).ConfigureAwait(false);

        await AddPeerChallengeAsync(plannedPeerChallenge ? Today.PlusDays(Between(30, 120)) : Today.PlusDays(-Between(300, 700)), reflect: !plannedPeerChallenge,
            cancellationToken).ConfigureAwait(false);
        await AddMentoringAsync(Rank % 2 == 0 ? MentoringRole.Mentor : MentoringRole.Mentee, reflect: true, cancellationToken).ConfigureAwait(false);
        await AddLearningAsync(years: 4, reflect: true, cancellationToken).ConfigureAwait(false);
        if (Rank % 2 == 0)
        {
            await AddReflectionAsync(null, ReflectionVisibility.Private, Today.PlusDays(-Between(5, 40)), cancellationToken).ConfigureAwait(false);
        }

        await AddConnectionsAsync(4, Between(5, 7), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A secondment nobody has confirmed yet: it does not count towards the attested cross-sector time.</summary>
    private async Task AddSelfDeclaredSecondmentAsync(CancellationToken cancellationToken)
    {
        var start = Today.PlusDays(-Between(500, 900));
        var end = start.PlusDays(179);
        var host = PickHost(start, end);
        var secondment = await AddAsync(id => Secondment.Create(id, MemberId, $"Secondment to {host.Name}: {Pick(DemoTexts.Projects)}", Of(host),
            HomeProfessionOn(start), start, end, 0.6m, _run.Taxonomy), cancellationToken).ConfigureAwait(false);
        await AddReflectionAsync(secondment, ReflectionVisibility.Private, end.PlusDays(10), cancellationToken).ConfigureAwait(false);
        await AddLearningAsync(years: 2, reflect: false, cancellationToken).ConfigureAwait(false);
        await AddConnectionsAsync(Between(1, 2), 2, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Shadowing, a peer challenge, being mentored and learning, but no secondment or joint work.</summary>
    private async Task AddNoSecondmentAsync(CancellationToken cancellationToken)
    {
        var start = Today.PlusDays(-Between(100, 400));
        var end = start.PlusDays(Between(2, 4));
        var host = PickHost(start, end);
        await AddAsync(id => Shadowing.Create(id, MemberId, $"Shadowing at {host.Name}", Of(host), null, start, end, 1.0m, _run.Taxonomy), cancellationToken)
            .ConfigureAwait(false);
        await AddPeerChallengeAsync(Today.PlusDays(-Between(60, 500)), reflect: true, cancellationToken).ConfigureAwait(false);
        await AddMentoringAsync(MentoringRole.Mentee, reflect: false, cancellationToken).ConfigureAwait(false);
        await AddLearningAsync(years: 3, reflect: false, cancellationToken).ConfigureAwait(false);
        await AddConnectionsAsync(Between(2, 3), 3, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Some learning and a private reflection: the start of a record.</summary>
    private async Task AddNewcomerAsync(CancellationToken cancellationToken)
    {
        await AddLearningAsync(years: 1, reflect: false, cancellationToken).ConfigureAwait(false);
        await AddCpdAsync(Today.PlusDays(-Between(200, 300)), cancellationToken).ConfigureAwait(false);
        await AddReflectionAsync(null, ReflectionVisibility.Private, Today.PlusDays(-Between(10, 60)), cancellationToken).ConfigureAwait(false);
        await AddConnectionsAsync(1, 1, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Everything, but the attested secondment ended more than five years ago: rolling windows let it drop out.</summary>
    private async Task AddOldSecondmentAsync(CancellationToken cancellationToken)
    {
        var start = Today.PlusDays(-Between(2100, 2300));
        var end = start.PlusDays(364);
        var host = PickHost(start, end);
        var secondment = await AddAsync(id => Secondment.Create(id, MemberId, $"Secondment to {host.Name}: {Pick(DemoTexts.Projects)}", Of(host),
            HomeProfessionOn(start), start, end, 1.0m, _run.Taxonomy), cancellationToken).ConfigureAwait(false);
        var supervisor = Pick(DemoTexts.Names);
        await AttestAsync(secondment, AttestationMethod.HostOrganisation, supervisor, EmailAt(supervisor, host), end.PlusDays(20), cancellationToken).ConfigureAwait(false);
        await AddPeerChallengeAsync(Today.PlusDays(-Between(100, 600)), reflect: true, cancellationToken).ConfigureAwait(false);
        await AddMentoringAsync(MentoringRole.Mentor, reflect: true, cancellationToken).ConfigureAwait(false);
        await AddLearningAsync(years: 3, reflect: true, cancellationToken).ConfigureAwait(false);
        await AddConnectionsAsync(4, 4, cancellationToken).ConfigureAwait(false);
    }

    private async Task AddPeerChallengeAsync(LocalDate date, bool reflect, CancellationToken cancellationToken)
    {
        var role = Rank % 2 == 0 ? PeerChallengeRole.Reviewer : PeerChallengeRole.Host;
        var peer = Pick(DemoDataset.Organisations.Where(o => o.Key != _person.CurrentJob.OrganisationKey).ToList());
        var project = Pick(DemoTexts.Projects);
        var title = date > Today ? $"Planned peer challenge with {peer.Name}"
            : role == PeerChallengeRole.Reviewer ? $"Peer challenge of {peer.Name}'s {project}" : $"Peer challenge of our {project}, led by {peer.Name}";
        var challenge = await AddAsync(id => PeerChallenge.Create(id, MemberId, title, role, Of(peer), date, Between(14, 30)), cancellationToken).ConfigureAwait(false);
        if (reflect)
        {
            await AddReflectionAsync(challenge, Rank % 2 == 0 ? ReflectionVisibility.SharedWithAssessors : ReflectionVisibility.Private, date.PlusDays(7), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private async Task AddMentoringAsync(MentoringRole role, bool reflect, CancellationToken cancellationToken)
    {
        var start = Today.PlusDays(-Between(420, 650));
        var end = start.PlusDays(Between(200, 300));
        var counterpart = Pick(DemoTexts.Names);
        var sector = Pick(OtherSectors());
        var sectorName = _run.Taxonomy.Sectors.Single(s => s.Code == sector).Name.ToLowerInvariant();
        var title = role == MentoringRole.Mentor ? $"Mentoring {counterpart}, a leader in {sectorName}" : $"Mentored by {counterpart} ({sectorName})";
        var mentoring = await AddAsync(id => Mentoring.Create(id, MemberId, title, role, counterpart, sector, null, start, end, 0.05m, _run.Taxonomy), cancellationToken)
            .ConfigureAwait(false);
        if (reflect)
        {
            await AddReflectionAsync(mentoring, ReflectionVisibility.SharedWithAssessors, end.PlusDays(10), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A cross-sector event, other CPD and a session of reflection with a peer in each of the last <paramref name="years"/> years (33 to 48 hours a year).</summary>
    private async Task AddLearningAsync(int years, bool reflect, CancellationToken cancellationToken)
    {
        for (var year = 0; year < years; year++)
        {
            var date = Today.PlusDays(-(30 + (365 * year) + Between(0, 60)));
            var home = HomeSectorOn(date);
            List<string> sectors = home is null ? [Pick(OtherSectors())] : [home, Pick(OtherSectors().Where(s => s != home).ToList())];
            var learning = await AddAsync(id => LearningEvent.Create(id, MemberId, Pick(DemoTexts.LearningEvents), date, Between(13, 18), [Participatory, "external"],
                sectors.Distinct().ToList(), _run.Taxonomy), cancellationToken).ConfigureAwait(false);
            if (reflect && year == 0)
            {
                await AddReflectionAsync(learning, ReflectionVisibility.Private, date.PlusDays(2), cancellationToken).ConfigureAwait(false);
            }

            await AddCpdAsync(Today.PlusDays(-(120 + (365 * year) + Between(0, 90))), cancellationToken).ConfigureAwait(false);
            var peerDate = Today.PlusDays(-(220 + (365 * year) + Between(0, 60)));
            await AddAsync(id => CpdActivity.Create(id, MemberId, "Reflective practice session with a peer", peerDate, Between(4, 8), ["peer-reflection", Participatory],
                _run.Taxonomy), cancellationToken).ConfigureAwait(false);
        }
    }

    private Task<Experience> AddCpdAsync(LocalDate date, CancellationToken cancellationToken) =>
        AddAsync(id => CpdActivity.Create(id, MemberId, Pick(DemoTexts.CpdActivities), date, Between(16, 22), Pick(CpdCategories), _run.Taxonomy), cancellationToken);
}
