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

    public KnownArgumentNamesRule(AstValidationContext context)
    {
        _context = context;
        _executable = context as ValidationContext;
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
            default:
                return VisitAction.Continue;
        }
    }

    private void CheckDirective(DirectiveNode directive)
    {
        if (directive.Arguments.Count == 0)
        {
            return;
        }

        var definition = _context.GetDirectiveDefinition(directive.Name.Value);
        if (!definition.IsKnown)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            var name = argument.Name.Value;
            if (!definition.HasArgument(name))
            {
                var suggestion = _context.EnableSuggestions ? SuggestionList.DidYouMean(SuggestionList.Suggest(name, definition.ArgumentNames())) : string.Empty;
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
