using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Language;

/// <summary>
/// Prints a syntax tree as GraphQL text in graphql-js's layout (two-space indentation, one
/// selection per line, block strings kept as block strings), so that parsing the output gives a
/// tree equal to the input under <see cref="AstComparer"/>.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints a node (a whole document or any part of one).</summary>
    /// <param name="node">The node.</param>
    /// <returns>The GraphQL text.</returns>
    public static string Print(AstNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return P(node);
    }

    private static string P(AstNode? node)
    {
        if (node is null)
        {
            return string.Empty;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case NameNode n:
                return n.Value;
            case VariableNode n:
                return "$" + n.Name.Value;
            case DocumentNode n:
                return PrintDocument(n);
            case OperationDefinitionNode n:
                return PrintOperation(n);
            case VariableDefinitionNode n:
                return Wrap(string.Empty, P(n.Description), "\n") + P(n.Variable) + ": " + P(n.Type)
                    + Wrap(" = ", P(n.DefaultValue)) + Wrap(" ", Join(n.Directives, " "));
            case SelectionSetNode n:
                return n.Selections.Count == 0 ? "{}" : Block(n.Selections);
            case FieldNode n:
                return JoinParts(
                    string.Empty,
                    WrappedLineAndArgs(Wrap(string.Empty, P(n.Alias), ": ") + n.Name.Value, n.Arguments),
                    Wrap(" ", Join(n.Directives, " ")),
                    Wrap(" ", P(n.SelectionSet)));
            case ArgumentNode n:
                return n.Name.Value + ": " + P(n.Value);
            case FragmentSpreadNode n:
                return "..." + n.Name.Value + Wrap(" ", Join(n.Directives, " "));
            case InlineFragmentNode n:
                return JoinParts(" ", "...", Wrap("on ", P(n.TypeCondition)), Join(n.Directives, " "), P(n.SelectionSet));
            case FragmentDefinitionNode n:
                return Wrap(string.Empty, P(n.Description), "\n")
                    + "fragment " + n.Name.Value + " on " + P(n.TypeCondition) + " "
                    + Wrap(string.Empty, Join(n.Directives, " "), " ") + P(n.SelectionSet);
            case IntValueNode n:
                return n.Value;
            case FloatValueNode n:
                return n.Value;
            case StringValueNode n:
                return n.Block && !n.Value.Contains('\r', StringComparison.Ordinal) ? BlockString.Print(n.Value) : PrintString(n.Value);
            case BooleanValueNode n:
                return n.Value ? "true" : "false";
            case NullValueNode:
                return "null";
            case EnumValueNode n:
                return n.Value;
            case ListValueNode n:
                {
                    var line = "[" + Join(n.Values, ", ") + "]";
                    return line.Length > MaxLineLength ? "[\n" + Indent(Join(n.Values, "\n")) + "\n]" : line;
                }

            case ObjectValueNode n:
                {
                    var line = "{ " + Join(n.Fields, ", ") + " }";
                    return line.Length > MaxLineLength ? Block(n.Fields) : line;
                }

            case ObjectFieldNode n:
                return n.Name.Value + ": " + P(n.Value);
            case DirectiveNode n:
                return "@" + n.Name.Value + Wrap("(", Join(n.Arguments, ", "), ")");
            case NamedTypeNode n:
                return n.Name.Value;
            case ListTypeNode n:
                return "[" + P(n.Type) + "]";
            case NonNullTypeNode n:
                return P(n.Type) + "!";
            default:
                return PrintTypeSystem(node);
        }
    }

    private static string PrintDocument(DocumentNode document)
    {
        var printed = new List<string>(document.Definitions.Count);
        for (var i = 0; i < document.Definitions.Count; i++)
        {
            var definition = document.Definitions[i];
            printed.Add(i > 0 && definition is OperationDefinitionNode operation && EndsWithoutBody(document.Definitions[i - 1])
                ? PrintOperation(operation, keepKeyword: true)
                : P(definition));
        }

        return JoinStrings(printed, "\n\n");
    }

    /// <summary>
    /// True when a definition may take a body it does not have, so that a following query shorthand
    /// <c>{ ... }</c> would be read as that body: the query keyword must then be printed.
    /// </summary>
    private static bool EndsWithoutBody(DefinitionNode definition) => definition switch
    {
        ObjectTypeDefinitionNode n => n.Fields.Count == 0,
        InterfaceTypeDefinitionNode n => n.Fields.Count == 0,
        EnumTypeDefinitionNode n => n.Values.Count == 0,
        InputObjectTypeDefinitionNode n => n.Fields.Count == 0,
        ObjectTypeExtensionNode n => n.Fields.Count == 0,
        InterfaceTypeExtensionNode n => n.Fields.Count == 0,
        EnumTypeExtensionNode n => n.Values.Count == 0,
        InputObjectTypeExtensionNode n => n.Fields.Count == 0,
        SchemaExtensionNode n => n.OperationTypes.Count == 0,
        _ => false,
    };

    private static string PrintOperation(OperationDefinitionNode n, bool keepKeyword = false)
    {
        var printed = PrintAll(n.VariableDefinitions);
        var variables = HasMultilineItems(printed)
            ? Wrap("(\n", JoinStrings(printed, "\n"), "\n)")
            : Wrap("(", JoinStrings(printed, ", "), ")");
        var prefix = JoinParts(
            " ",
            OperationName(n.Operation),
            JoinParts(string.Empty, P(n.Name), variables),
            Join(n.Directives, " "));

        // The shorthand `{ ... }` cannot carry a description, so a described query keeps its keyword.
        var head = prefix == "query" && n.Description is null && !keepKeyword ? string.Empty : prefix + " ";
        return Wrap(string.Empty, P(n.Description), "\n") + head + P(n.SelectionSet);
    }

    private static string PrintTypeSystem(AstNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode n:
                return Described(n.Description, JoinParts(" ", "schema", Join(n.Directives, " "), Block(n.OperationTypes)));
            case OperationTypeDefinitionNode n:
                return OperationName(n.Operation) + ": " + P(n.Type);
            case ScalarTypeDefinitionNode n:
                return Described(n.Description, JoinParts(" ", "scalar", n.Name.Value, Join(n.Directives, " ")));
            case ObjectTypeDefinitionNode n:
                return Described(n.Description, JoinParts(
                    " ", "type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)));
            case FieldDefinitionNode n:
                return Described(n.Description, n.Name.Value + ArgumentDefinitions(n.Arguments) + ": " + P(n.Type)
                    + Wrap(" ", Join(n.Directives, " ")));
            case InputValueDefinitionNode n:
                return Described(n.Description, JoinParts(
                    " ", n.Name.Value + ": " + P(n.Type), Wrap("= ", P(n.DefaultValue)), Join(n.Directives, " ")));
            case InterfaceTypeDefinitionNode n:
                return Described(n.Description, JoinParts(
                    " ", "interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)));
            case UnionTypeDefinitionNode n:
                return Described(n.Description, JoinParts(
                    " ", "union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))));
            case EnumTypeDefinitionNode n:
                return Described(n.Description, JoinParts(" ", "enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)));
            case EnumValueDefinitionNode n:
                return Described(n.Description, JoinParts(" ", n.Name.Value, Join(n.Directives, " ")));
            case InputObjectTypeDefinitionNode n:
                return Described(n.Description, JoinParts(" ", "input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)));
            case DirectiveDefinitionNode n:
                return Described(n.Description, "directive @" + n.Name.Value + ArgumentDefinitions(n.Arguments)
                    + (n.Repeatable ? " repeatable" : string.Empty) + " on " + Join(n.Locations, " | "));
            case SchemaExtensionNode n:
                return JoinParts(" ", "extend schema", Join(n.Directives, " "), Block(n.OperationTypes));
            case ScalarTypeExtensionNode n:
                return JoinParts(" ", "extend scalar", n.Name.Value, Join(n.Directives, " "));
            case ObjectTypeExtensionNode n:
                return JoinParts(
                    " ", "extend type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields));
            case InterfaceTypeExtensionNode n:
                return JoinParts(
                    " ", "extend interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields));
            case UnionTypeExtensionNode n:
                return JoinParts(" ", "extend union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | ")));
            case EnumTypeExtensionNode n:
                return JoinParts(" ", "extend enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values));
            case InputObjectTypeExtensionNode n:
                return JoinParts(" ", "extend input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields));
            default:
                throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node));
        }
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static string Described(StringValueNode? description, string text)
        => Wrap(string.Empty, P(description), "\n") + text;

    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = PrintAll(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(JoinStrings(printed, "\n")), "\n)")
            : Wrap("(", JoinStrings(printed, ", "), ")");
    }

    private static bool HasMultilineItems(List<string> printed)
    {
        foreach (var item in printed)
        {
            if (item.Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string WrappedLineAndArgs(string prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        var printed = PrintAll(arguments);
        var line = prefix + Wrap("(", JoinStrings(printed, ", "), ")");
        return line.Length > MaxLineLength ? prefix + Wrap("(\n", Indent(JoinStrings(printed, "\n")), "\n)") : line;
    }

    /// <summary>Prints a string value as a quoted string with graphql-js's escapes.</summary>
    internal static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(c))
                    {
                        // Control characters print as \uXXXX escapes, as graphql-js prints them.
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static List<string> PrintAll<T>(IReadOnlyList<T> nodes)
        where T : AstNode
    {
        var printed = new List<string>(nodes.Count);
        foreach (var node in nodes)
        {
            printed.Add(P(node));
        }

        return printed;
    }

    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : AstNode
        => JoinStrings(PrintAll(nodes), separator);

    private static string JoinStrings(List<string> parts, string separator)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    private static string JoinParts(string separator, params string[] parts) => JoinStrings([.. parts], separator);

    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : AstNode
        => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    private static string Wrap(string start, string value, string end = "")
        => value.Length == 0 ? string.Empty : start + value + end;

    private static string Indent(string text)
        => Wrap("  ", text.Replace("\n", "\n  ", StringComparison.Ordinal));
}
