using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Variables In Allowed Position (spec §5.8.5 "All Variable Usages Are Allowed"): a variable's type fits
/// every position it is used in (a nullable variable may fill a non-null position only with a default),
/// and variables filling a OneOf input object's field are non-null.
/// </summary>
internal sealed class VariablesInAllowedPositionRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.None;

    private static readonly ulong LeaveMask = NodeKinds.Of(NodeKind.OperationDefinition);

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    // The operation is entered (its children skipped) so that its leave comes, where graphql-js checks it.
    public override VisitAction Enter(AstNode node, VisitorContext visitorContext) =>
        node is DocumentNode or OperationDefinitionNode ? VisitAction.Continue : VisitAction.Skip;

    public override VisitAction Leave(AstNode node, VisitorContext visitorContext)
    {
        if (node is OperationDefinitionNode operation)
        {
            Check(operation);
        }

        return VisitAction.Continue;
    }

    private void Check(OperationDefinitionNode operation)
    {
        var schema = context.Schema;
        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            if (usage.Type is not { } locationType)
            {
                continue;
            }

            var name = usage.Node.Name.Value;
            var definition = FindDefinition(operation, name);
            if (definition is null || TypeFromAst.GetType(schema, definition.Type) is not { } varType)
            {
                continue;
            }

            if (!AllowedVariableUsage(schema, varType, definition.DefaultValue, locationType, usage.DefaultValue))
            {
                context.ReportError(ValidationErrors.Create(
                    $"Variable \"${name}\" of type \"{varType}\" used in position expecting type \"{locationType}\".", definition, usage.Node));
            }

            // The spec (§5.8.5) applies this to every OneOf input object; graphql-js 17.1 misses it when the
            // input object's position is non-null (e.g. `pet: PetInput!`), so the parent is unwrapped here.
            if (usage.ParentType?.NullableType() is InputObjectType { IsOneOf: true } parentType && varType is not NonNullType)
            {
                context.ReportError(ValidationErrors.Create(
                    $"Variable \"${name}\" is of type \"{varType}\" but must be non-nullable to be used for OneOf Input Object \"{parentType.Name}\".",
                    definition,
                    usage.Node));
            }
        }
    }

    private static VariableDefinitionNode? FindDefinition(OperationDefinitionNode operation, string name)
    {
        VariableDefinitionNode? found = null;
        foreach (var definition in operation.VariableDefinitions)
        {
            if (definition.Variable.Name.Value == name)
            {
                found = definition; // graphql-js keeps the last definition of a duplicated name.
            }
        }

        return found;
    }

    private static bool AllowedVariableUsage(ISchema schema, IType varType, ValueNode? varDefaultValue, IType locationType, ValueNode? locationDefaultValue)
    {
        if (locationType is NonNullType nonNullLocation && varType is not NonNullType)
        {
            var hasNonNullVariableDefault = varDefaultValue is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && locationDefaultValue is null)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(schema, varType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(schema, varType, locationType);
    }
}
