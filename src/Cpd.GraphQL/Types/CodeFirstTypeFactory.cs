using System.Reflection;
using System.Runtime.CompilerServices;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>
/// Infers GraphQL types from CLR types (HotChocolate conventions) and applies descriptor configurations. Types are
/// discovered eagerly, following the types of every field and argument, so that interfaces and bindings are known
/// before fields are built; fields and resolvers are built when the schema completes the types.
/// </summary>
internal sealed partial class CodeFirstTypeFactory
{
    private const BindingFlags PublicInstance = BindingFlags.Public | BindingFlags.Instance;

    private static readonly HashSet<string> ExcludedMethods = new(StringComparer.Ordinal)
    {
        "Equals", "GetHashCode", "ToString", "GetType", "Deconstruct", "Dispose", "DisposeAsync", "CompareTo", "Clone", "GetEnumerator", "<Clone>$",
    };

    private readonly TypeRegistry _registry;
    private readonly NullabilityInfoContext _nullability = new();
    private readonly Dictionary<Type, INamedType> _output = [];
    private readonly Dictionary<Type, INamedType> _input = [];
    private readonly Dictionary<Type, ScalarType> _scalars = new()
    {
        [typeof(string)] = ScalarType.String,
        [typeof(char)] = ScalarType.String,
        [typeof(bool)] = ScalarType.Boolean,
        [typeof(int)] = ScalarType.Int,
        [typeof(short)] = ScalarType.Int,
        [typeof(byte)] = ScalarType.Int,
        [typeof(sbyte)] = ScalarType.Int,
        [typeof(ushort)] = ScalarType.Int,
        [typeof(long)] = ScalarType.Int,
        [typeof(uint)] = ScalarType.Int,
        [typeof(ulong)] = ScalarType.Int,
        [typeof(float)] = ScalarType.Float,
        [typeof(double)] = ScalarType.Float,
        [typeof(decimal)] = ScalarType.Float,
        [typeof(Guid)] = ScalarType.ID,
    };

    private readonly HashSet<Type> _rootTypes = [];
    private readonly Dictionary<Type, Func<IResolverContext, object>> _rootFactories = [];
    private readonly Queue<Action> _discovery = new();

    public CodeFirstTypeFactory(TypeRegistry registry)
    {
        _registry = registry;
    }

    /// <summary>Binds a CLR type to a scalar for inference.</summary>
    public void BindScalar(Type clrType, ScalarType scalar) => _scalars[clrType] = scalar;

    /// <summary>Marks a CLR type as a root type: its resolvers create or fetch an instance when there is no root value.</summary>
    public void MarkRoot(Type clrType) => _rootTypes.Add(clrType);

    /// <summary>Runs discovery until every reachable CLR type has a GraphQL type.</summary>
    public void DiscoverAll()
    {
        while (_discovery.TryDequeue(out var step))
        {
            step();
        }
    }

    /// <summary>Registers a descriptor type instance (named and configured now).</summary>
    public INamedType AddConfigured(NamedType type)
    {
        var configurable = (IConfigurableType)type;
        var clr = configurable.RuntimeClrType;
        var configuration = configurable.CreateConfiguration();
        switch (type)
        {
            case ObjectType objectType:
                _output[clr] = objectType;
                DefineObject(objectType, clr, configuration);
                break;
            case InputObjectType inputType:
                _input[clr] = inputType;
                DefineInput(inputType, clr, configuration);
                break;
            case EnumType enumType:
                _output[clr] = enumType;
                _input[clr] = enumType;
                DefineEnum(enumType, clr, configuration);
                break;
        }

        Register(type);
        return type;
    }

    /// <summary>The output named type for a CLR type (created on first use).</summary>
    public INamedType EnsureOutput(Type clr)
    {
        if (Known(clr, _output) is { } known)
        {
            return known;
        }

        NamedType created;
        if (clr.IsEnum)
        {
            var enumType = new InferredEnumType();
            _output[clr] = _input[clr] = enumType;
            DefineEnum(enumType, clr, new TypeConfiguration());
            created = enumType;
        }
        else if (clr.IsInterface)
        {
            var interfaceType = new InferredInterfaceType();
            _output[clr] = interfaceType;
            DefineInterface(interfaceType, clr);
            created = interfaceType;
        }
        else
        {
            var objectType = new InferredObjectType();
            _output[clr] = objectType;
            DefineObject(objectType, clr, new TypeConfiguration());
            created = objectType;
        }

        Register(created);
        return created;
    }

    /// <summary>The input named type for a CLR type (created on first use).</summary>
    public INamedType EnsureInput(Type clr)
    {
        if (Known(clr, _input) is { } known)
        {
            return known;
        }

        if (clr.IsEnum)
        {
            return EnsureOutput(clr);
        }

        var inputType = new InferredInputObjectType();
        _input[clr] = inputType;
        DefineInput(inputType, clr, new TypeConfiguration());
        Register(inputType);
        return inputType;
    }

    /// <summary>A scalar binding, an already created type, or a schema type class instance; <see langword="null"/> when the CLR type is new.</summary>
    private INamedType? Known(Type clr, Dictionary<Type, INamedType> map)
    {
        if (_scalars.TryGetValue(clr, out var scalar))
        {
            return scalar;
        }

        if (map.TryGetValue(clr, out var existing))
        {
            return existing;
        }

        return typeof(NamedType).IsAssignableFrom(clr) ? EnsureSchemaTypeClass(clr) : null;
    }

    private INamedType EnsureSchemaTypeClass(Type schemaTypeClass)
    {
        foreach (var type in _registry.Types)
        {
            if (type.GetType() == schemaTypeClass)
            {
                return type;
            }
        }

        var instance = (NamedType)(Activator.CreateInstance(schemaTypeClass)
            ?? throw new InvalidOperationException($"Cannot create {schemaTypeClass.Name}."));
        if (instance is IConfigurableType)
        {
            return AddConfigured(instance);
        }

        Register(instance);
        return instance;
    }

    private void Register(INamedType type)
    {
        if (!_registry.Register(type))
        {
            throw new InvalidOperationException($"Two different types are named \"{type.Name}\" ({type.GetType().Name}).");
        }
    }

    /// <summary>The output type of a member: its CLR type (tasks unwrapped) with nullability, or its configured override.</summary>
    private IOutputType OutputTypeOf(Type clr, NullabilityInfo? nullability, TypeReference? reference) =>
        (IOutputType)TypeOf(clr, nullability, reference, input: false);

    private IInputType InputTypeOf(Type clr, NullabilityInfo? nullability, TypeReference? reference) =>
        (IInputType)TypeOf(clr, nullability, reference, input: true);

    private IType TypeOf(Type clr, NullabilityInfo? nullability, TypeReference? reference, bool input)
    {
        if (reference is not null)
        {
            return ResolveReference(reference, clr, nullability, input);
        }

        var nullable = true;
        if (Nullable.GetUnderlyingType(clr) is { } underlying)
        {
            clr = underlying;
        }
        else if (clr.IsValueType)
        {
            nullable = false;
        }
        else
        {
            nullable = nullability is null || nullability.ReadState != NullabilityState.NotNull;
        }

        IType inner;
        if (!_scalars.ContainsKey(clr) && clr != typeof(string) && !ClrValueConverter.IsDictionary(clr) && ClrValueConverter.EnumerableElementType(clr) is { } element)
        {
            var elementNullability = nullability?.ElementType ?? (nullability?.GenericTypeArguments is [var only] ? only : null);
            inner = new ListType(TypeOf(element, elementNullability, null, input));
        }
        else
        {
            inner = input ? EnsureInput(clr) : EnsureOutput(clr);
        }

        return nullable ? inner : new NonNullType(inner);
    }

    private IType ResolveReference(TypeReference reference, Type memberClr, NullabilityInfo? nullability, bool input)
    {
        if (reference.Instance is { } instance)
        {
            return instance;
        }

        if (reference.Sdl is { } sdl)
        {
            return ResolveSdl(sdl);
        }

        var named = input ? EnsureInput(reference.ClrType!) : EnsureOutput(reference.ClrType!);
        var notNull = memberClr.IsValueType ? Nullable.GetUnderlyingType(memberClr) is null : nullability?.ReadState == NullabilityState.NotNull;
        return notNull ? new NonNullType(named) : named;
    }

    private IType ResolveSdl(TypeNode node) => node switch
    {
        ListTypeNode list => new ListType(ResolveSdl(list.Type)),
        NonNullTypeNode nonNull => new NonNullType(ResolveSdl(nonNull.Type)),
        _ => _registry.Find(((NamedTypeNode)node).Name.Value)
            ?? throw new InvalidOperationException($"Unknown type \"{((NamedTypeNode)node).Name.Value}\"."),
    };

    private static T? Attribute<T>(ICustomAttributeProvider provider)
        where T : Attribute =>
        provider.GetCustomAttributes(typeof(T), true).OfType<T>().FirstOrDefault();

    private static string? DescriptionOf(ICustomAttributeProvider provider) => Attribute<GraphQLDescriptionAttribute>(provider)?.Description;

    private static string? DeprecationOf(ICustomAttributeProvider provider) =>
        Attribute<GraphQLDeprecatedAttribute>(provider)?.Reason
        ?? (Attribute<ObsoleteAttribute>(provider) is { } obsolete ? obsolete.Message ?? DirectiveType.DefaultDeprecationReason : null);

    private static bool IsIgnored(ICustomAttributeProvider provider) => Attribute<GraphQLIgnoreAttribute>(provider) is not null;

    private static TypeReference? TypeOverrideOf(ICustomAttributeProvider provider) =>
        Attribute<GraphQLTypeAttribute>(provider) is { } attribute
            ? attribute.TypeReference is { } sdl ? TypeReference.FromSdl(sdl) : TypeReference.FromClr(attribute.Type!)
            : null;

    private static string TypeNameOf(Type clr, bool input)
    {
        if (Attribute<GraphQLNameAttribute>(clr) is { } attribute)
        {
            return attribute.Name;
        }

        var name = NameConventions.ToTypeName(clr);
        if (clr.IsInterface && name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name[1..];
        }

        return input && !name.EndsWith("Input", StringComparison.Ordinal) ? name + "Input" : name;
    }

    private static string FieldNameOf(MemberInfo member)
    {
        if (Attribute<GraphQLNameAttribute>(member) is { } attribute)
        {
            return attribute.Name;
        }

        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.StartsWith("Get", StringComparison.Ordinal) && name.Length > 3 && char.IsUpper(name[3]))
            {
                name = name[3..];
            }

            if (name.EndsWith("Async", StringComparison.Ordinal) && name.Length > 5)
            {
                name = name[..^5];
            }
        }

        return NameConventions.ToCamelCase(name);
    }

    private static bool IsCompilerGenerated(MemberInfo member) => member.IsDefined(typeof(CompilerGeneratedAttribute), true);
}
