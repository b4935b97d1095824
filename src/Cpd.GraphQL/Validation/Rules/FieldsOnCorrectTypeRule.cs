using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Fields On Correct Type (spec §5.3.1 "Field Selections"): every selected field is defined on the
/// type it is selected on (or is a meta-field).
/// </summary>
internal sealed class FieldsOnCorrectTypeRule(ValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.Field);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        if (node is FieldNode field && context.TypeInfo.ParentType is { } parentType && context.TypeInfo.FieldDef is null)
        {
            var fieldName = field.Name.Value;
            var suggestion = string.Empty;
            if (context.EnableSuggestions)
            {
                suggestion = SuggestionList.DidYouMean(SuggestedTypeNames(context.Schema, parentType, fieldName), "to use an inline fragment on");
                if (suggestion.Length == 0 && parentType is IComplexOutputType complex)
                {
                    suggestion = SuggestionList.DidYouMean(SuggestionList.Suggest(fieldName, complex.Fields.Names));
                }
            }

            context.ReportError(ValidationErrors.Create($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\"." + suggestion, field));
        }

        return RuleVisits.IntoSelections(node);
    }

    /// <summary>The types under an abstract type that do define the field: most used first, interfaces before their implementations.</summary>
    private static List<string> SuggestedTypeNames(ISchema schema, INamedType type, string fieldName)
    {
        if (type is not IAbstractType abstractType)
        {
            return [];
        }

        var suggested = new List<INamedType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(abstractType))
        {
            if (!possibleType.Fields.Contains(fieldName))
            {
                continue;
            }

            if (!usageCount.ContainsKey(possibleType.Name))
            {
                suggested.Add(possibleType);
            }

            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (!possibleInterface.Fields.Contains(fieldName))
                {
                    continue;
                }

                if (!usageCount.TryGetValue(possibleInterface.Name, out var count))
                {
                    suggested.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = count + 1;
            }
        }

        suggested.Sort((typeA, typeB) =>
        {
            var diff = usageCount[typeB.Name] - usageCount[typeA.Name];
            if (diff != 0)
            {
                return diff;
            }

            if (typeA is InterfaceType interfaceA && schema.IsSubType(interfaceA, typeB))
            {
                return -1;
            }

            if (typeB is InterfaceType interfaceB && schema.IsSubType(interfaceB, typeA))
            {
                return 1;
            }

            return SuggestionList.NaturalCompare(typeA.Name, typeB.Name);
        });
        var names = new List<string>(suggested.Count);
        foreach (var t in suggested)
        {
            names.Add(t.Name);
        }

        return names;
    }
}
