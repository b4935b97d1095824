using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Known Type Names (spec §5.5.1.2 "Fragment Spread Type Existence", and the SDL's type references):
/// every named type a document refers to exists in the schema or is defined by the document.
/// </summary>
internal sealed class KnownTypeNamesRule(AstValidationContext context) : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.NamedType);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    private readonly ISchema? _schema = context.SchemaOrNull;
    private HashSet<string>? _definedTypeNames;

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node.Kind)
        {
            case NodeKind.NamedType:
                Check((NamedTypeNode)node, visitorContext);
                return VisitAction.Skip;
            case NodeKind.Argument:
            case NodeKind.Directive:
            case NodeKind.Name:
                return VisitAction.Skip;
            default:
                return VisitAction.Continue;
        }
    }

    private void Check(NamedTypeNode node, VisitorContext visitorContext)
    {
        var typeName = node.Name.Value;
        if (_schema?.GetType(typeName) is not null || DefinedTypeNames().Contains(typeName))
        {
            return;
        }

        var ancestors = visitorContext.Ancestors;
        var definitionNode = ancestors.Count > 1 ? ancestors[1] : visitorContext.Parent;
        var isSdl = definitionNode is TypeDefinitionNode or TypeExtensionNode or SchemaDefinitionNode or SchemaExtensionNode or DirectiveDefinitionNode;
        if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
        {
            return;
        }

        var suggestion = string.Empty;
        if (context.EnableSuggestions)
        {
            var options = new List<string>();
            if (isSdl)
            {
                options.AddRange(StandardTypeNames);
            }

            if (_schema is not null)
            {
                foreach (var type in _schema.Types)
                {
                    options.Add(type.Name);
                }
            }

            options.AddRange(DefinedTypeNames());
            suggestion = SuggestionList.DidYouMean(SuggestionList.Suggest(typeName, options));
        }

        context.ReportError(ValidationErrors.Create($"Unknown type \"{typeName}\"." + suggestion, node));
    }

    private HashSet<string> DefinedTypeNames()
    {
        if (_definedTypeNames is null)
        {
            _definedTypeNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is TypeDefinitionNode type)
                {
                    _definedTypeNames.Add(type.Name.Value);
                }
            }
        }

        return _definedTypeNames;
    }
}
