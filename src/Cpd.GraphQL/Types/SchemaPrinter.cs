using System.Text;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Types;

/// <summary>Prints a schema as SDL in exactly graphql-js's <c>printSchema</c> format.</summary>
public static class SchemaPrinter
{
    /// <summary>
    /// Prints the schema: a schema definition when the root types do not have the default names (or there is a
    /// description), the directives that are not specified ones, and every type except the specified scalars and
    /// the introspection types, in schema order, separated by blank lines.
    /// </summary>
    /// <param name="schema">The schema.</param>
    /// <returns>The SDL (no trailing newline).</returns>
    public static string Print(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(
            schema,
            d => !DirectiveType.SpecifiedDirectives.Any(s => s.Name == d.Name),
            t => !(t is ScalarType s && s.IsSpecified) && !Introspection.IsIntrospectionType(t));
    }

    /// <summary>Prints the specified directives and the introspection types (graphql-js's <c>printIntrospectionSchema</c>).</summary>
    /// <param name="schema">The schema.</param>
    /// <returns>The SDL.</returns>
    public static string PrintIntrospectionSchema(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return PrintFiltered(schema, d => d.IsSpecified, Introspection.IsIntrospectionType);
    }

    /// <summary>Prints one named type as SDL.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The SDL.</returns>
    public static string PrintType(INamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type switch
        {
            ScalarType s => Description(s.Description) + "scalar " + s.Name + SpecifiedBy(s),
            ObjectType o => Description(o.Description) + "type " + o.Name + Implements(o) + Fields(o),
            InterfaceType i => Description(i.Description) + "interface " + i.Name + Implements(i) + Fields(i),
            UnionType u => Description(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : string.Empty),
            EnumType e => Description(e.Description) + "enum " + e.Name
                + Block([.. e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))]),
            InputObjectType io => Description(io.Description) + "input " + io.Name + (io.IsOneOf ? " @oneOf" : string.Empty)
                + Block([.. io.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))]),
            _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
        };
    }

    /// <summary>Prints one directive definition as SDL.</summary>
    /// <param name="directive">The directive.</param>
    /// <returns>The SDL.</returns>
    public static string PrintDirective(DirectiveType directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        return Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty)
            + (directive.IsRepeatable ? " repeatable" : string.Empty)
            + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));
    }

    private static string PrintFiltered(GraphQLSchema schema, Func<DirectiveType, bool> directiveFilter, Func<INamedType, bool> typeFilter)
    {
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(directiveFilter).Select(PrintDirective));
        parts.AddRange(schema.Types.Where(typeFilter).Select(PrintType));
        return string.Join("\n\n", parts.Where(p => p.Length > 0));
    }

    private static string? SchemaDefinition(GraphQLSchema schema)
    {
        var query = schema.QueryTypeOrNull;
        if (query is null && schema.MutationType is null && schema.SubscriptionType is null)
        {
            return null;
        }

        var defaultNames = ReferenceEquals(query, schema.GetType("Query"))
            && ReferenceEquals(schema.MutationType, schema.GetType("Mutation"))
            && ReferenceEquals(schema.SubscriptionType, schema.GetType("Subscription"));
        if (schema.Description is null && defaultNames)
        {
            return null;
        }

        var sb = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        if (query is not null)
        {
            sb.Append("  query: ").Append(query.Name).Append('\n');
        }

        if (schema.MutationType is not null)
        {
            sb.Append("  mutation: ").Append(schema.MutationType.Name).Append('\n');
        }

        if (schema.SubscriptionType is not null)
        {
            sb.Append("  subscription: ").Append(schema.SubscriptionType.Name).Append('\n');
        }

        return sb.Append('}').ToString();
    }

    private static string Implements(IComplexOutputType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(IComplexOutputType type) =>
        Block([.. type.Fields.Select((f, i) =>
            Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason))]);

    private static string Block(IReadOnlyList<string> items) => items.Count > 0 ? " {\n" + string.Join("\n", items) + "\n}" : string.Empty;

    private static string Arguments(FieldCollection<Argument> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var text = value.Name + ": " + value.Type;
        if (value.DefaultValue is { } defaultValue)
        {
            text += " = " + Printer.Print(defaultValue);
        }

        return text + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason)
    {
        if (reason is null)
        {
            return string.Empty;
        }

        return reason != DirectiveType.DefaultDeprecationReason
            ? " @deprecated(reason: " + Printer.Print(new StringValueNode(reason, false)) + ")"
            : " @deprecated";
    }

    private static string SpecifiedBy(ScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + Printer.Print(new StringValueNode(scalar.SpecifiedByUrl, false)) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = Printer.Print(new StringValueNode(description, IsPrintableAsBlockString(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    private static bool IsPrintableAsBlockString(string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var isEmptyLine = true;
        var hasIndent = false;
        var hasCommonIndent = true;
        var seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case <= '\u0008' or '\u000b' or '\u000c' or '\u000e' or '\u000f' or '\r':
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine)
                    {
                        return false;
                    }

                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case '\t' or ' ':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return !isEmptyLine && !(hasCommonIndent && seenNonEmptyLine);
    }
}
