using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cpd.Client.Transport;

/// <summary>Reads and writes a GraphQL enum value (<c>JOINT_WORK</c>) as the .NET member of the same name (<c>JointWork</c>), without reflection.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class UpperSnakeEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false)
    where TEnum : struct, Enum;
