using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Unique Enum Value Names (SDL, spec §3.9 "Enums"): an enum defines each value once, across its extensions and the extended schema.</summary>
internal sealed class UniqueEnumValueNamesRule(SdlValidationContext context) : AstVisitor
{
    private readonly Dictionary<string, Dictionary<string, NameNode>> _known = new(StringComparer.Ordinal);

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node)
        {
            case EnumTypeDefinitionNode definition:
                Check(definition.Name.Value, definition.Values);
                break;
            case EnumTypeExtensionNode extension:
                Check(extension.Name.Value, extension.Values);
                break;
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }

    private void Check(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        if (!_known.TryGetValue(typeName, out var names))
        {
            names = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            _known.Add(typeName, names);
        }

        var existing = context.Schema?.GetType(typeName) as EnumType;
        foreach (var value in values)
        {
            var valueName = value.Name.Value;
            if (existing?.GetValue(valueName) is not null)
            {
                context.ReportError(ValidationErrors.Create(
                    $"Enum value \"{typeName}.{valueName}\" already exists in the schema. It cannot also be defined in this type extension.", value.Name));
            }
            else if (names.TryGetValue(valueName, out var previous))
            {
                context.ReportError(ValidationErrors.Create($"Enum value \"{typeName}.{valueName}\" can only be defined once.", previous, value.Name));
            }
            else
            {
                names.Add(valueName, value.Name);
            }
        }
    }
}
