using System.Linq.Expressions;
using System.Reflection;

namespace Cpd.GraphQL.Types;

/// <content>Defining object, interface, input object and enum types from CLR types and configurations.</content>
internal sealed partial class CodeFirstTypeFactory
{
    private void DefineObject(ObjectType type, Type clr, TypeConfiguration configuration)
    {
        var name = configuration.Name ?? TypeNameOf(clr, input: false);
        var description = configuration.HasDescription ? configuration.Description : DescriptionOf(clr);
        var specs = new Lazy<List<FieldSpec>>(() => FieldSpecs(clr, configuration));
        _discovery.Enqueue(() => _ = specs.Value);
        type.Define(
            name,
            description,
            () => specs.Value.Select(s => BuildField(clr, s)).Concat(ExtensionFields(name)),
            () => InterfacesOf(clr, configuration));
        type.SetRuntime(clr, configuration.IsOfType);
    }

    private void DefineInterface(InterfaceType type, Type clr)
    {
        var configuration = new TypeConfiguration();
        var specs = new Lazy<List<FieldSpec>>(() => FieldSpecs(clr, configuration));
        _discovery.Enqueue(() => _ = specs.Value);
        type.Define(
            TypeNameOf(clr, input: false),
            DescriptionOf(clr),
            () => specs.Value.Select(s => BuildField(clr, s)),
            () => InterfacesOf(clr, configuration));
    }

    private void DefineInput(InputObjectType type, Type clr, TypeConfiguration configuration)
    {
        var specs = new Lazy<List<InputSpec>>(() => InputSpecs(clr, configuration));
        _discovery.Enqueue(() => _ = specs.Value);
        type.Define(
            configuration.Name ?? TypeNameOf(clr, input: true),
            configuration.HasDescription ? configuration.Description : DescriptionOf(clr),
            () => specs.Value.Select(BuildInputField),
            configuration.IsOneOf);
        var names = new Lazy<Dictionary<string, string>>(() => specs.Value.ToDictionary(s => s.Property.Name, s => s.Name, StringComparer.Ordinal));
        var factory = new Lazy<Func<IReadOnlyDictionary<string, object?>, object>>(() => InputObjectFactory.Compile(clr, names.Value));
        type.SetRuntime(clr, fields => factory.Value(fields));
    }

    private static void DefineEnum(EnumType type, Type clr, TypeConfiguration configuration)
    {
        var values = new List<EnumValue>();
        foreach (var field in clr.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var config = configuration.Members.FirstOrDefault(m => m.Member == field);
            if (IsIgnored(field) || config?.Ignored == true)
            {
                continue;
            }

            values.Add(new EnumValue(
                config?.Name ?? Attribute<GraphQLNameAttribute>(field)?.Name ?? NameConventions.ToEnumValueName(field.Name),
                field.GetValue(null),
                config?.HasDescription == true ? config.DescriptionText : DescriptionOf(field),
                config?.DeprecationReason ?? DeprecationOf(field)));
        }

        type.Define(
            configuration.Name ?? TypeNameOf(clr, input: false),
            configuration.HasDescription ? configuration.Description : DescriptionOf(clr),
            () => values,
            clr);
    }

    private List<InterfaceType> InterfacesOf(Type clr, TypeConfiguration configuration)
    {
        var interfaces = new List<InterfaceType>();
        foreach (var reference in configuration.Interfaces)
        {
            if (ResolveReference(reference, typeof(object), null, input: false).NamedType() is InterfaceType configured && !interfaces.Contains(configured))
            {
                interfaces.Add(configured);
            }
        }

        foreach (var clrInterface in clr.GetInterfaces())
        {
            if (_output.TryGetValue(clrInterface, out var mapped) && mapped is InterfaceType iface && !interfaces.Contains(iface))
            {
                interfaces.Add(iface);
            }
        }

        return interfaces;
    }

    private List<FieldSpec> FieldSpecs(Type clr, TypeConfiguration configuration)
    {
        var members = configuration.ExplicitFieldsOnly ? [] : InferMembers(clr).ToList();
        foreach (var configured in configuration.Members)
        {
            if (configured.Member is { } member && !members.Contains(member))
            {
                members.Add(member);
            }
        }

        var specs = new List<FieldSpec>();
        foreach (var member in members)
        {
            var config = configuration.Members.FirstOrDefault(m => m.Member == member)
                ?? configuration.Members.FirstOrDefault(m => m.Member is null && m.OriginalName == FieldNameOf(member));
            if (config?.Ignored == true)
            {
                continue;
            }

            specs.Add(MemberFieldSpec(member, config));
        }

        foreach (var added in configuration.Members.Where(m => m.Member is null && !m.Ignored))
        {
            if (specs.Any(s => s.Name == (added.Name ?? added.OriginalName)) || members.Any(m => FieldNameOf(m) == added.OriginalName))
            {
                continue;
            }

            var reference = added.TypeRef ?? throw new InvalidOperationException($"The field \"{added.OriginalName}\" of {clr.Name} needs a type: call Type(...) or Resolve<T>(...).");
            var spec = new FieldSpec(added.Name ?? added.OriginalName!, Resolve(reference, () => OutputTypeOf(typeof(object), null, reference)))
            {
                Description = added.DescriptionText,
                DeprecationReason = added.DeprecationReason,
                Resolver = added.Resolver,
            };
            AddConfiguredArguments(spec, added, []);
            specs.Add(spec);
        }

        return specs;
    }

    private FieldSpec MemberFieldSpec(MemberInfo member, MemberConfiguration? config)
    {
        var (clrType, nullability) = member switch
        {
            PropertyInfo p => (p.PropertyType, _nullability.Create(p)),
            FieldInfo f => (f.FieldType, _nullability.Create(f)),
            MethodInfo m => (m.ReturnType, _nullability.Create(m.ReturnParameter)),
            _ => throw new ArgumentException("Unsupported member.", nameof(member)),
        };
        if (clrType != ResolverCompiler.UnwrapTask(clrType))
        {
            nullability = nullability.GenericTypeArguments.FirstOrDefault();
            clrType = ResolverCompiler.UnwrapTask(clrType);
        }

        var reference = config?.TypeRef ?? TypeOverrideOf(member);
        var spec = new FieldSpec(config?.Name ?? FieldNameOf(member), Resolve(reference, () => OutputTypeOf(clrType, nullability, reference)))
        {
            Member = member,
            Description = config?.HasDescription == true ? config.DescriptionText : DescriptionOf(member),
            DeprecationReason = config?.DeprecationReason ?? DeprecationOf(member),
            Resolver = config?.Resolver,
        };

        var bound = new HashSet<string>(StringComparer.Ordinal);
        if (member is MethodInfo method)
        {
            foreach (var parameter in method.GetParameters())
            {
                var binding = BindParameter(parameter);
                spec.Bindings.Add(binding);
                if (binding.Source != ParameterSource.Argument)
                {
                    continue;
                }

                var argumentConfig = config?.Arguments.GetValueOrDefault(binding.ArgumentName!);
                bound.Add(binding.ArgumentName!);
                var argumentReference = argumentConfig?.TypeRef ?? TypeOverrideOf(parameter);
                var parameterNullability = _nullability.Create(parameter);
                var argument = new ArgumentSpec(binding.ArgumentName!, Resolve(argumentReference, () => InputTypeOf(parameter.ParameterType, parameterNullability, argumentReference)))
                {
                    Description = argumentConfig?.HasDescription == true ? argumentConfig.DescriptionText : DescriptionOf(parameter),
                    DeprecationReason = argumentConfig?.DeprecationReason ?? DeprecationOf(parameter),
                };
                if (argumentConfig?.HasDefault == true)
                {
                    argument.SetDefault(argumentConfig.Default);
                }
                else if (parameter.HasDefaultValue && parameter.DefaultValue is not null)
                {
                    argument.SetDefault(parameter.DefaultValue);
                }

                spec.Arguments.Add(argument);
            }
        }

        if (config is not null)
        {
            AddConfiguredArguments(spec, config, bound);
        }

        return spec;
    }

    private void AddConfiguredArguments(FieldSpec spec, MemberConfiguration config, HashSet<string> bound)
    {
        foreach (var (name, argumentConfig) in config.Arguments)
        {
            if (bound.Contains(name))
            {
                continue;
            }

            var reference = argumentConfig.TypeRef ?? throw new InvalidOperationException($"The argument \"{name}\" of field \"{spec.Name}\" needs a type.");
            var argument = new ArgumentSpec(name, Resolve(reference, () => InputTypeOf(typeof(object), null, reference)))
            {
                Description = argumentConfig.DescriptionText,
                DeprecationReason = argumentConfig.DeprecationReason,
            };
            if (argumentConfig.HasDefault)
            {
                argument.SetDefault(argumentConfig.Default);
            }

            spec.Arguments.Add(argument);
        }
    }

    private static ParameterBinding BindParameter(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken))
        {
            return new ParameterBinding(parameter, ParameterSource.CancellationToken);
        }

        if (type == typeof(IResolverContext))
        {
            return new ParameterBinding(parameter, ParameterSource.Context);
        }

        if (parameter.IsDefined(typeof(ServiceAttribute), true))
        {
            return new ParameterBinding(parameter, ParameterSource.Service);
        }

        if (parameter.IsDefined(typeof(ParentAttribute), true))
        {
            return new ParameterBinding(parameter, ParameterSource.Parent);
        }

        var name = Attribute<GraphQLNameAttribute>(parameter)?.Name ?? NameConventions.ToCamelCase(parameter.Name!);
        return new ParameterBinding(parameter, ParameterSource.Argument, name);
    }

    // Declaration order: a property sorts by its getter, so properties and methods interleave as written.
    private static IEnumerable<MemberInfo> InferMembers(Type clr) =>
        CandidateMembers(clr)
            .Select((m, i) => (Member: m, Index: i, Method: m as MethodInfo ?? ((PropertyInfo)m).GetMethod!))
            .OrderBy(x => x.Method.DeclaringType == clr ? 0 : 1)
            .ThenBy(x => x.Method.Module.MetadataToken)
            .ThenBy(x => x.Method.DeclaringType?.MetadataToken ?? 0)
            .ThenBy(x => x.Method.MetadataToken)
            .Select(x => x.Member);

    private static IEnumerable<MemberInfo> CandidateMembers(Type clr)
    {
        var types = clr.IsInterface ? clr.GetInterfaces().Prepend(clr) : [clr];
        foreach (var type in types)
        {
            foreach (var property in type.GetProperties(PublicInstance))
            {
                if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0
                    && property.DeclaringType != typeof(object) && !IsIgnored(property))
                {
                    yield return property;
                }
            }

            foreach (var method in type.GetMethods(PublicInstance))
            {
                if (!method.IsSpecialName && method.DeclaringType != typeof(object) && !ExcludedMethods.Contains(method.Name)
                    && !method.IsGenericMethodDefinition && ResolverCompiler.IsResolvableReturnType(method.ReturnType)
                    && !IsCompilerGenerated(method) && !IsIgnored(method)
                    && method.GetParameters().All(p => !p.ParameterType.IsByRef))
                {
                    yield return method;
                }
            }
        }
    }

    private OutputField BuildField(Type clr, FieldSpec spec)
    {
        var field = new OutputField(
            spec.Name,
            spec.Type.Value,
            null,
            spec.Arguments.Select(a => a.Build()),
            spec.Description,
            spec.DeprecationReason);
        if (spec.Resolver is not null)
        {
            field.SetResolver(spec.Resolver);
        }
        else if (spec.Member is not null)
        {
            var (resolver, pure) = ResolverCompiler.Compile(clr, spec.Member, spec.Bindings, _rootTypes.Contains(clr) ? RootFactory(clr) : null);
            field.SetResolver(resolver, pure);
        }

        return field;
    }

    private List<InputSpec> InputSpecs(Type clr, TypeConfiguration configuration)
    {
        var constructor = InputObjectFactory.ChooseConstructor(clr);
        var ctorParameters = constructor?.GetParameters().ToDictionary(p => p.Name!, StringComparer.OrdinalIgnoreCase) ?? [];
        var specs = new List<InputSpec>();
        foreach (var property in clr.GetProperties(PublicInstance))
        {
            var config = configuration.Members.FirstOrDefault(m => m.Member == property);
            var settable = property.SetMethod is { IsPublic: true } || ctorParameters.ContainsKey(property.Name);
            if (!settable || property.GetIndexParameters().Length > 0 || IsIgnored(property) || config?.Ignored == true)
            {
                continue;
            }

            var nullability = _nullability.Create(property);
            var reference = config?.TypeRef ?? TypeOverrideOf(property);
            var spec = new InputSpec(property, config?.Name ?? Attribute<GraphQLNameAttribute>(property)?.Name ?? NameConventions.ToCamelCase(property.Name), Resolve(reference, () => InputTypeOf(property.PropertyType, nullability, reference)))
            {
                Description = config?.HasDescription == true ? config.DescriptionText : DescriptionOf(property),
                DeprecationReason = config?.DeprecationReason ?? DeprecationOf(property),
            };
            if (config?.HasDefault == true)
            {
                spec.SetDefault(config.Default);
            }
            else if (ctorParameters.TryGetValue(property.Name, out var parameter) && parameter.HasDefaultValue && parameter.DefaultValue is not null)
            {
                spec.SetDefault(parameter.DefaultValue);
            }

            specs.Add(spec);
        }

        return specs;
    }

    private static InputField BuildInputField(InputSpec spec)
    {
        var field = new InputField(spec.Name, spec.Type.Value, description: spec.Description, deprecationReason: spec.DeprecationReason);
        if (spec.HasDefault)
        {
            field.SetClrDefault(spec.Default);
        }

        return field;
    }

    private Func<IResolverContext, object> RootFactory(Type clr)
    {
        if (_rootFactories.TryGetValue(clr, out var existing))
        {
            return existing;
        }

        var constructor = clr.GetConstructor(Type.EmptyTypes);
        var create = constructor is null ? null : Expression.Lambda<Func<object>>(Expression.Convert(Expression.New(constructor), typeof(object))).Compile();
        var source = Expression.Parameter(typeof(object), "source");
        var isInstance = Expression.Lambda<Func<object?, bool>>(Expression.TypeIs(source, clr), source).Compile();
        object? instance = null;
        Func<IResolverContext, object> factory = context =>
        {
            if (context.Source is { } given && isInstance(given))
            {
                return given;
            }

            if (create is not null)
            {
                return instance ??= create();
            }

            return context.Services.GetService(clr) ?? throw new InvalidOperationException($"No root value of type {clr.Name} was given and it has no parameterless constructor or service registration.");
        };
        _rootFactories[clr] = factory;
        return factory;
    }

    /// <summary>Resolves a member's type now (discovering the CLR types it uses), unless it names SDL types, which exist only later.</summary>
    private static Lazy<T> Resolve<T>(TypeReference? reference, Func<T> create)
    {
        if (reference?.Sdl is not null)
        {
            return new Lazy<T>(create);
        }

        var value = create();
        return new Lazy<T>(() => value);
    }

    /// <summary>A field to build: its name, type, resolver source and arguments.</summary>
    private sealed class FieldSpec(string name, Lazy<IOutputType> type)
    {
        public string Name { get; } = name;

        public Lazy<IOutputType> Type { get; } = type;

        public MemberInfo? Member { get; init; }

        public string? Description { get; init; }

        public string? DeprecationReason { get; init; }

        public FieldResolver? Resolver { get; init; }

        public List<ParameterBinding> Bindings { get; } = [];

        public List<ArgumentSpec> Arguments { get; } = [];
    }

    /// <summary>An argument or input field to build.</summary>
    private class ValueSpec(string name, Lazy<IInputType> type)
    {
        public string Name { get; } = name;

        public Lazy<IInputType> Type { get; } = type;

        public string? Description { get; init; }

        public string? DeprecationReason { get; init; }

        public bool HasDefault { get; private set; }

        public object? Default { get; private set; }

        public void SetDefault(object? value)
        {
            HasDefault = true;
            Default = value;
        }
    }

    private sealed class ArgumentSpec(string name, Lazy<IInputType> type) : ValueSpec(name, type)
    {
        public Argument Build()
        {
            var argument = new Argument(Name, Type.Value, description: Description, deprecationReason: DeprecationReason);
            if (HasDefault)
            {
                argument.SetClrDefault(Default);
            }

            return argument;
        }
    }

    private sealed class InputSpec(PropertyInfo property, string name, Lazy<IInputType> type) : ValueSpec(name, type)
    {
        public PropertyInfo Property { get; } = property;
    }
}
