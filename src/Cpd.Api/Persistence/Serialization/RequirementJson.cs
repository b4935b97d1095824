using System.Globalization;
using System.Text;
using System.Text.Json;
using Cpd.Domain.Accreditation.Rules;
using Cpd.Domain.Experiences;
using Cpd.GraphQL.Types;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Api.Persistence.Serialization;

/// <summary>
/// Stores a requirement tree as JSON in the shape of the GraphQL <c>RequirementInput</c>: each node is an object with
/// one key naming its kind (<c>{"allOf":{"id":"…","of":[…]}}</c>), enums in UPPER_SNAKE_CASE, windows as
/// <c>"EVER"</c> or an ISO-8601 period, numbers as JSON numbers. Published versions never change, so the format
/// is append-only: new optional fields may be added, none renamed.
/// </summary>
internal static class RequirementJson
{
    /// <summary>Writes a tree (already validated by the domain) as compact JSON.</summary>
    public static string Serialize(Requirement requirement)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, requirement);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads a tree written by <see cref="Serialize"/>.</summary>
    /// <exception cref="InvalidDataException">The text is not a stored requirement tree (the message names the path).</exception>
    public static Requirement Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = (RequirementValidator.MaxDepth * 2) + 8 });
            return Read(document.RootElement, "requirement");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The stored requirement is not valid JSON: {e.Message}", e);
        }
    }

    private static void Write(Utf8JsonWriter w, Requirement node)
    {
        w.WriteStartObject();
        w.WriteStartObject(node.NodeName);
        WriteText(w, "id", node.Id);
        WriteText(w, "description", node.Description);
        switch (node)
        {
            case CompositeRequirement composite:
                if (composite is AtLeast atLeast)
                {
                    w.WriteNumber("count", atLeast.Count);
                }

                w.WriteStartArray("of");
                foreach (var child in composite.Of)
                {
                    Write(w, child);
                }

                w.WriteEndArray();
                break;
            case CrossBoundaryTime t:
                WriteEnum(w, "boundary", t.Boundary);
                w.WriteNumber("minimumDays", t.MinimumDays);
                WriteWindow(w, t.Window);
                WriteKinds(w, t.Kinds);
                WriteEnum(w, "minimumVerification", t.MinimumVerification);
                break;
            case DistinctBoundaries d:
                WriteEnum(w, "boundary", d.Boundary);
                w.WriteNumber("minimum", d.Minimum);
                WriteWindow(w, d.Window);
                WriteKinds(w, d.Kinds);
                w.WriteNumber("minimumDaysEach", d.MinimumDaysEach);
                break;
            case ExperienceCount c:
                WriteKinds(w, c.Kinds);
                w.WriteNumber("minimum", c.Minimum);
                WriteWindow(w, c.Window);
                WriteStrings(w, "categories", c.Categories);
                if (c.Boundary is { } boundary)
                {
                    WriteEnum(w, "boundary", boundary);
                }

                WriteEnum(w, "minimumVerification", c.MinimumVerification);
                break;
            case LearningHours h:
                WriteLearningHours(w, h);
                break;
            case ReflectionCoverage r:
                w.WriteNumber("minimumShare", r.MinimumShare);
                WriteWindow(w, r.Window);
                break;
            case NetworkDiversity n:
                w.WriteNumber("minimumSectors", n.MinimumSectors);
                break;
            case HoldsAccreditation a:
                w.WriteString("schemeCode", a.SchemeCode);
                if (a.MinimumPeriod is { } period)
                {
                    w.WriteString("minimumPeriod", PeriodPattern.Roundtrip.Format(period));
                }

                break;
            default:
                throw new ArgumentException($"Unknown requirement node '{node.GetType().Name}'.", nameof(node));
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteLearningHours(Utf8JsonWriter w, LearningHours h)
    {
        w.WriteNumber("minimumHours", h.MinimumHours);
        WriteWindow(w, h.Window);
        WriteStrings(w, "categories", h.Categories);
        if (h.CapPerCategory is { } caps)
        {
            w.WriteStartArray("capPerCategory");
            foreach (var cap in caps)
            {
                w.WriteStartObject();
                w.WriteString("category", cap.Category);
                w.WriteNumber("maximumHours", cap.MaximumHours);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (h.MinimumEachPeriod is { } each)
        {
            w.WriteStartObject("minimumEachPeriod");
            w.WriteNumber("minimumHours", each.MinimumHours);
            w.WriteString("period", PeriodPattern.Roundtrip.Format(each.Period));
            w.WriteEndObject();
        }

        if (h.CrossBoundaryShare is { } share)
        {
            w.WriteNumber("crossBoundaryShare", share);
        }

        if (h.Boundary is { } boundary)
        {
            WriteEnum(w, "boundary", boundary);
        }
    }

    private static void WriteText(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteEnum<TEnum>(Utf8JsonWriter w, string name, TEnum value)
        where TEnum : struct, Enum =>
        w.WriteString(name, NameConventions.ToEnumValueName(value.ToString()));

    private static void WriteWindow(Utf8JsonWriter w, Window window) =>
        w.WriteString("window", window.Period is { } period ? PeriodPattern.Roundtrip.Format(period) : "EVER");

    private static void WriteKinds(Utf8JsonWriter w, IReadOnlyList<ExperienceKind>? kinds)
    {
        if (kinds is null)
        {
            return;
        }

        w.WriteStartArray("kinds");
        foreach (var kind in kinds)
        {
            w.WriteStringValue(NameConventions.ToEnumValueName(kind.ToString()));
        }

        w.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static Requirement Read(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Bad(path, "expected an object");
        }

        using var properties = element.EnumerateObject();
        if (!properties.MoveNext())
        {
            throw Bad(path, "expected one key naming the node's kind");
        }

        var kind = properties.Current;
        if (properties.MoveNext())
        {
            throw Bad(path, "expected exactly one key naming the node's kind");
        }

        var body = new NodeReader(kind.Value, $"{path}.{kind.Name}");
        Requirement node = kind.Name switch
        {
            "allOf" => new AllOf { Of = ReadChildren(body) },
            "anyOf" => new AnyOf { Of = ReadChildren(body) },
            "atLeast" => new AtLeast { Count = body.Int("count"), Of = ReadChildren(body) },
            "crossBoundaryTime" => new CrossBoundaryTime
            {
                Boundary = body.Enum<Boundary>("boundary"),
                MinimumDays = body.Decimal("minimumDays"),
                Window = body.Window(),
                Kinds = body.OptionalEnums<ExperienceKind>("kinds"),
                MinimumVerification = body.OptionalEnum<VerificationLevel>("minimumVerification") ?? VerificationLevel.SelfDeclared,
            },
            "distinctBoundaries" => new DistinctBoundaries
            {
                Boundary = body.Enum<Boundary>("boundary"),
                Minimum = body.Int("minimum"),
                Window = body.Window(),
                Kinds = body.OptionalEnums<ExperienceKind>("kinds"),
                MinimumDaysEach = body.OptionalInt("minimumDaysEach") ?? 1,
            },
            "experienceCount" => new ExperienceCount
            {
                Kinds = body.OptionalEnums<ExperienceKind>("kinds") ?? throw Bad($"{body.Path}.kinds", "is required"),
                Minimum = body.Int("minimum"),
                Window = body.Window(),
                Categories = body.OptionalStrings("categories"),
                Boundary = body.OptionalEnum<Boundary>("boundary"),
                MinimumVerification = body.OptionalEnum<VerificationLevel>("minimumVerification") ?? VerificationLevel.SelfDeclared,
            },
            "learningHours" => ReadLearningHours(body),
            "reflectionCoverage" => new ReflectionCoverage { MinimumShare = body.Decimal("minimumShare"), Window = body.Window() },
            "networkDiversity" => new NetworkDiversity { MinimumSectors = body.Int("minimumSectors") },
            "holdsAccreditation" => new HoldsAccreditation { SchemeCode = body.String("schemeCode"), MinimumPeriod = body.OptionalPeriod("minimumPeriod") },
            _ => throw Bad(path, $"unknown node kind '{kind.Name}'"),
        };
        return node with { Id = body.OptionalString("id"), Description = body.OptionalString("description") };
    }

    private static List<Requirement> ReadChildren(NodeReader body)
    {
        var of = body.Array("of");
        var children = new List<Requirement>(of.GetArrayLength());
        var index = 0;
        foreach (var child in of.EnumerateArray())
        {
            children.Add(Read(child, $"{body.Path}.of[{index++}]"));
        }

        return children;
    }

    private static LearningHours ReadLearningHours(NodeReader body)
    {
        List<CategoryCap>? caps = null;
        if (body.OptionalArray("capPerCategory") is { } capArray)
        {
            caps = [];
            var index = 0;
            foreach (var item in capArray.EnumerateArray())
            {
                var cap = new NodeReader(item, $"{body.Path}.capPerCategory[{index++}]");
                caps.Add(new CategoryCap(cap.String("category"), cap.Decimal("maximumHours")));
            }
        }

        PeriodMinimum? each = null;
        if (body.OptionalObject("minimumEachPeriod") is { } eachElement)
        {
            var reader = new NodeReader(eachElement, $"{body.Path}.minimumEachPeriod");
            each = new PeriodMinimum(reader.Decimal("minimumHours"), reader.Period("period"));
        }

        return new LearningHours
        {
            MinimumHours = body.Decimal("minimumHours"),
            Window = body.Window(),
            Categories = body.OptionalStrings("categories"),
            CapPerCategory = caps,
            MinimumEachPeriod = each,
            CrossBoundaryShare = body.OptionalDecimal("crossBoundaryShare"),
            Boundary = body.OptionalEnum<Boundary>("boundary"),
        };
    }

    private static InvalidDataException Bad(string path, string reason) => new($"The stored requirement is malformed at {path}: {reason}.");

    /// <summary>Reads the fields of one node, naming the path in every error.</summary>
    private readonly struct NodeReader
    {
        private readonly JsonElement _element;

        public NodeReader(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Bad(path, "expected an object");
            }

            _element = element;
            Path = path;
        }

        public string Path { get; }

        public string String(string name) => OptionalString(name) ?? throw Bad($"{Path}.{name}", "is required");

        public string? OptionalString(string name) =>
            Get(name, JsonValueKind.String) is { } value ? value.GetString() : null;

        public int Int(string name) => OptionalInt(name) ?? throw Bad($"{Path}.{name}", "is required");

        public int? OptionalInt(string name) =>
            Get(name, JsonValueKind.Number) is { } value
                ? value.TryGetInt32(out var number) ? number : throw Bad($"{Path}.{name}", "expected a 32-bit integer")
                : null;

        public decimal Decimal(string name) => OptionalDecimal(name) ?? throw Bad($"{Path}.{name}", "is required");

        public decimal? OptionalDecimal(string name) =>
            Get(name, JsonValueKind.Number) is { } value
                ? value.TryGetDecimal(out var number) ? number : throw Bad($"{Path}.{name}", "expected a decimal number")
                : null;

        public JsonElement Array(string name) => OptionalArray(name) ?? throw Bad($"{Path}.{name}", "is required");

        public JsonElement? OptionalArray(string name) => Get(name, JsonValueKind.Array);

        public JsonElement? OptionalObject(string name) => Get(name, JsonValueKind.Object);

        public Period Period(string name) => OptionalPeriod(name) ?? throw Bad($"{Path}.{name}", "is required");

        public Period? OptionalPeriod(string name)
        {
            if (OptionalString(name) is not { } text)
            {
                return null;
            }

            var parsed = PeriodPattern.Roundtrip.Parse(text);
            return parsed.Success ? parsed.Value : throw Bad($"{Path}.{name}", $"'{text}' is not an ISO-8601 period");
        }

        public Window Window()
        {
            var text = String("window");
            return text == "EVER" ? Cpd.Domain.Accreditation.Rules.Window.Ever : Cpd.Domain.Accreditation.Rules.Window.Rolling(Period("window"));
        }

        public TEnum Enum<TEnum>(string name)
            where TEnum : struct, Enum =>
            OptionalEnum<TEnum>(name) ?? throw Bad($"{Path}.{name}", "is required");

        public TEnum? OptionalEnum<TEnum>(string name)
            where TEnum : struct, Enum =>
            OptionalString(name) is { } text ? ParseEnum<TEnum>(text, $"{Path}.{name}") : null;

        public List<TEnum>? OptionalEnums<TEnum>(string name)
            where TEnum : struct, Enum
        {
            if (OptionalArray(name) is not { } array)
            {
                return null;
            }

            var values = new List<TEnum>(array.GetArrayLength());
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                var itemPath = $"{Path}.{name}[{index++}]";
                values.Add(item.ValueKind == JsonValueKind.String ? ParseEnum<TEnum>(item.GetString()!, itemPath) : throw Bad(itemPath, "expected a string"));
            }

            return values;
        }

        public List<string>? OptionalStrings(string name)
        {
            if (OptionalArray(name) is not { } array)
            {
                return null;
            }

            var values = new List<string>(array.GetArrayLength());
            var index = 0;
            foreach (var item in array.EnumerateArray())
            {
                values.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Bad($"{Path}.{name}[{index}]", "expected a string"));
                index++;
            }

            return values;
        }

        private JsonElement? Get(string name, JsonValueKind expected)
        {
            if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return value.ValueKind == expected
                ? value
                : throw Bad($"{Path}.{name}", $"expected {expected.ToString().ToLower(CultureInfo.InvariantCulture)}, found {value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture)}");
        }

        private static TEnum ParseEnum<TEnum>(string text, string path)
            where TEnum : struct, Enum
        {
            foreach (var value in System.Enum.GetValues<TEnum>())
            {
                if (NameConventions.ToEnumValueName(value.ToString()) == text)
                {
                    return value;
                }
            }

            throw Bad(path, $"'{text}' is not a {typeof(TEnum).Name} value");
        }
    }
}
