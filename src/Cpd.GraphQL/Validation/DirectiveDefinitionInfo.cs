using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation;

/// <summary>
/// What the directive rules need to know about a directive name: its definition in the document being validated (which wins, as in
/// graphql-js, where the document's definitions are read after the schema's) or else in the schema, read in place so that no rule
/// builds tables of every directive for each validation. <see cref="AstValidationContext.GetDirectiveDefinition"/> finds it.
/// </summary>
internal readonly struct DirectiveDefinitionInfo
{
    private readonly DirectiveType? _type;
    private readonly DirectiveDefinitionNode? _node;

    public DirectiveDefinitionInfo(DirectiveType? type, DirectiveDefinitionNode? node)
    {
        _type = type;
        _node = node;
    }

    /// <summary>Whether the name is defined at all.</summary>
    public bool IsKnown => _type is not null || _node is not null;

    /// <summary>Whether the directive may be applied more than once at a location.</summary>
    public bool IsRepeatable => _node?.Repeatable ?? _type?.IsRepeatable ?? false;

    /// <summary>The number of arguments the directive defines.</summary>
    public int ArgumentCount => _node?.Arguments.Count ?? _type?.Arguments.Count ?? 0;

    /// <summary>Whether the directive may be applied at a location (its specification name, e.g. <c>FIELD</c>).</summary>
    public bool AllowsLocation(string location)
    {
        if (_node is not null)
        {
            var locations = _node.Locations;
            for (var i = 0; i < locations.Count; i++)
            {
                if (locations[i].Value == location)
                {
                    return true;
                }
            }

            return false;
        }

        if (_type is not null)
        {
            var locations = _type.Locations;
            for (var i = 0; i < locations.Count; i++)
            {
                if (locations[i].ToSpecName() == location)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The name of the argument at an index.</summary>
    public string ArgumentName(int index) => _node is not null ? _node.Arguments[index].Name.Value : _type!.Arguments[index].Name;

    /// <summary>Whether the argument at an index must be given (non-null without a default).</summary>
    public bool IsArgumentRequired(int index)
    {
        if (_node is not null)
        {
            var argument = _node.Arguments[index];
            return argument.Type is NonNullTypeNode && argument.DefaultValue is null;
        }

        return _type!.Arguments[index].IsRequired();
    }

    /// <summary>The type of the argument at an index, as written in SDL (for error messages).</summary>
    public string ArgumentTypeText(int index) => _node is not null ? Printer.Print(_node.Arguments[index].Type) : _type!.Arguments[index].Type.ToString()!;

    /// <summary>Whether the directive defines an argument of that name.</summary>
    public bool HasArgument(string name)
    {
        for (var i = 0; i < ArgumentCount; i++)
        {
            if (ArgumentName(i) == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names of the directive's arguments, in order (for "did you mean" suggestions).</summary>
    public List<string> ArgumentNames()
    {
        var names = new List<string>(ArgumentCount);
        for (var i = 0; i < ArgumentCount; i++)
        {
            names.Add(ArgumentName(i));
        }

        return names;
    }
}
