using Cpd.Domain.Accreditation.Rules;

namespace Cpd.Domain.Tests.Properties;

/// <summary>A requirement tree broken on purpose, with the error code the validator must report and the path it must be reported under.</summary>
public sealed record MalformedTree(Requirement Tree, RequirementGenerators.Malformation Malformation, string ExpectedCode, string ExpectedPathPrefix)
{
    public override string ToString() => $"{Malformation} → {ExpectedCode} under {ExpectedPathPrefix}: {Tree}";
}
