using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;

namespace Cpd.GraphQL.Validation;

/// <summary>
/// Drives the rules' visitors and the <see cref="TypeInfo"/> in one walk, as graphql-js's
/// <c>visitWithTypeInfo(typeInfo, visitInParallel(rules))</c>. Descriptions are not visited (graphql-js
/// validates without the <c>description</c> keys).
/// </summary>
internal sealed class ValidationVisitor(TypeInfo? typeInfo, AstVisitor rules) : AstVisitor
{
    public override VisitAction Enter(AstNode node, VisitorContext context)
    {
        // Names carry no rule logic (rules read them from their parents), and descriptions are not validated.
        if (node.Kind == NodeKind.Name || (node.Kind == NodeKind.StringValue && context.Key == "description"))
        {
            return VisitAction.Skip;
        }

        typeInfo?.Enter(node);
        var action = rules.Enter(node, context);
        if (action != VisitAction.Continue)
        {
            typeInfo?.Leave(node);
        }

        return action;
    }

    public override VisitAction Leave(AstNode node, VisitorContext context)
    {
        var action = rules.Leave(node, context);
        typeInfo?.Leave(node);
        return action;
    }
}
