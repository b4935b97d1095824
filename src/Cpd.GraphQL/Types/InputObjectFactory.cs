using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Cpd.GraphQL.Types;

/// <summary>
/// Compiles, once per CLR type, a factory that creates an input object's CLR value from its coerced fields: the
/// constructor whose parameters all match properties (records' primary constructors) receives its values, other
/// settable properties are assigned when present. Field names match CLR names case-insensitively.
/// </summary>
internal static class InputObjectFactory
{
    private const BindingFlags Instance = BindingFlags.Public | BindingFlags.Instance;
    private static readonly ConcurrentDictionary<Type, Func<IReadOnlyDictionary<string, object?>, object>> Factories = new();
    private static readonly MethodInfo TryGetValueMethod = typeof(IReadOnlyDictionary<string, object?>).GetMethod("TryGetValue")!;
    private static readonly MethodInfo InvokeMethod = typeof(Func<object?, object?>).GetMethod("Invoke")!;

    public static Func<IReadOnlyDictionary<string, object?>, object> For(Type type) =>
        Factories.GetOrAdd(type, t => Compile(t, null));

    /// <summary>The constructor used to create values: the longest whose parameters all match properties, else the parameterless one.</summary>
    public static ConstructorInfo? ChooseConstructor(Type type)
    {
        var properties = type.GetProperties(Instance).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return type.GetConstructors()
            .Where(c => c.GetParameters().All(p => p.Name is not null && properties.Contains(p.Name)))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault();
    }

    /// <summary>Compiles a factory; <paramref name="graphQLNames"/> maps CLR member names to field names (defaults to camelCase).</summary>
    public static Func<IReadOnlyDictionary<string, object?>, object> Compile(Type type, IReadOnlyDictionary<string, string>? graphQLNames)
    {
        string FieldName(string clrName) => graphQLNames?.GetValueOrDefault(clrName) ?? NameConventions.ToCamelCase(clrName);

        var fields = Expression.Parameter(typeof(IReadOnlyDictionary<string, object?>), "fields");
        var value = Expression.Variable(typeof(object), "value");
        var constructor = ChooseConstructor(type);
        if (constructor is null && !type.IsValueType)
        {
            throw new InvalidOperationException($"The input type {type.Name} needs a public parameterless constructor or one whose parameters match its properties.");
        }

        var ctorParameterNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Expression creation;
        if (constructor is null)
        {
            creation = Expression.New(type);
        }
        else
        {
            var arguments = new List<Expression>();
            foreach (var parameter in constructor.GetParameters())
            {
                ctorParameterNames.Add(parameter.Name!);
                var property = type.GetProperty(parameter.Name!, Instance | BindingFlags.IgnoreCase)!;
                var fallback = parameter.HasDefaultValue && parameter.DefaultValue is not null
                    ? Expression.Constant(parameter.DefaultValue, parameter.ParameterType)
                    : (Expression)Expression.Default(parameter.ParameterType);
                arguments.Add(Expression.Condition(
                    Expression.Call(fields, TryGetValueMethod, Expression.Constant(FieldName(property.Name)), value),
                    Converted(value, parameter.ParameterType),
                    fallback));
            }

            creation = Expression.New(constructor, arguments);
        }

        var instance = Expression.Variable(type, "instance");
        var body = new List<Expression> { Expression.Assign(instance, creation) };
        foreach (var property in type.GetProperties(Instance))
        {
            if (ctorParameterNames.Contains(property.Name) || property.SetMethod is not { IsPublic: true } || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            body.Add(Expression.IfThen(
                Expression.Call(fields, TryGetValueMethod, Expression.Constant(FieldName(property.Name)), value),
                Expression.Assign(Expression.Property(instance, property), Converted(value, property.PropertyType))));
        }

        body.Add(Expression.Convert(instance, typeof(object)));
        return Expression.Lambda<Func<IReadOnlyDictionary<string, object?>, object>>(Expression.Block([value, instance], body), fields).Compile();
    }

    private static UnaryExpression Converted(Expression value, Type target) =>
        Expression.Convert(Expression.Call(Expression.Constant(ClrValueConverter.For(target)), InvokeMethod, value), target);
}
