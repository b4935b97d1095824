using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Finds <c>@defer</c>/<c>@stream</c> (and <c>@skip</c>/<c>@include</c>) by name, as graphql-js's incremental delivery rules do.</summary>
internal static class DeferStreamDirectives
{
    public const string Defer = "defer";
    public const string Stream = "stream";

    public static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            if (directives[i].Name.Value == name)
            {
                return directives[i];
            }
        }

        return null;
    }

    public static ValueNode? IfArgument(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == "if")
            {
                return argument.Value;
            }
        }

        return null;
    }
}
