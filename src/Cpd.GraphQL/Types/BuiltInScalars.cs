using System.Globalization;
using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Types;

/// <summary>The five specified scalars, with graphql-js's coercion rules and messages.</summary>
internal static class BuiltInScalars
{
    internal static readonly object True = true;
    internal static readonly object False = false;
    private static readonly object[] SmallInts = [.. Enumerable.Range(-128, 1152).Select(i => (object)i)];

    internal static object BoxInt(int value) => value is >= -128 and < 1024 ? SmallInts[value + 128] : value;

    internal static GraphQLException Error(string message) => new(new GraphQLError(message));

    /// <summary>Reads any CLR number as a double; false for non-numbers.</summary>
    internal static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case Half h: number = (double)h; return true;
            default: number = 0; return false;
        }
    }

    internal static bool IsIntegral(double d) => double.IsFinite(d) && Math.Floor(d) == d;

    internal static ValueNode? DefaultValueToLiteral(object? value) => AstFromValue.FromUntypedValue(value);

    internal abstract class BuiltInScalar(string name, string description) : ScalarType(name, description)
    {
    }

    internal sealed class IntScalar() : BuiltInScalar(
        "Int",
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
    {
        public override object? Serialize(object? runtimeValue)
        {
            switch (runtimeValue)
            {
                case int i: return BoxInt(i);
                case bool b: return BoxInt(b ? 1 : 0);
                case string s when s.Length > 0:
                    if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                    {
                        return FromNumber(parsed, runtimeValue);
                    }

                    break;
                default:
                    if (TryGetNumber(runtimeValue, out var n))
                    {
                        return FromNumber(n, runtimeValue);
                    }

                    break;
            }

            throw Error($"Int cannot represent non-integer value: {Inspector.Inspect(runtimeValue)}");
        }

        private static object FromNumber(double n, object? original)
        {
            if (!IsIntegral(n))
            {
                throw Error($"Int cannot represent non-integer value: {Inspector.Inspect(original)}");
            }

            if (n is > int.MaxValue or < int.MinValue)
            {
                throw Error($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(original)}");
            }

            return BoxInt((int)n);
        }

        public override object? ParseValue(object? inputValue)
        {
            if (inputValue is int i)
            {
                return BoxInt(i);
            }

            if (inputValue is bool || !TryGetNumber(inputValue, out var n) || !IsIntegral(n))
            {
                throw Error($"Int cannot represent non-integer value: {Inspector.Inspect(inputValue)}");
            }

            if (n is > int.MaxValue or < int.MinValue)
            {
                throw Error($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(inputValue)}");
            }

            return BoxInt((int)n);
        }

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null)
        {
            if (literal is not IntValueNode node)
            {
                throw Error($"Int cannot represent non-integer value: {Printer.Print(literal)}");
            }

            if (!int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                throw Error($"Int cannot represent non 32-bit signed integer value: {node.Value}");
            }

            return BoxInt(value);
        }

        public override ValueNode? ValueToLiteral(object? runtimeValue) =>
            TryGetNumber(runtimeValue, out var n) && IsIntegral(n) && n is <= int.MaxValue and >= int.MinValue
                ? AstFactory.Int(((long)n).ToString(CultureInfo.InvariantCulture))
                : null;
    }

    internal sealed class FloatScalar() : BuiltInScalar(
        "Float",
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
    {
        public override object? Serialize(object? runtimeValue)
        {
            double n;
            switch (runtimeValue)
            {
                case double d: n = d; break;
                case bool b: return b ? 1d : 0d;
                case string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed): n = parsed; break;
                default:
                    if (!TryGetNumber(runtimeValue, out n))
                    {
                        throw Error($"Float cannot represent non numeric value: {Inspector.Inspect(runtimeValue)}");
                    }

                    break;
            }

            if (!double.IsFinite(n))
            {
                throw Error($"Float cannot represent non numeric value: {Inspector.Inspect(runtimeValue)}");
            }

            return n;
        }

        public override object? ParseValue(object? inputValue)
        {
            if (inputValue is bool || !TryGetNumber(inputValue, out var n) || !double.IsFinite(n))
            {
                throw Error($"Float cannot represent non numeric value: {Inspector.Inspect(inputValue)}");
            }

            return n;
        }

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            literal switch
            {
                IntValueNode i => double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
                FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
                _ => throw Error($"Float cannot represent non numeric value: {Printer.Print(literal)}"),
            };

        public override ValueNode? ValueToLiteral(object? runtimeValue) =>
            DefaultValueToLiteral(runtimeValue) is { } node && node is IntValueNode or FloatValueNode ? node : null;
    }

    internal sealed class StringScalar() : BuiltInScalar(
        "String",
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
    {
        public override object? Serialize(object? runtimeValue)
        {
            switch (runtimeValue)
            {
                case string s: return s;
                case bool b: return b ? "true" : "false";
                case char c: return c.ToString();
                case Guid g: return g.ToString();
                case Uri u: return u.ToString();
                default:
                    if (TryGetNumber(runtimeValue, out var n) && double.IsFinite(n))
                    {
                        return runtimeValue is double or float or Half ? Inspector.FormatNumber(n) : Convert.ToString(runtimeValue, CultureInfo.InvariantCulture);
                    }

                    throw Error($"String cannot represent value: {Inspector.Inspect(runtimeValue)}");
            }
        }

        public override object? ParseValue(object? inputValue) =>
            inputValue as string ?? throw Error($"String cannot represent a non string value: {Inspector.Inspect(inputValue)}");

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            literal is StringValueNode s ? s.Value : throw Error($"String cannot represent a non string value: {Printer.Print(literal)}");

        public override ValueNode? ValueToLiteral(object? runtimeValue) =>
            runtimeValue is string s ? AstFactory.String(s) : null;
    }

    internal sealed class BooleanScalar() : BuiltInScalar("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
    {
        public override object? Serialize(object? runtimeValue)
        {
            if (runtimeValue is bool b)
            {
                return b ? True : False;
            }

            if (TryGetNumber(runtimeValue, out var n) && double.IsFinite(n))
            {
                return n != 0 ? True : False;
            }

            throw Error($"Boolean cannot represent a non boolean value: {Inspector.Inspect(runtimeValue)}");
        }

        public override object? ParseValue(object? inputValue) =>
            inputValue is bool b ? (b ? True : False) : throw Error($"Boolean cannot represent a non boolean value: {Inspector.Inspect(inputValue)}");

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            literal is BooleanValueNode b ? (b.Value ? True : False) : throw Error($"Boolean cannot represent a non boolean value: {Printer.Print(literal)}");

        public override ValueNode? ValueToLiteral(object? runtimeValue) =>
            runtimeValue is bool b ? AstFactory.Boolean(b) : null;
    }

    internal sealed class IdScalar() : BuiltInScalar(
        "ID",
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
    {
        public override object? Serialize(object? runtimeValue)
        {
            switch (runtimeValue)
            {
                case string s: return s;
                case Guid g: return g.ToString();
                default:
                    if (runtimeValue is not bool && TryGetNumber(runtimeValue, out var n) && IsIntegral(n))
                    {
                        return runtimeValue is double or float or decimal or Half ? Inspector.FormatNumber(n) : Convert.ToString(runtimeValue, CultureInfo.InvariantCulture);
                    }

                    throw Error($"ID cannot represent value: {Inspector.Inspect(runtimeValue)}");
            }
        }

        public override object? ParseValue(object? inputValue)
        {
            if (inputValue is string s)
            {
                return s;
            }

            if (inputValue is not bool && TryGetNumber(inputValue, out var n) && IsIntegral(n))
            {
                return inputValue is double or float or decimal or Half ? Inspector.FormatNumber(n) : Convert.ToString(inputValue, CultureInfo.InvariantCulture);
            }

            throw Error($"ID cannot represent value: {Inspector.Inspect(inputValue)}");
        }

        public override object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) =>
            literal switch
            {
                StringValueNode s => s.Value,
                IntValueNode i => i.Value,
                _ => throw Error($"ID cannot represent a non-string and non-integer value: {Printer.Print(literal)}"),
            };

        public override ValueNode? ValueToLiteral(object? runtimeValue)
        {
            string? text = runtimeValue switch
            {
                string s => s,
                Guid g => g.ToString(),
                _ when runtimeValue is not bool && TryGetNumber(runtimeValue, out var n) && IsIntegral(n) => Inspector.FormatNumber(n),
                _ => null,
            };
            if (text is null)
            {
                return null;
            }

            return IsIntegerText(text) ? AstFactory.Int(text) : AstFactory.String(text);
        }

        private static bool IsIntegerText(string text)
        {
            var span = text.AsSpan();
            if (span.Length > 0 && span[0] == '-')
            {
                span = span[1..];
            }

            if (span.Length == 0 || (span[0] == '0' && span.Length > 1))
            {
                return false;
            }

            foreach (var c in span)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
