using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Utilities;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Known Argument Names (spec §5.4.1 "Argument Names"): every argument given to a field or directive is
/// defined by it. For SDL only directives are checked (graphql-js's <c>KnownArgumentNamesOnDirectivesRule</c>).
/// </summary>
internal sealed class KnownArgumentNamesRule : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.Of(NodeKind.Directive, NodeKind.Argument);

    private static readonly ulong LeaveMask = NodeKinds.None;

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private readonly AstValidationContext _context;
    private readonly ValidationContext? _executable;
    private readonly Dictionary<string, List<string>> _directiveArgs = new(StringComparer.Ordinal);

    public KnownArgumentNamesRule(AstValidationContext context)
    {
        _context = context;
        _executable = context as ValidationContext;
        foreach (var directive in context.SchemaOrNull?.Directives ?? DirectiveType.SpecifiedDirectives)
        {
            var names = new List<string>(directive.Arguments.Count);
            foreach (var argument in directive.Arguments)
            {
                names.Add(argument.Name);
            }

            _directiveArgs[directive.Name] = names;
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                var names = new List<string>(directiveDefinition.Arguments.Count);
                foreach (var argument in directiveDefinition.Arguments)
                {
                    names.Add(argument.Name.Value);
                }

                _directiveArgs[directiveDefinition.Name.Value] = names;
            }
        }
    }

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext)
    {
        switch (node.Kind)
        {
            case NodeKind.Directive:
                CheckDirective((DirectiveNode)node);
                return VisitAction.Skip;
            case NodeKind.Argument:
                if (_executable is not null)
                {
                    CheckFieldArgument((ArgumentNode)node, _executable);
                }

                return VisitAction.Skip;
            case NodeKind.Name:
            case NodeKind.NamedType:
            case NodeKind.ListType:
            case NodeKind.NonNullType:
            case NodeKind.Variable:
                return VisitAction.Skip;
            default:
                return VisitAction.Continue;
        }
    }

    private void CheckDirective(DirectiveNode directive)
    {
        if (directive.Arguments.Count == 0 || !_directiveArgs.TryGetValue(directive.Name.Value, out var known))
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            var name = argument.Name.Value;
            if (!known.Contains(name))
            {
                var suggestion = _context.EnableSuggestions ? SuggestionList.DidYouMean(SuggestionList.Suggest(name, known)) : string.Empty;
                _context.ReportError(ValidationErrors.Create($"Unknown argument \"{name}\" on directive \"@{directive.Name.Value}\"." + suggestion, argument));
            }
        }
    }

    private static void CheckFieldArgument(ArgumentNode argument, ValidationContext context)
    {
        var typeInfo = context.TypeInfo;
        if (typeInfo.Argument is not null || typeInfo.FieldDef is not { } fieldDef)
        {
            return;
        }

        var name = argument.Name.Value;
        var suggestion = string.Empty;
        if (context.EnableSuggestions)
        {
            var names = new List<string>(fieldDef.Arguments.Count);
            foreach (var definition in fieldDef.Arguments)
            {
                names.Add(definition.Name);
            }

            suggestion = SuggestionList.DidYouMean(SuggestionList.Suggest(name, names));
        }

        context.ReportError(ValidationErrors.Create(
            $"Unknown argument \"{name}\" on field \"{RuleText.FieldCoordinate(typeInfo.ParentType, fieldDef)}\"." + suggestion, argument));
    }
}
