using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Unique Operation Names (spec §5.2.1.1 "Operation Name Uniqueness"): no two operations share a name.</summary>
internal sealed class UniqueOperationNamesRule(AstValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.OperationDefinition);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is DocumentNode)
        {
            return VisitAction.Continue;
        }

        if (node is OperationDefinitionNode { Name: { } name })
        {
            if (_known.TryGetValue(name.Value, out var known))
            {
                context.ReportError(ValidationErrors.Create($"There can be only one operation named \"{name.Value}\".", known, name));
            }
            else
            {
                _known.Add(name.Value, name);
            }
        }

        return VisitAction.Skip;
    }
}
