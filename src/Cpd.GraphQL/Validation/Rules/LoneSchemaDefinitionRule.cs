using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Lone Schema Definition (SDL, spec §3.3 "Schema"): a document defines the schema at most once, and not when extending one.</summary>
internal sealed class LoneSchemaDefinitionRule(SdlValidationContext context) : AstVisitor
{
    private readonly bool _alreadyDefined = context.Schema is { } schema
        && ((schema as GraphQLSchema)?.SyntaxNode is not null
            || schema.GetRootType(OperationType.Query) is not null
            || schema.GetRootType(OperationType.Mutation) is not null
            || schema.GetRootType(OperationType.Subscription) is not null);

    private int _count;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is SchemaDefinitionNode definition)
        {
            if (_alreadyDefined)
            {
                context.ReportError(ValidationErrors.Create("Cannot define a new schema within a schema extension.", definition));
            }
            else
            {
                if (_count > 0)
                {
                    context.ReportError(ValidationErrors.Create("Must provide only one schema definition.", definition));
                }

                _count++;
            }
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }
}
