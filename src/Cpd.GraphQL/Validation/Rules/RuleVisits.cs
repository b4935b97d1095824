using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Shared walk pruning: rules that look only at selections skip arguments, values, types and names.</summary>
internal static class RuleVisits
{
    /// <summary>Continue into nodes that can contain selections; skip the rest.</summary>
    public static VisitAction IntoSelections(AstNode node) => node.Kind switch
    {
        NodeKind.Document or NodeKind.OperationDefinition or NodeKind.FragmentDefinition or NodeKind.SelectionSet
            or NodeKind.Field or NodeKind.InlineFragment => VisitAction.Continue,
        _ => VisitAction.Skip,
    };
}
