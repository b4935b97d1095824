using NodaTime;
using NodaTime.Text;

namespace Cpd.Api.Demo;

/// <summary>
/// The demo dataset's catalogue, in one place: its organisations, its people with their careers, the HR organisation whose
/// employees carry external ids, and the accrediting body. Everything is fictional (the place codes are real ONS district codes).
/// <para>
/// The seeder (<c>DemoSeeder</c>) stores these in this order, so on a fresh database the ids — and so the global ids in
/// the README — are always the same: organisation <c>n</c> of <see cref="Organisations"/> is <c>Organisation:n</c>, person
/// <c>n</c> of <see cref="People"/> is <c>Member:n</c>. Employment dates are fixed calendar dates; experiences, reflections,
/// connections, grants, applications and awards are placed relative to the day the demo is seeded.
/// </para>
/// <para>
/// Stable on purpose: <c>samples/Cpd.HrSync/employees.csv</c> lists <see cref="HrEmployees"/>; change neither the HR
/// organisation nor its employees' external ids.
/// </para>
/// </summary>
public static class DemoDataset
{
    /// <summary>The key of the organisation whose HR system the demo's HR_SYSTEM key speaks for.</summary>
    public const string HrOrganisationKey = "northvale-council";

    /// <summary>The accrediting body's code (the body of the reference scheme).</summary>
    public const string InstituteCode = "institute-of-place-leadership";

    /// <summary>The organisations (12, in 11 sectors and 3 places).</summary>
    public static IReadOnlyList<DemoOrganisation> Organisations { get; } =
    [
        new(HrOrganisationKey, "Northvale District Council", "local-government", "E07000113"),
        new("kestrel-health", "Kestrel Valley NHS Foundation Trust", "health", "E07000113"),
        new("vale-care", "Vale Community Care Partnership", "social-care", "E07000110"),
        new("harbour-academies", "Harbour Academies Trust", "education", "E06000035"),
        new("vale-police", "Vale and Harbour Police", "policing", "E06000035"),
        new("vale-fire", "Vale Fire and Rescue Service", "fire-rescue", "E07000110"),
        new("harbourside-homes", "Harbourside Homes", "housing", "E06000035"),
        new("vale-voluntary", "Vale Voluntary Action", "voluntary-community", "E07000113"),
        new("vale-probation", "Vale Probation Delivery Unit", "criminal-justice", "E07000110"),
        new("local-growth", "Department for Local Growth", "central-government", null),
        new("meridian", "Meridian Public Consulting Ltd", "private", "E06000035"),
        new("harbour-council", "Harbour City Council", "local-government", "E06000035"),
    ];

    /// <summary>The people (44): 13 eligible, 11 close, 20 far from the reference scheme on the day of seeding.</summary>
    public static IReadOnlyList<DemoPerson> People { get; } =
    [
        Person("Daniel Whitfield", DemoProfile.Close,
            Job(HrOrganisationKey, "Strategic Housing Lead", "housing-management", "2020-06-01", null, 1.0m, "NVC-1002"),
            Job("harbourside-homes", "Housing Officer", "housing-management", "2014-02-03", "2020-05-29", 1.0m),
            Job("harbour-council", "Graduate Trainee", "general-management", "2012-09-03", "2014-01-31", 1.0m)),
        Person("Amira Okafor", DemoProfile.Eligible,
            Job(HrOrganisationKey, "Head of Community Safety", "general-management", "2019-04-01", null, 1.0m, "NVC-1001"),
            Job("vale-police", "Inspector, Neighbourhood Policing", "policing", "2010-09-01", "2019-03-31", 1.0m)),
        Person("Priya Raman", DemoProfile.Eligible,
            Job(HrOrganisationKey, "Director of Public Health", "public-health", "2018-01-08", null, 1.0m, "NVC-1003"),
            Job("kestrel-health", "Consultant in Public Health", "public-health", "2012-10-01", "2018-01-05", 1.0m),
            Job("kestrel-health", "Specialty Registrar", "medicine", "2007-08-01", "2012-09-30", 1.0m)),
        Person("Tom Hargreaves", DemoProfile.Far,
            Job(HrOrganisationKey, "Senior Planning Officer", "planning", "2023-03-01", null, 1.0m, "NVC-1004"),
            Job("meridian", "Planning Consultant", "planning", "2018-07-02", "2023-02-24", 1.0m)),
        Person("Grace Mensah", DemoProfile.Close,
            Job(HrOrganisationKey, "Principal Social Worker", "social-work", "2019-09-02", null, 0.8m, "NVC-1005"),
            Job("vale-care", "Senior Social Worker", "social-work", "2014-05-06", "2019-08-30", 1.0m),
            Job("vale-care", "Social Worker", "social-work", "2011-09-05", "2014-05-02", 1.0m)),
        Person("Owen Price", DemoProfile.Far,
            Job(HrOrganisationKey, "Finance Business Partner", "finance", "2021-11-01", null, 1.0m, "NVC-1006"),
            Job("harbour-academies", "Finance Manager", "finance", "2016-04-04", "2021-10-29", 1.0m)),
        Person("Sofia Marques", DemoProfile.Eligible,
            Job(HrOrganisationKey, "Head of Partnerships", "general-management", "2017-05-02", null, 1.0m, "NVC-1007"),
            Job("vale-voluntary", "Chief Executive", "general-management", "2012-01-09", "2017-04-28", 0.8m),
            Job("vale-voluntary", "Development Manager", "general-management", "2009-03-02", "2012-01-06", 1.0m)),
        Person("Callum Reid", DemoProfile.Far,
            Job(HrOrganisationKey, "Policy Officer", "policy", "2024-09-02", null, 1.0m, "NVC-1008"),
            Job("local-growth", "Policy Adviser", "policy", "2021-09-06", "2024-08-30", 1.0m)),
        Person("Hannah Lewis", DemoProfile.Close,
            Job(HrOrganisationKey, "Early Help Manager", "social-work", "2020-01-06", null, 1.0m, "NVC-1009"),
            Job("harbour-academies", "Designated Safeguarding Lead", "teaching", "2015-09-01", "2019-12-20", 1.0m),
            Job("harbour-academies", "Teacher", "teaching", "2010-09-01", "2015-08-31", 1.0m)),
        Person("Marcus Bell", DemoProfile.Far,
            Job(HrOrganisationKey, "Emergency Planning Officer", "general-management", "2022-02-01", null, 0.6m, "NVC-1010"),
            Job("vale-fire", "Watch Manager", "fire-service", "2014-04-07", "2022-01-28", 1.0m),
            Job("vale-fire", "Firefighter", "fire-service", "2006-09-04", "2014-04-04", 1.0m)),
        Person("Ifeoma Adeyemi", DemoProfile.Eligible,
            Job(HrOrganisationKey, "Chief Executive", "general-management", "2021-04-06", null, 1.0m, "NVC-1011"),
            Job("harbour-council", "Corporate Director, Place", "general-management", "2015-06-01", "2021-04-02", 1.0m),
            Job("kestrel-health", "Director of Strategy", "general-management", "2010-01-04", "2015-05-29", 1.0m),
            Job("local-growth", "Senior Policy Adviser", "policy", "2005-09-05", "2009-12-18", 1.0m)),
        Person("Jack Thornton", DemoProfile.Far,
            Job(HrOrganisationKey, "Revenues Officer", "finance", "2019-10-07", null, 1.0m, "NVC-1012"),
            Job("meridian", "Accounts Assistant", "finance", "2016-06-06", "2019-10-04", 1.0m)),
        Person("Rebecca Holt", DemoProfile.Close,
            Job("vale-voluntary", "Director of Services", "general-management", "2022-07-04", null, 1.0m),
            Job(HrOrganisationKey, "Community Development Officer", "general-management", "2015-03-02", "2022-07-01", 1.0m, "NVC-0871")),
        Person("Samuel Osei", DemoProfile.Far,
            Job("kestrel-health", "Estates Planner", "planning", "2024-01-08", null, 1.0m),
            Job(HrOrganisationKey, "Planning Officer", "planning", "2016-09-05", "2023-12-22", 1.0m, "NVC-0915")),
        Person("Laura Fitzgerald", DemoProfile.Eligible,
            Job("harbour-council", "Director of Regeneration", "planning", "2020-10-05", null, 1.0m),
            Job(HrOrganisationKey, "Head of Planning", "planning", "2014-01-06", "2020-10-02", 1.0m, "NVC-0655"),
            Job("meridian", "Associate", "surveying", "2009-06-01", "2013-12-20", 1.0m)),
        Person("Yusuf Khan", DemoProfile.Eligible,
            Job("vale-police", "Chief Inspector, Partnerships", "policing", "2016-04-04", null, 1.0m),
            Job("vale-police", "Sergeant", "policing", "2009-10-05", "2016-04-01", 1.0m)),
        Person("Eleanor Shaw", DemoProfile.Close,
            Job("kestrel-health", "Director of Nursing, Community", "nursing", "2019-02-04", null, 1.0m),
            Job("kestrel-health", "Matron", "nursing", "2012-06-04", "2019-02-01", 1.0m)),
        Person("Kwame Asante", DemoProfile.Far,
            Job("harbour-academies", "Headteacher", "teaching", "2018-09-01", null, 1.0m),
            Job("harbour-academies", "Deputy Headteacher", "teaching", "2013-09-01", "2018-08-31", 1.0m)),
        Person("Niamh O'Connor", DemoProfile.Eligible,
            Job("vale-care", "Director of Adult Social Care", "social-work", "2018-11-05", null, 1.0m),
            Job("harbour-council", "Head of Adult Services", "social-work", "2012-04-02", "2018-11-02", 1.0m),
            Job("vale-care", "Team Manager", "social-work", "2007-09-03", "2012-03-30", 1.0m)),
        Person("Ravi Patel", DemoProfile.Far,
            Job("meridian", "Managing Consultant", "general-management", "2020-02-03", null, 1.0m),
            Job("local-growth", "Economic Adviser", "policy", "2014-09-01", "2020-01-31", 1.0m)),
        Person("Charlotte Evans", DemoProfile.Close,
            Job("vale-fire", "Area Manager, Prevention", "fire-service", "2017-07-03", null, 1.0m),
            Job("vale-fire", "Station Manager", "fire-service", "2010-05-04", "2017-06-30", 1.0m)),
        Person("Benjamin Clarke", DemoProfile.Far,
            Job("harbourside-homes", "Head of Tenancy Services", "housing-management", "2021-03-01", null, 1.0m),
            Job("harbour-council", "Housing Options Officer", "housing-management", "2016-10-03", "2021-02-26", 1.0m)),
        Person("Zainab Hussain", DemoProfile.Eligible,
            Job("kestrel-health", "Consultant Psychiatrist", "medicine", "2016-08-01", null, 0.8m),
            Job("vale-care", "Medical Adviser", "medicine", "2019-01-07", "2023-12-29", 0.2m),
            Job("kestrel-health", "Specialty Doctor", "medicine", "2011-02-07", "2016-07-29", 1.0m)),
        Person("George Turner", DemoProfile.Far,
            Job("vale-probation", "Probation Officer", "probation", "2022-05-03", null, 1.0m),
            Job("vale-voluntary", "Support Worker", "general-management", "2019-04-01", "2022-04-29", 1.0m)),
        Person("Aisha Bello", DemoProfile.Close,
            Job("vale-probation", "Head of Probation Delivery", "probation", "2019-06-03", null, 1.0m),
            Job("vale-probation", "Senior Probation Officer", "probation", "2013-01-07", "2019-05-31", 1.0m),
            Job("vale-police", "Offender Manager", "policing", "2009-02-02", "2012-12-21", 1.0m)),
        Person("Liam Doherty", DemoProfile.Far,
            Job("vale-police", "Detective Constable", "policing", "2020-09-07", null, 1.0m),
            Job("harbour-academies", "Teaching Assistant", "teaching", "2017-09-01", "2020-08-31", 0.8m)),
        Person("Mei Lin Chen", DemoProfile.Eligible,
            Job("local-growth", "Deputy Director, Place Partnerships", "policy", "2019-09-02", null, 1.0m),
            Job("harbour-council", "Head of Policy", "policy", "2013-03-04", "2019-08-30", 1.0m),
            Job("meridian", "Consultant", "policy", "2009-09-07", "2013-03-01", 1.0m)),
        Person("Fiona MacLeod", DemoProfile.Far,
            Job("kestrel-health", "Physiotherapist", "allied-health", "2021-01-04", null, 0.8m),
            Job("kestrel-health", "Rotational Physiotherapist", "allied-health", "2018-08-06", "2020-12-31", 1.0m)),
        Person("Adebayo Ogun", DemoProfile.Close,
            Job("harbour-council", "Head of Housing Strategy", "housing-management", "2020-04-01", null, 1.0m),
            Job("harbourside-homes", "Development Manager", "surveying", "2014-07-07", "2020-03-27", 1.0m)),
        Person("Rosa Delgado", DemoProfile.Far,
            Job("vale-voluntary", "Volunteer Coordinator", "general-management", "2023-05-02", null, 0.6m),
            Job("vale-care", "Care Coordinator", "social-work", "2019-10-01", "2023-04-28", 1.0m)),
        Person("Patrick Nolan", DemoProfile.Eligible,
            Job("vale-fire", "Chief Fire Officer", "fire-service", "2019-01-07", null, 1.0m),
            Job("vale-fire", "Deputy Chief Fire Officer", "fire-service", "2014-04-01", "2019-01-04", 1.0m),
            Job("harbour-council", "Resilience Manager", "general-management", "2010-02-01", "2014-03-28", 1.0m)),
        Person("Esther Mwangi", DemoProfile.Far,
            Job("harbour-academies", "Special Educational Needs Coordinator", "teaching", "2019-09-01", null, 1.0m),
            Job("vale-care", "Family Support Worker", "social-work", "2015-01-05", "2019-08-30", 1.0m)),
        Person("Harriet Cole", DemoProfile.Close,
            Job("vale-care", "Head of Commissioning", "finance", "2018-03-05", null, 1.0m),
            Job("kestrel-health", "Commissioning Manager", "finance", "2013-09-02", "2018-03-02", 1.0m)),
        Person("Dev Sharma", DemoProfile.Far,
            Job("meridian", "Data Analyst", "policy", "2022-10-03", null, 1.0m),
            Job("harbour-council", "Graduate Analyst", "policy", "2020-09-07", "2022-09-30", 1.0m)),
        Person("Olivia Grant", DemoProfile.Eligible,
            Job("harbourside-homes", "Chief Executive", "housing-management", "2018-05-01", null, 1.0m),
            Job("harbour-council", "Director of Housing", "housing-management", "2012-09-03", "2018-04-27", 1.0m)),
        Person("Chinedu Eze", DemoProfile.Far,
            Job("kestrel-health", "Staff Nurse", "nursing", "2021-09-06", null, 1.0m),
            Job("vale-care", "Healthcare Assistant", "nursing", "2018-02-05", "2021-09-03", 1.0m)),
        Person("Imogen Hart", DemoProfile.Close,
            Job("harbour-academies", "Chief Executive", "teaching", "2017-01-03", null, 1.0m),
            Job("harbour-council", "Head of School Improvement", "teaching", "2011-09-01", "2016-12-23", 1.0m)),
        Person("Tariq Aziz", DemoProfile.Far,
            Job("vale-police", "Police Community Support Officer", "policing", "2023-01-09", null, 1.0m),
            Job("harbourside-homes", "Neighbourhood Officer", "housing-management", "2019-03-04", "2023-01-06", 1.0m)),
        Person("Bethan Jones", DemoProfile.Eligible,
            Job("vale-voluntary", "Chief Executive", "general-management", "2022-09-05", null, 1.0m),
            Job("kestrel-health", "Head of Patient Experience", "nursing", "2015-11-02", "2022-09-02", 1.0m),
            Job("kestrel-health", "Ward Sister", "nursing", "2009-06-01", "2015-10-30", 1.0m)),
        Person("Luca Romano", DemoProfile.Far,
            Job("vale-fire", "Firefighter", "fire-service", "2020-03-02", null, 1.0m),
            Job("meridian", "Site Surveyor", "surveying", "2017-05-01", "2020-02-28", 1.0m)),
        Person("Nadia Rahman", DemoProfile.Close,
            Job("kestrel-health", "Consultant in Public Health", "public-health", "2020-07-01", null, 1.0m),
            Job("harbour-council", "Public Health Specialist", "public-health", "2015-02-02", "2020-06-30", 1.0m)),
        Person("Joseph Kamara", DemoProfile.Far,
            Job("vale-probation", "Case Administrator", "probation", "2024-02-05", null, 1.0m),
            Job("vale-police", "Police Staff Investigator", "policing", "2020-06-01", "2024-02-02", 1.0m)),
        Person("Ruth Abernethy", DemoProfile.Eligible,
            Job("harbour-council", "Chief Executive", "general-management", "2020-01-06", null, 1.0m),
            Job("local-growth", "Director, Local Government Finance", "finance", "2014-03-03", "2019-12-20", 1.0m),
            Job("harbour-council", "Director of Finance", "finance", "2008-06-02", "2014-02-28", 1.0m)),
        Person("Sean Brennan", DemoProfile.Far,
            Job("local-growth", "Higher Executive Officer", "policy", "2022-01-10", null, 1.0m),
            Job("vale-voluntary", "Campaigns Officer", "general-management", "2019-07-01", "2021-12-24", 1.0m)),
    ];

    /// <summary>The HR organisation (<see cref="HrOrganisationKey"/>).</summary>
    public static DemoOrganisation HrOrganisation => Organisations.Single(o => o.Key == HrOrganisationKey);

    /// <summary>The person the demo's MEMBER key is issued for (<c>Member:1</c>), a member close to the reference scheme.</summary>
    public static DemoPerson KeyMember => People[0];

    /// <summary>The HR organisation's current employees, as its HR system exports them (ordered by external id).</summary>
    public static IReadOnlyList<DemoEmployee> HrEmployees { get; } =
    [
        .. People.SelectMany(p => p.Jobs.Where(j => j.OrganisationKey == HrOrganisationKey && j.End is null && j.ExternalId is not null)
                .Select(j => new DemoEmployee(j.ExternalId!, p.DisplayName, j.Role, j.ProfessionCode, j.Start, j.Fte, p.WorkEmail)))
            .OrderBy(e => e.ExternalId, StringComparer.Ordinal),
    ];

    /// <summary>The organisation with a key.</summary>
    /// <param name="key">A <see cref="DemoOrganisation.Key"/>.</param>
    /// <returns>The organisation.</returns>
    public static DemoOrganisation Organisation(string key) => Organisations.Single(o => o.Key == key);

    private static DemoPerson Person(string name, DemoProfile profile, params DemoJob[] jobs) => new(name, profile, jobs);

    private static DemoJob Job(string organisation, string role, string profession, string start, string? end, decimal fte, string? externalId = null) =>
        new(organisation, role, profession, Date(start), end is null ? null : Date(end), fte, externalId);

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;
}
