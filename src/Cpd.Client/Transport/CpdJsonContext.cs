using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Cpd.Client.Transport;

/// <summary>
/// Every type the client reads or writes, compiled ahead of time: no reflection-based serialization. GraphQL uses
/// camelCase names and UPPER_SNAKE enum values; <c>Date</c> is <c>yyyy-MM-dd</c> (<see cref="DateOnly"/>) and
/// <c>DateTime</c> an ISO-8601 instant (<see cref="DateTimeOffset"/>), both of which System.Text.Json writes natively.
/// The primitive types are listed so that values of <c>object</c> variables passed to <c>ExecuteAsync</c> serialize.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(List<GraphQLErrorWire>))]
[JsonSerializable(typeof(Wire.IdVariables))]
[JsonSerializable(typeof(Wire.NoVariables))]
[JsonSerializable(typeof(Wire.OrganisationsVariables))]
[JsonSerializable(typeof(Wire.SectorsData))]
[JsonSerializable(typeof(Wire.ProfessionsData))]
[JsonSerializable(typeof(Wire.OrganisationData))]
[JsonSerializable(typeof(Wire.OrganisationsData))]
[JsonSerializable(typeof(Wire.SyncWorkforceVariables))]
[JsonSerializable(typeof(Wire.SyncWorkforceData))]
[JsonSerializable(typeof(Wire.MembersVariables))]
[JsonSerializable(typeof(Wire.MemberData))]
[JsonSerializable(typeof(Wire.MembersData))]
[JsonSerializable(typeof(Wire.SchemeData))]
[JsonSerializable(typeof(Wire.InputVariables<Models.NewHostedExperience>))]
[JsonSerializable(typeof(Wire.InputVariables<Models.NewMentoring>))]
[JsonSerializable(typeof(Wire.InputVariables<Models.NewPeerChallenge>))]
[JsonSerializable(typeof(Wire.InputVariables<Models.NewLearningEvent>))]
[JsonSerializable(typeof(Wire.InputVariables<Models.NewCpdActivity>))]
[JsonSerializable(typeof(Wire.MutationData<Wire.ExperiencePayload>))]
[JsonSerializable(typeof(Wire.InputVariables<Models.NewEmployment>))]
[JsonSerializable(typeof(Wire.MutationData<Wire.EmploymentPayload>))]
[JsonSerializable(typeof(Wire.InputVariables<Wire.AttestExperienceInput>))]
[JsonSerializable(typeof(Wire.MutationData<Wire.AttestExperiencePayload>))]
[JsonSerializable(typeof(Wire.InputVariables<Wire.RequestAttestationInput>))]
[JsonSerializable(typeof(Wire.MutationData<Wire.RequestAttestationPayload>))]
[JsonSerializable(typeof(Wire.ProgressionCheckVariables))]
[JsonSerializable(typeof(Wire.ProgressionCheckData))]
[JsonSerializable(typeof(Wire.EligibilityVariables))]
[JsonSerializable(typeof(Wire.EligibilityData))]
[JsonSerializable(typeof(List<UserErrorWire>))]
[JsonSerializable(typeof(Dictionary<string, object?>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, object?>))]
[JsonSerializable(typeof(List<object?>))]
[JsonSerializable(typeof(object[]))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(Guid))]
[JsonSerializable(typeof(DateOnly))]
[JsonSerializable(typeof(DateTimeOffset))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonDocument))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class CpdJsonContext : JsonSerializerContext;
