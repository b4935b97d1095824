using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Cpd.Api.Schema.Common;

/// <summary>One member of a <see cref="SortKey{T}"/>: how to order by it, compare with a cursor's value, and encode that value.</summary>
internal abstract class SortKeyPart<T>
{
    /// <summary>Orders by the member in the key's direction, or against it when <paramref name="reversed"/>.</summary>
    public abstract IOrderedQueryable<T> OrderBy(IQueryable<T> query, bool reversed);

    public abstract IOrderedQueryable<T> ThenBy(IOrderedQueryable<T> query, bool reversed);

    /// <summary>The comparison "item's member comes after (or before) the value in key order" and the equality.</summary>
    public abstract (Expression Compare, Expression Equal) Compare(ParameterExpression item, object value, bool after);

    public abstract void Write(Utf8JsonWriter writer, T node);

    public abstract bool TryRead(JsonElement element, out object value);
}

/// <summary>A key member of type <typeparamref name="TKey"/>.</summary>
internal sealed class SortKeyPart<T, TKey> : SortKeyPart<T>
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private readonly Expression<Func<T, TKey>> _key;
    private readonly Func<T, TKey> _read;
    private readonly bool _descending;

    public SortKeyPart(Expression<Func<T, TKey>> key, bool descending)
    {
        ArgumentNullException.ThrowIfNull(key);
        var type = typeof(TKey);
        if (type != typeof(long) && type != typeof(int) && type != typeof(string) && type != typeof(decimal)
            && type != typeof(LocalDate) && type != typeof(Instant))
        {
            throw new ArgumentException($"A sort key member cannot be of type {type.Name}.", nameof(key));
        }

        _key = key;
        _read = key.Compile();
        _descending = descending;
    }

    public override IOrderedQueryable<T> OrderBy(IQueryable<T> query, bool reversed) =>
        reversed != _descending ? query.OrderByDescending(_key) : query.OrderBy(_key);

    public override IOrderedQueryable<T> ThenBy(IOrderedQueryable<T> query, bool reversed) =>
        reversed != _descending ? query.ThenByDescending(_key) : query.ThenBy(_key);

    public override (Expression Compare, Expression Equal) Compare(ParameterExpression item, object value, bool after)
    {
        var member = new ReplaceParameter(_key.Parameters[0], item).Visit(_key.Body);

        // A member of a closure object, not a constant, so that EF sends a parameter and reuses one SQL text.
        var operand = Expression.Field(Expression.Constant(new Box((TKey)value)), nameof(Box.Value));
        Expression left = member;
        Expression right = operand;
        if (typeof(TKey) == typeof(string))
        {
            left = Expression.Call(StringCompare, member, operand);
            right = Expression.Constant(0);
        }

        var compare = after != _descending ? Expression.GreaterThan(left, right) : Expression.LessThan(left, right);
        return (compare, Expression.Equal(member, operand));
    }

    public override void Write(Utf8JsonWriter writer, T node)
    {
        switch (_read(node))
        {
            case long l: writer.WriteNumberValue(l); break;
            case int i: writer.WriteNumberValue(i); break;
            case decimal d: writer.WriteNumberValue(d); break;
            case string s: writer.WriteStringValue(s); break;
            case LocalDate date: writer.WriteStringValue(LocalDatePattern.Iso.Format(date)); break;
            case Instant instant: writer.WriteStringValue(InstantPattern.ExtendedIso.Format(instant)); break;
            case var other: throw new InvalidOperationException($"A sort key member of {typeof(T).Name} is {other?.ToString() ?? "null"}; sort keys must not be null.");
        }
    }

    public override bool TryRead(JsonElement element, out object value)
    {
        value = null!;
        object? read = typeof(TKey) switch
        {
            var t when t == typeof(long) => element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out var l) ? l : null,
            var t when t == typeof(int) => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var i) ? i : null,
            var t when t == typeof(decimal) => element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var d) ? d : null,
            var t when t == typeof(string) => element.ValueKind == JsonValueKind.String ? element.GetString() : null,
            var t when t == typeof(LocalDate) => element.ValueKind == JsonValueKind.String && LocalDatePattern.Iso.Parse(element.GetString()!) is { Success: true } date ? date.Value : null,
            var t when t == typeof(Instant) => element.ValueKind == JsonValueKind.String && InstantPattern.ExtendedIso.Parse(element.GetString()!) is { Success: true } instant ? instant.Value : null,
            _ => null,
        };
        if (read is null)
        {
            return false;
        }

        value = read;
        return true;
    }

    /// <summary>Holds a cursor value so that the query reads it as a parameter.</summary>
    private sealed class Box(TKey value)
    {
        public readonly TKey Value = value;
    }

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
