using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Scalar Leafs (spec §5.3.3 "Leaf Field Selections"): leaf fields have no selection set, composite fields have one.</summary>
internal sealed class ScalarLeafsRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.Field);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is FieldNode field && context.TypeInfo.Type is { } type)
        {
            var fieldName = field.Name.Value;
            if (type.NamedType().IsLeafType())
            {
                if (field.SelectionSet is { } selectionSet)
                {
                    context.ReportError(ValidationErrors.Create(
                        $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.",
                        selectionSet));
                }
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError(ValidationErrors.Create(
                    $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                    field));
            }
        }

        return RuleVisits.IntoSelections(node);
    }
}
