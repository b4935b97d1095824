using System.Text;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Tests.Language;

/// <summary>Dumps a tree as one line per node: indentation by depth, key, kind, location and value.</summary>
internal sealed class AstDump : AstVisitor
{
    private readonly StringBuilder _builder = new();

    public static string Of(AstNode node)
    {
        var dump = new AstDump();
        Visitor.Visit(node, dump);
        return dump._builder.ToString().TrimEnd('\n');
    }

    public override VisitAction Enter(AstNode node, VisitorContext context)
    {
        _builder.Append(' ', context.Depth * 2);
        if (context.Key is not null)
        {
            _builder.Append(context.Key);
            if (context.Index is { } index)
            {
                _builder.Append('[').Append(index).Append(']');
            }

            _builder.Append(": ");
        }

        _builder.Append(node.Kind);
        if (node.Location is { } location)
        {
            _builder.Append(' ').Append(location.Start).Append("..").Append(location.End);
        }

        var value = node switch
        {
            NameNode n => n.Value,
            IntValueNode n => n.Value,
            FloatValueNode n => n.Value,
            StringValueNode n => (n.Block ? "block " : string.Empty) + n.Value.Replace("\n", "\\n", StringComparison.Ordinal),
            BooleanValueNode n => n.Value ? "true" : "false",
            EnumValueNode n => n.Value,
            OperationDefinitionNode n => n.Operation.ToString(),
            OperationTypeDefinitionNode n => n.Operation.ToString(),
            DirectiveDefinitionNode n => n.Repeatable ? "repeatable" : null,
            _ => null,
        };
        if (value is not null)
        {
            _builder.Append(" = ").Append(value);
        }

        _builder.Append('\n');
        return VisitAction.Continue;
    }
}
