using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Unique Field Definition Names (SDL, spec §3.6 "Objects", §3.7, §3.10): a type defines each field once, across its extensions and the extended schema.</summary>
internal sealed class UniqueFieldDefinitionNamesRule(SdlValidationContext context) : AstVisitor
{
    private readonly Dictionary<string, Dictionary<string, NameNode>> _known = new(StringComparer.Ordinal);

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node)
        {
            case ObjectTypeDefinitionNode n:
                Check(n.Name.Value, n.Fields, static f => f.Name);
                break;
            case ObjectTypeExtensionNode n:
                Check(n.Name.Value, n.Fields, static f => f.Name);
                break;
            case InterfaceTypeDefinitionNode n:
                Check(n.Name.Value, n.Fields, static f => f.Name);
                break;
            case InterfaceTypeExtensionNode n:
                Check(n.Name.Value, n.Fields, static f => f.Name);
                break;
            case InputObjectTypeDefinitionNode n:
                Check(n.Name.Value, n.Fields, static f => f.Name);
                break;
            case InputObjectTypeExtensionNode n:
                Check(n.Name.Value, n.Fields, static f => f.Name);
                break;
        }

        return node is DocumentNode ? VisitAction.Continue : VisitAction.Skip;
    }

    private void Check<T>(string typeName, IReadOnlyList<T> fields, Func<T, NameNode> nameOf)
    {
        if (!_known.TryGetValue(typeName, out var names))
        {
            names = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            _known.Add(typeName, names);
        }

        var existing = context.Schema?.GetType(typeName);
        foreach (var field in fields)
        {
            var name = nameOf(field);
            if (HasField(existing, name.Value))
            {
                context.ReportError(ValidationErrors.Create(
                    $"Field \"{typeName}.{name.Value}\" already exists in the schema. It cannot also be defined in this type extension.", name));
            }
            else if (names.TryGetValue(name.Value, out var previous))
            {
                context.ReportError(ValidationErrors.Create($"Field \"{typeName}.{name.Value}\" can only be defined once.", previous, name));
            }
            else
            {
                names.Add(name.Value, name);
            }
        }
    }

    private static bool HasField(INamedType? type, string fieldName) => type switch
    {
        IComplexOutputType complex => complex.Fields.Contains(fieldName),
        InputObjectType input => input.Fields.Contains(fieldName),
        _ => false,
    };
}
