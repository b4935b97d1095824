using Cpd.Api.Persistence.Entities;
using EligibilityReportJson = Cpd.Api.Schema.Applications.EligibilityReportJson;
using Cpd.Domain.Accreditation;
using NodaTime;

namespace Cpd.Api.Demo;

/// <summary>Access grants to the institute, and applications (pending, awarded, refused) judged by the domain on their day.</summary>
internal sealed partial class DemoCareer
{
    /// <summary>
    /// Grants the institute's assessors access (most eligible and close members; some grants expired or revoked) and adds the
    /// applications: the first five eligible members were awarded, the next three are pending; the first two close members
    /// were refused and the third is pending.
    /// </summary>
    public async Task AddAccessAndApplicationsAsync(CancellationToken cancellationToken)
    {
        if (_person.Profile == DemoProfile.Far)
        {
            return;
        }

        if (Rank % 3 != 2)
        {
            var granted = Today.PlusDays(-Between(10, 300));
            await AddGrantAsync(granted, granted.PlusDays(365), null, cancellationToken).ConfigureAwait(false);
        }

        if (Rank % 5 == 1)
        {
            await AddGrantAsync(Today.PlusDays(-500), Today.PlusDays(-135), null, cancellationToken).ConfigureAwait(false);
        }

        if (_person.Profile == DemoProfile.Close && Rank % 4 == 3)
        {
            await AddGrantAsync(Today.PlusDays(-200), null, Today.PlusDays(-30), cancellationToken).ConfigureAwait(false);
        }

        var decision = (_person.Profile, Rank) switch
        {
            (DemoProfile.Eligible, < 5) => ApplicationStatus.Awarded,
            (DemoProfile.Eligible, < 8) or (DemoProfile.Close, 2) => ApplicationStatus.Pending,
            (DemoProfile.Close, < 2) => ApplicationStatus.Refused,
            _ => (ApplicationStatus?)null,
        };
        if (decision is { } status)
        {
            var appliedOn = status == ApplicationStatus.Pending ? Today.PlusDays(-Between(5, 25)) : Today.PlusDays(-Between(60, 120));
            await AddApplicationAsync(appliedOn, status, appliedOn.PlusDays(Between(14, 28)), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task AddGrantAsync(LocalDate granted, LocalDate? expires, LocalDate? revoked, CancellationToken cancellationToken)
    {
        _run.Db.AccessGrants.Add(new AccessGrantRecord
        {
            Id = await _run.NextIdAsync<AccessGrantRecord>(cancellationToken).ConfigureAwait(false),
            MemberId = MemberId,
            BodyId = _run.BodyId,
            GrantedAt = _run.At(granted),
            ExpiresAt = expires?.At(new LocalTime(9, 0)).InUtc().ToInstant(),
            RevokedAt = revoked is { } r ? _run.At(r) : null,
        });
        _run.Counts.Grants++;
    }

    /// <summary>Applies as of a day (the version then in force, the report snapshotted as <c>applyForAccreditation</c> stores it) and, unless pending, decides on another.</summary>
    private async Task AddApplicationAsync(LocalDate appliedOn, ApplicationStatus status, LocalDate decidedOn, CancellationToken cancellationToken)
    {
        if (_run.Scheme.VersionOn(appliedOn) is not { } version)
        {
            return;
        }

        var report = _run.PlanOf(version).Evaluate(ToCareer(), appliedOn);
        var snapshot = report.ToSnapshot();
        var id = await _run.NextIdAsync<ApplicationRecord>(cancellationToken).ConfigureAwait(false);
        var application = Application.Submit(id, MemberId, version, appliedOn, snapshot).Unwrap();
        Award? award = null;
        if (status == ApplicationStatus.Awarded)
        {
            var awardId = await _run.NextIdAsync<AwardRecord>(cancellationToken).ConfigureAwait(false);
            var awarded = application.Award(awardId, decidedOn, snapshot.Eligible ? null : "The panel accepted equivalent evidence from the member's previous role.").Unwrap();
            (application, award) = (awarded.Application, awarded.Award);
        }
        else if (status == ApplicationStatus.Refused)
        {
            var missing = report.Requirements.Where(r => !r.IsMet && r.Children.Count == 0).Select(r => r.Explanation).FirstOrDefault() ?? report.Summary;
            application = application.Refuse(decidedOn, $"Not yet eligible. {missing} Please reapply when this is met.").Unwrap();
        }

        _run.Db.Applications.Add(new ApplicationRecord
        {
            Id = id,
            MemberId = MemberId,
            SchemeVersionId = _run.SchemeVersionIds[version.Number],
            AppliedOn = appliedOn,
            SnapshotJson = EligibilityReportJson.Serialize(report),
            Status = application.Status,
            DecidedAt = application.DecidedOn is { } decided ? _run.At(decided) : null,
            Reason = application.DecisionReason,
        });
        _run.Counts.Applications++;
        if (award is not null)
        {
            _awards.Add(award);
            _run.Db.Awards.Add(new AwardRecord
            {
                Id = award.Id, MemberId = MemberId, SchemeId = award.SchemeId, SchemeVersionId = _run.SchemeVersionIds[award.VersionNumber], ApplicationId = id,
                AwardedOn = award.AwardedOn, ExpiresOn = award.ExpiresOn,
            });
            _run.Counts.Awards++;
        }
    }
}
