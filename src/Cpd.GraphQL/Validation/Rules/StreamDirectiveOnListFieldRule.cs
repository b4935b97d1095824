using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Stream Directive On List Field (graphql-js 17, incremental delivery proposal "Stream Directives Are
/// Used On List Fields"): <c>@stream</c> only on fields of list type.
/// </summary>
internal sealed class StreamDirectiveOnListFieldRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.Directive);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is DirectiveNode directive)
        {
            var typeInfo = context.TypeInfo;
            if (directive.Name.Value == DeferStreamDirectives.Stream && typeInfo.FieldDef is { } fieldDef && typeInfo.ParentType is { } parentType
                && fieldDef.Type is not ListType && !(fieldDef.Type is IWrapperType wrapper && wrapper.OfType is ListType))
            {
                context.ReportError(ValidationErrors.Create($"Directive \"@stream\" cannot be used on non-list field \"{parentType.Name}.{fieldDef.Name}\".", directive));
            }

            return VisitAction.Skip;
        }

        return node.Kind is NodeKind.Argument or NodeKind.Name or NodeKind.VariableDefinition ? VisitAction.Skip : VisitAction.Continue;
    }
}
