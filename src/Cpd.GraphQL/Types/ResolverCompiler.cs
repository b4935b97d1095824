using System.Linq.Expressions;
using System.Reflection;

namespace Cpd.GraphQL.Types;

/// <summary>
/// Compiles field resolvers for CLR members into delegates with System.Linq.Expressions, once, when the schema is
/// built: the parent is cast, arguments are read and converted, services and the cancellation token injected, and
/// <see cref="Task{TResult}"/>/<see cref="ValueTask{TResult}"/> results adapted without allocation when complete.
/// </summary>
internal static class ResolverCompiler
{
    private static readonly PropertyInfo SourceProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.Source))!;
    private static readonly PropertyInfo CancellationTokenProperty = typeof(IResolverContext).GetProperty(nameof(IResolverContext.CancellationToken))!;
    private static readonly MethodInfo GetArgumentMethod = typeof(ResolverCompiler).GetMethod(nameof(GetArgument), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo GetServiceMethod = typeof(ResolverCompiler).GetMethod(nameof(GetService), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo FromTaskMethod = typeof(ResolverResults).GetMethod(nameof(ResolverResults.FromTask))!;
    private static readonly MethodInfo FromValueTaskMethod = typeof(ResolverResults).GetMethod(nameof(ResolverResults.FromValueTask))!;
    private static readonly MethodInfo InvokeConverterMethod = typeof(Func<object?, object?>).GetMethod("Invoke")!;
    private static readonly MethodInfo InvokeRootMethod = typeof(Func<IResolverContext, object>).GetMethod("Invoke")!;
    private static readonly ConstructorInfo ValueTaskOfObject = typeof(ValueTask<object?>).GetConstructor([typeof(object)])!;

    /// <summary>Whether a method's return type can be a field (not void, not a non-generic task).</summary>
    public static bool IsResolvableReturnType(Type type) =>
        type != typeof(void) && type != typeof(Task) && type != typeof(ValueTask);

    /// <summary>The result type of a member once tasks are unwrapped.</summary>
    public static Type UnwrapTask(Type type) =>
        type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? type.GetGenericArguments()[0]
            : type;

    /// <summary>Compiles a resolver for a property, field or method of <paramref name="declaringType"/>.</summary>
    /// <param name="declaringType">The CLR type of the parent value.</param>
    /// <param name="member">The member.</param>
    /// <param name="parameters">How method parameters are bound.</param>
    /// <param name="rootFactory">For root types: produces the parent when the executor has no root value.</param>
    public static (FieldResolver Resolver, Func<object?, object?>? Pure) Compile(
        Type declaringType,
        MemberInfo member,
        IReadOnlyList<ParameterBinding> parameters,
        Func<IResolverContext, object>? rootFactory)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        Expression Parent() => rootFactory is null
            ? Expression.Convert(Expression.Property(context, SourceProperty), declaringType)
            : Expression.Convert(Expression.Call(Expression.Constant(rootFactory), InvokeRootMethod, context), declaringType);

        Expression read = member switch
        {
            PropertyInfo p => Expression.Property(p.GetMethod!.IsStatic ? null : Parent(), p),
            FieldInfo f => Expression.Field(f.IsStatic ? null : Parent(), f),
            MethodInfo m => Expression.Call(m.IsStatic ? null : Parent(), m, parameters.Select(p => Bind(context, p))),
            _ => throw new ArgumentException($"Cannot resolve with {member.MemberType} {member.Name}.", nameof(member)),
        };

        var body = Adapt(read);
        var resolver = Expression.Lambda<FieldResolver>(body, context).Compile();

        // Plain reads of non-root parents need no context: the executor may call them directly.
        Func<object?, object?>? pure = null;
        if (rootFactory is null && member is PropertyInfo or FieldInfo && !IsTask(read.Type))
        {
            var source = Expression.Parameter(typeof(object), "source");
            var typed = Expression.Convert(source, declaringType);
            Expression pureRead = member is PropertyInfo property ? Expression.Property(property.GetMethod!.IsStatic ? null : typed, property) : Expression.Field(((FieldInfo)member).IsStatic ? null : typed, (FieldInfo)member);
            pure = Expression.Lambda<Func<object?, object?>>(Expression.Convert(pureRead, typeof(object)), source).Compile();
        }

        return (resolver, pure);
    }

    /// <summary>Wraps a delegate-based resolver's result type into <see cref="ValueTask{TResult}"/>.</summary>
    private static Expression Adapt(Expression read)
    {
        var type = read.Type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return Expression.Call(FromTaskMethod.MakeGenericMethod(type.GetGenericArguments()[0]), read);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return Expression.Call(FromValueTaskMethod.MakeGenericMethod(type.GetGenericArguments()[0]), read);
        }

        return Expression.New(ValueTaskOfObject, Expression.Convert(read, typeof(object)));
    }

    private static bool IsTask(Type type) => type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>));

    private static Expression Bind(ParameterExpression context, ParameterBinding binding)
    {
        var type = binding.Parameter.ParameterType;
        return binding.Source switch
        {
            ParameterSource.CancellationToken => Expression.Property(context, CancellationTokenProperty),
            ParameterSource.Context => context,
            ParameterSource.Parent => Expression.Convert(Expression.Property(context, SourceProperty), type),
            ParameterSource.Service => Expression.Convert(Expression.Call(GetServiceMethod, context, Expression.Constant(type)), type),
            _ => Expression.Convert(
                Expression.Call(
                    Expression.Constant(ClrValueConverter.For(type)),
                    InvokeConverterMethod,
                    Expression.Call(GetArgumentMethod, context, Expression.Constant(binding.ArgumentName))),
                type),
        };
    }

    private static object? GetArgument(IResolverContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) ? value : null;

    private static object GetService(IResolverContext context, Type type) =>
        context.Services.GetService(type) ?? throw new InvalidOperationException($"No service of type {type.FullName} is registered.");
}
