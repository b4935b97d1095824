using System.Globalization;

namespace Cpd.Api.SyncBench;

/// <summary>
/// A deterministic HR extract: row <c>i</c> depends only on the seed and <c>i</c>, so a chunk is made when it is sent and
/// the second pass re-sends exactly the first pass's rows. Values are realistic and long (names, emails, roles).
/// </summary>
internal sealed class WorkforceRows(int seed)
{
    private static readonly string[] Given = ["Alexandra", "Oluwaseun", "Margaret", "Christopher", "Siobhan", "Mohammed", "Katarzyna", "Rhiannon", "Benedict", "Priyanka"];
    private static readonly string[] Family = ["Montgomery-Fitzwilliam", "Adeyemi-Okonkwo", "Abernethy", "Szczepanska", "Venkataraman", "O'Callaghan", "Llewellyn", "Hutchinson"];
    private static readonly (string Profession, string Role)[] Jobs =
    [
        ("nursing", "Senior Clinical Nurse Specialist, Adult Safeguarding and Mental Capacity Act"),
        ("social-work", "Advanced Social Work Practitioner, Children's Safeguarding and Family Support"),
        ("public-health", "Consultant in Public Health, Health Protection and Inequalities"),
        ("finance", "Principal Finance Business Partner, Capital Programme and Treasury"),
        ("planning", "Senior Planning Officer, Strategic Growth and Infrastructure Delivery"),
        ("general-management", "Head of Integrated Commissioning, Community Services and Partnerships"),
    ];

    private static readonly decimal[] Ftes = [1m, 1m, 1m, 0.8m, 0.6m, 0.5m];

    /// <summary>The rows <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> − 1, as <c>WorkforceRowInput</c> JSON objects.</summary>
    public IReadOnlyList<Dictionary<string, object?>> Chunk(int first, int count) =>
        [.. Enumerable.Range(first, count).Select(Row)];

    private Dictionary<string, object?> Row(int index)
    {
        var random = new Random(unchecked((seed * 397) ^ index));
        var given = Given[random.Next(Given.Length)];
        var family = Family[random.Next(Family.Length)];
        var (profession, role) = Jobs[random.Next(Jobs.Length)];
        var start = new DateOnly(2000, 1, 1).AddDays(random.Next(9500));
        var ended = random.Next(10) == 0;
        return new()
        {
            ["externalId"] = string.Create(CultureInfo.InvariantCulture, $"EMP-{seed}-{index:D8}"),
            ["displayName"] = string.Create(CultureInfo.InvariantCulture, $"{given} {family} {index}"),
            ["workEmail"] = string.Create(CultureInfo.InvariantCulture, $"{given}.{family}.{index}@northshire-community-healthcare.nhs.example").ToLowerInvariant(),
            ["professionalRegistration"] = string.Create(CultureInfo.InvariantCulture, $"REG-{seed}-{index:D8}"),
            ["role"] = role,
            ["professionCode"] = profession,
            ["start"] = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["end"] = ended ? start.AddDays(365 + random.Next(2000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            ["fte"] = Ftes[random.Next(Ftes.Length)],
        };
    }
}
