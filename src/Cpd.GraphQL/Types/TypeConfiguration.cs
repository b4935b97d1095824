using System.Linq.Expressions;
using System.Reflection;

namespace Cpd.GraphQL.Types;

/// <summary>What a descriptor said about a type; applied over the conventions when the type is built.</summary>
internal sealed class TypeConfiguration
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public bool HasDescription { get; set; }

    public bool ExplicitFieldsOnly { get; set; }

    public bool IsOneOf { get; set; }

    public Func<object, bool>? IsOfType { get; set; }

    public List<TypeReference> Interfaces { get; } = [];

    public List<MemberConfiguration> Members { get; } = [];

    public MemberConfiguration ForMember(MemberInfo member)
    {
        var found = Members.FirstOrDefault(m => m.Member == member);
        if (found is null)
        {
            found = new MemberConfiguration { Member = member };
            Members.Add(found);
        }

        return found;
    }

    public MemberConfiguration ForName(string name)
    {
        var found = Members.FirstOrDefault(m => m.Member is null && m.OriginalName == name);
        if (found is null)
        {
            found = new MemberConfiguration { OriginalName = name };
            Members.Add(found);
        }

        return found;
    }

    public static MemberInfo MemberOf(LambdaExpression expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return body switch
        {
            MemberExpression member => member.Member,
            MethodCallExpression call => call.Method,
            _ => throw new ArgumentException("Expected a property, field or method access such as x => x.Name.", nameof(expression)),
        };
    }
}

/// <summary>What a descriptor said about one field, argument, input field or enum value.</summary>
internal sealed class MemberConfiguration : IObjectFieldDescriptor, IInputFieldDescriptor, IEnumValueDescriptor, IArgumentDescriptor
{
    public MemberInfo? Member { get; init; }

    /// <summary>For fields configured by GraphQL name: the name given to <c>Field(name)</c>.</summary>
    public string? OriginalName { get; init; }

    public string? Name { get; private set; }

    public string? DescriptionText { get; private set; }

    public bool HasDescription { get; private set; }

    public string? DeprecationReason { get; private set; }

    public bool Ignored { get; private set; }

    public TypeReference? TypeRef { get; private set; }

    public FieldResolver? Resolver { get; private set; }

    public bool HasDefault { get; private set; }

    public object? Default { get; private set; }

    public Dictionary<string, MemberConfiguration> Arguments { get; } = new(StringComparer.Ordinal);

    private MemberConfiguration SetName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        return this;
    }

    private MemberConfiguration SetDescription(string? description)
    {
        DescriptionText = description;
        HasDescription = true;
        return this;
    }

    private MemberConfiguration SetDeprecated(string? reason)
    {
        DeprecationReason = reason ?? DirectiveType.DefaultDeprecationReason;
        return this;
    }

    private MemberConfiguration SetIgnored()
    {
        Ignored = true;
        return this;
    }

    private MemberConfiguration SetType(TypeReference reference)
    {
        TypeRef = reference;
        return this;
    }

    private MemberConfiguration SetDefault(object? value)
    {
        HasDefault = true;
        Default = value;
        return this;
    }

    IObjectFieldDescriptor IObjectFieldDescriptor.Name(string name) => SetName(name);

    IObjectFieldDescriptor IObjectFieldDescriptor.Description(string? description) => SetDescription(description);

    IObjectFieldDescriptor IObjectFieldDescriptor.Deprecated(string? reason) => SetDeprecated(reason);

    IObjectFieldDescriptor IObjectFieldDescriptor.Ignore() => SetIgnored();

    IObjectFieldDescriptor IObjectFieldDescriptor.Type(string typeReference) => SetType(TypeReference.FromSdl(typeReference));

    IObjectFieldDescriptor IObjectFieldDescriptor.Type(IOutputType type) => SetType(TypeReference.FromInstance(type));

    IObjectFieldDescriptor IObjectFieldDescriptor.Type<TType>() => SetType(TypeReference.FromClr(typeof(TType)));

    IObjectFieldDescriptor IObjectFieldDescriptor.Argument(string name, Action<IArgumentDescriptor> configure)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(configure);
        if (!Arguments.TryGetValue(name, out var argument))
        {
            Arguments[name] = argument = new MemberConfiguration { OriginalName = name };
        }

        configure(argument);
        return this;
    }

    IObjectFieldDescriptor IObjectFieldDescriptor.Resolve(FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = resolver;
        return this;
    }

    IObjectFieldDescriptor IObjectFieldDescriptor.Resolve(Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = context => new ValueTask<object?>(resolver(context));
        return this;
    }

    IObjectFieldDescriptor IObjectFieldDescriptor.Resolve<TResult>(Func<IResolverContext, CancellationToken, Task<TResult>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = context => ResolverResults.FromTask(resolver(context, context.CancellationToken));
        TypeRef ??= TypeReference.FromClr(typeof(TResult));
        return this;
    }

    IInputFieldDescriptor IInputFieldDescriptor.Name(string name) => SetName(name);

    IInputFieldDescriptor IInputFieldDescriptor.Description(string? description) => SetDescription(description);

    IInputFieldDescriptor IInputFieldDescriptor.Type(string typeReference) => SetType(TypeReference.FromSdl(typeReference));

    IInputFieldDescriptor IInputFieldDescriptor.DefaultValue(object? value) => SetDefault(value);

    IInputFieldDescriptor IInputFieldDescriptor.Deprecated(string? reason) => SetDeprecated(reason);

    IInputFieldDescriptor IInputFieldDescriptor.Ignore() => SetIgnored();

    IEnumValueDescriptor IEnumValueDescriptor.Name(string name) => SetName(name);

    IEnumValueDescriptor IEnumValueDescriptor.Description(string? description) => SetDescription(description);

    IEnumValueDescriptor IEnumValueDescriptor.Deprecated(string? reason) => SetDeprecated(reason);

    IEnumValueDescriptor IEnumValueDescriptor.Ignore() => SetIgnored();

    IArgumentDescriptor IArgumentDescriptor.Type(string typeReference) => SetType(TypeReference.FromSdl(typeReference));

    IArgumentDescriptor IArgumentDescriptor.Type(IInputType type) => SetType(TypeReference.FromInstance(type));

    IArgumentDescriptor IArgumentDescriptor.Type<TType>() => SetType(TypeReference.FromClr(typeof(TType)));

    IArgumentDescriptor IArgumentDescriptor.Description(string? description) => SetDescription(description);

    IArgumentDescriptor IArgumentDescriptor.DefaultValue(object? value) => SetDefault(value);

    IArgumentDescriptor IArgumentDescriptor.Deprecated(string? reason) => SetDeprecated(reason);
}

/// <summary>Collects an object type's configuration.</summary>
internal sealed class ObjectTypeDescriptor<T>(TypeConfiguration configuration) : IObjectTypeDescriptor<T>
{
    public IObjectTypeDescriptor<T> Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        configuration.Name = name;
        return this;
    }

    public IObjectTypeDescriptor<T> Description(string? description)
    {
        configuration.Description = description;
        configuration.HasDescription = true;
        return this;
    }

    public IObjectTypeDescriptor<T> Implements(string interfaceName)
    {
        configuration.Interfaces.Add(TypeReference.FromSdl(interfaceName));
        return this;
    }

    public IObjectTypeDescriptor<T> Implements<TInterface>()
    {
        configuration.Interfaces.Add(TypeReference.FromClr(typeof(TInterface)));
        return this;
    }

    public IObjectTypeDescriptor<T> BindFieldsExplicitly()
    {
        configuration.ExplicitFieldsOnly = true;
        return this;
    }

    public IObjectTypeDescriptor<T> IsOfType(Func<object, bool> isOfType)
    {
        configuration.IsOfType = isOfType;
        return this;
    }

    public IObjectFieldDescriptor Field<TResult>(Expression<Func<T, TResult>> member) =>
        configuration.ForMember(TypeConfiguration.MemberOf(member));

    public IObjectFieldDescriptor Field(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return configuration.ForName(name);
    }
}

/// <summary>Collects an input object type's configuration.</summary>
internal sealed class InputObjectTypeDescriptor<T>(TypeConfiguration configuration) : IInputObjectTypeDescriptor<T>
{
    public IInputObjectTypeDescriptor<T> Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        configuration.Name = name;
        return this;
    }

    public IInputObjectTypeDescriptor<T> Description(string? description)
    {
        configuration.Description = description;
        configuration.HasDescription = true;
        return this;
    }

    public IInputObjectTypeDescriptor<T> OneOf()
    {
        configuration.IsOneOf = true;
        return this;
    }

    public IInputFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> property) =>
        configuration.ForMember(TypeConfiguration.MemberOf(property));
}

/// <summary>Collects an enum type's configuration.</summary>
internal sealed class EnumTypeDescriptor<T>(TypeConfiguration configuration) : IEnumTypeDescriptor<T>
    where T : struct, Enum
{
    public IEnumTypeDescriptor<T> Name(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        configuration.Name = name;
        return this;
    }

    public IEnumTypeDescriptor<T> Description(string? description)
    {
        configuration.Description = description;
        configuration.HasDescription = true;
        return this;
    }

    public IEnumValueDescriptor Value(T value) =>
        configuration.ForMember(typeof(T).GetField(value.ToString(), BindingFlags.Public | BindingFlags.Static)
            ?? throw new ArgumentException($"{value} is not a named member of {typeof(T).Name}.", nameof(value)));
}
