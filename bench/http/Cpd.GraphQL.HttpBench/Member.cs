namespace Cpd.GraphQL.HttpBench;

/// <summary>A member of a load-test organisation.</summary>
internal sealed record Member(string Id, string DisplayName, double Fte);
