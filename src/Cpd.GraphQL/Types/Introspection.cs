using Cpd.GraphQL.Language;

namespace Cpd.GraphQL.Types;

/// <summary>
/// The introspection types (<c>__Schema</c>, <c>__Type</c>, …) that every schema includes, and the meta-fields
/// <c>__schema</c>, <c>__type</c> and <c>__typename</c> that the executor and validator add to query types and
/// every composite type. Their resolvers are ordinary resolvers over the schema model.
/// </summary>
public static class Introspection
{
    private static readonly NonNullType NonNullString = new(ScalarType.String);
    private static readonly NonNullType NonNullBoolean = new(ScalarType.Boolean);

    static Introspection()
    {
        TypeKindType = new EnumType(
            "__TypeKind",
            [
                new EnumValue("SCALAR", Cpd.GraphQL.Types.TypeKind.Scalar, "Indicates this type is a scalar."),
                new EnumValue("OBJECT", Cpd.GraphQL.Types.TypeKind.Object, "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
                new EnumValue("INTERFACE", Cpd.GraphQL.Types.TypeKind.Interface, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
                new EnumValue("UNION", Cpd.GraphQL.Types.TypeKind.Union, "Indicates this type is a union. `possibleTypes` is a valid field."),
                new EnumValue("ENUM", Cpd.GraphQL.Types.TypeKind.Enum, "Indicates this type is an enum. `enumValues` is a valid field."),
                new EnumValue("INPUT_OBJECT", Cpd.GraphQL.Types.TypeKind.InputObject, "Indicates this type is an input object. `inputFields` is a valid field."),
                new EnumValue("LIST", Cpd.GraphQL.Types.TypeKind.List, "Indicates this type is a list. `ofType` is a valid field."),
                new EnumValue("NON_NULL", Cpd.GraphQL.Types.TypeKind.NonNull, "Indicates this type is a non-null. `ofType` is a valid field."),
            ],
            "An enum describing what kind of type a given `__Type` is.");

        DirectiveLocationType = new EnumType(
            "__DirectiveLocation",
            DirectiveLocationNames.All.Select(l => new EnumValue(l.ToSpecName(), l, LocationDescription(l))),
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

        SchemaType = new ObjectType(
            "__Schema",
            () =>
            [
                Field<GraphQLSchema>("description", ScalarType.String, s => s.Description),
                Field<GraphQLSchema>("types", NonNullList(TypeType!), s => s.Types, "A list of all types supported by this server."),
                Field<GraphQLSchema>("queryType", new NonNullType(TypeType!), s => s.QueryTypeOrNull, "The type that query operations will be rooted at."),
                Field<GraphQLSchema>("mutationType", TypeType!, s => s.MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."),
                Field<GraphQLSchema>("subscriptionType", TypeType!, s => s.SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."),
                Field<GraphQLSchema>("directives", NonNullList(DirectiveType!), s => s.Directives, "A list of all directives supported by this server."),
            ],
            description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
            runtimeType: typeof(GraphQLSchema));

        DirectiveType = new ObjectType(
            "__Directive",
            () =>
            [
                Field<Cpd.GraphQL.Types.DirectiveType>("name", NonNullString, d => d.Name),
                Field<Cpd.GraphQL.Types.DirectiveType>("description", ScalarType.String, d => d.Description),
                Field<Cpd.GraphQL.Types.DirectiveType>("isRepeatable", NonNullBoolean, d => d.IsRepeatable),
                Field<Cpd.GraphQL.Types.DirectiveType>("locations", NonNullList(DirectiveLocationType), d => d.Locations),
                DeprecatableList<Cpd.GraphQL.Types.DirectiveType, Argument>("args", new NonNullType(new ListType(new NonNullType(InputValueType!))), d => d.Arguments, a => a.IsDeprecated),
            ],
            description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
            runtimeType: typeof(Cpd.GraphQL.Types.DirectiveType));

        TypeType = new ObjectType(
            "__Type",
            () =>
            [
                Field<IType>("kind", new NonNullType(TypeKindType), t => t.Kind),
                Field<IType>("name", ScalarType.String, t => (t as INamedType)?.Name),
                Field<IType>("description", ScalarType.String, t => (t as INamedType)?.Description),
                Field<IType>("specifiedByURL", ScalarType.String, t => (t as ScalarType)?.SpecifiedByUrl),
                DeprecatableList<IType, OutputField>("fields", new ListType(new NonNullType(FieldType!)), t => (t as IComplexOutputType)?.Fields, f => f.IsDeprecated),
                Field<IType>("interfaces", new ListType(new NonNullType(TypeType!)), t => (t as IComplexOutputType)?.Interfaces),
                new OutputField(
                    "possibleTypes",
                    new ListType(new NonNullType(TypeType!)),
                    c => new ValueTask<object?>(c.Source is IAbstractType a ? c.Schema.GetPossibleTypes(a) : null)),
                DeprecatableList<IType, EnumValue>("enumValues", new ListType(new NonNullType(EnumValueType!)), t => (t as EnumType)?.Values, v => v.IsDeprecated),
                DeprecatableList<IType, InputField>("inputFields", new ListType(new NonNullType(InputValueType!)), t => (t as InputObjectType)?.Fields, f => f.IsDeprecated),
                Field<IType>("ofType", TypeType!, t => (t as IWrapperType)?.OfType),
                Field<IType>("isOneOf", ScalarType.Boolean, t => t is InputObjectType i ? i.IsOneOf : null),
            ],
            description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
            isOfType: v => v is IType);

        FieldType = new ObjectType(
            "__Field",
            () =>
            [
                Field<OutputField>("name", NonNullString, f => f.Name),
                Field<OutputField>("description", ScalarType.String, f => f.Description),
                DeprecatableList<OutputField, Argument>("args", new NonNullType(new ListType(new NonNullType(InputValueType!))), f => f.Arguments, a => a.IsDeprecated),
                Field<OutputField>("type", new NonNullType(TypeType), f => f.Type),
                Field<OutputField>("isDeprecated", NonNullBoolean, f => f.IsDeprecated),
                Field<OutputField>("deprecationReason", ScalarType.String, f => f.DeprecationReason),
            ],
            description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
            runtimeType: typeof(OutputField));

        InputValueType = new ObjectType(
            "__InputValue",
            () =>
            [
                Field<InputValueDefinition>("name", NonNullString, v => v.Name),
                Field<InputValueDefinition>("description", ScalarType.String, v => v.Description),
                Field<InputValueDefinition>("type", new NonNullType(TypeType), v => v.Type),
                Field<InputValueDefinition>("defaultValue", ScalarType.String, v => v.DefaultValue is { } d ? Printer.Print(d) : null, "A GraphQL-formatted string representing the default value for this input value."),
                Field<InputValueDefinition>("isDeprecated", NonNullBoolean, v => v.IsDeprecated),
                Field<InputValueDefinition>("deprecationReason", ScalarType.String, v => v.DeprecationReason),
            ],
            description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
            runtimeType: typeof(InputValueDefinition));

        EnumValueType = new ObjectType(
            "__EnumValue",
            () =>
            [
                Field<EnumValue>("name", NonNullString, v => v.Name),
                Field<EnumValue>("description", ScalarType.String, v => v.Description),
                Field<EnumValue>("isDeprecated", NonNullBoolean, v => v.IsDeprecated),
                Field<EnumValue>("deprecationReason", ScalarType.String, v => v.DeprecationReason),
            ],
            description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
            runtimeType: typeof(EnumValue));

        SchemaField = new OutputField(
            "__schema",
            new NonNullType(SchemaType),
            c => new ValueTask<object?>(c.Schema),
            description: "Access the current type schema of this server.");
        TypeField = new OutputField(
            "__type",
            TypeType,
            c => new ValueTask<object?>(c.Arguments.TryGetValue("name", out var n) && n is string name ? c.Schema.GetType(name) : null),
            [new Argument("name", NonNullString)],
            "Request the type information of a single type.");
        TypeNameField = new OutputField(
            "__typename",
            NonNullString,
            c => new ValueTask<object?>(c.ParentType.Name),
            description: "The name of the current Object type at runtime.");
        Types = [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];

        // The introspection types are shared by every schema: complete them once, now.
        foreach (var type in Types)
        {
            ((NamedType)type).Complete();
        }

        foreach (var meta in (OutputField[])[SchemaField, TypeField, TypeNameField])
        {
            foreach (var argument in meta.Arguments)
            {
                argument.Complete();
            }
        }
    }

    /// <summary><c>__Schema</c>.</summary>
    public static ObjectType SchemaType { get; }

    /// <summary><c>__Type</c>.</summary>
    public static ObjectType TypeType { get; }

    /// <summary><c>__Field</c>.</summary>
    public static ObjectType FieldType { get; }

    /// <summary><c>__InputValue</c>.</summary>
    public static ObjectType InputValueType { get; }

    /// <summary><c>__EnumValue</c>.</summary>
    public static ObjectType EnumValueType { get; }

    /// <summary><c>__Directive</c>.</summary>
    public static ObjectType DirectiveType { get; }

    /// <summary><c>__TypeKind</c>.</summary>
    public static EnumType TypeKindType { get; }

    /// <summary><c>__DirectiveLocation</c>.</summary>
    public static EnumType DirectiveLocationType { get; }

    /// <summary>The introspection types in graphql-js's order.</summary>
    public static IReadOnlyList<INamedType> Types { get; }

    /// <summary>The <c>__schema: __Schema!</c> meta-field of the query type.</summary>
    public static OutputField SchemaField { get; }

    /// <summary>The <c>__type(name: String!): __Type</c> meta-field of the query type.</summary>
    public static OutputField TypeField { get; }

    /// <summary>The <c>__typename: String!</c> meta-field of every composite type.</summary>
    public static OutputField TypeNameField { get; }

    /// <summary>Whether a type is one of the introspection types (by name).</summary>
    /// <param name="type">The type.</param>
    /// <returns><see langword="true"/> for <c>__Schema</c>, <c>__Type</c>, ….</returns>
    public static bool IsIntrospectionType(INamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Types.Any(t => t.Name == type.Name);
    }

    private static ListType NonNullItems(IType itemType) => new(new NonNullType(itemType));

    private static NonNullType NonNullList(IType itemType) => new(NonNullItems(itemType));

    private static OutputField Field<TParent>(string name, IOutputType type, Func<TParent, object?> read, string? description = null)
    {
        var field = new OutputField(name, type, description: description);
        Func<object?, object?> pure = parent => read((TParent)parent!);
        field.SetResolver(context => new ValueTask<object?>(pure(context.Source)), pure);
        return field;
    }

    private static OutputField DeprecatableList<TParent, TItem>(string name, IOutputType type, Func<TParent, IEnumerable<TItem>?> read, Func<TItem, bool> isDeprecated)
    {
        return new OutputField(
            name,
            type,
            context =>
            {
                var items = read((TParent)context.Source!);
                if (items is null)
                {
                    return new ValueTask<object?>((object?)null);
                }

                var includeDeprecated = context.Arguments.TryGetValue("includeDeprecated", out var flag) && flag is true;
                return new ValueTask<object?>(includeDeprecated ? items : items.Where(i => !isDeprecated(i)).ToList());
            },
            [new Argument("includeDeprecated", NonNullBoolean, Utilities.AstFactory.Boolean(false))]);
    }

    private static string LocationDescription(DirectiveLocation location) => location switch
    {
        DirectiveLocation.Query => "Location adjacent to a query operation.",
        DirectiveLocation.Mutation => "Location adjacent to a mutation operation.",
        DirectiveLocation.Subscription => "Location adjacent to a subscription operation.",
        DirectiveLocation.Field => "Location adjacent to a field.",
        DirectiveLocation.FragmentDefinition => "Location adjacent to a fragment definition.",
        DirectiveLocation.FragmentSpread => "Location adjacent to a fragment spread.",
        DirectiveLocation.InlineFragment => "Location adjacent to an inline fragment.",
        DirectiveLocation.VariableDefinition => "Location adjacent to an operation variable definition.",
        DirectiveLocation.Schema => "Location adjacent to a schema definition.",
        DirectiveLocation.Scalar => "Location adjacent to a scalar definition.",
        DirectiveLocation.Object => "Location adjacent to an object type definition.",
        DirectiveLocation.FieldDefinition => "Location adjacent to a field definition.",
        DirectiveLocation.ArgumentDefinition => "Location adjacent to an argument definition.",
        DirectiveLocation.Interface => "Location adjacent to an interface definition.",
        DirectiveLocation.Union => "Location adjacent to a union definition.",
        DirectiveLocation.Enum => "Location adjacent to an enum definition.",
        DirectiveLocation.EnumValue => "Location adjacent to an enum value definition.",
        DirectiveLocation.InputObject => "Location adjacent to an input object type definition.",
        DirectiveLocation.InputFieldDefinition => "Location adjacent to an input object field definition.",
        _ => string.Empty,
    };
}
