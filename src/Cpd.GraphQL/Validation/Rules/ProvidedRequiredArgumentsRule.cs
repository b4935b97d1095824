using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>
/// Provided Required Arguments (spec §5.4.2.1 "Required Arguments"): every non-null argument without a
/// default is given. For SDL only directives are checked (graphql-js's <c>ProvidedRequiredArgumentsOnDirectivesRule</c>).
/// </summary>
internal sealed class ProvidedRequiredArgumentsRule : AstVisitor, IKindFilteredVisitor
{
    private static readonly ulong EnterMask = NodeKinds.None;

    private static readonly ulong LeaveMask = NodeKinds.Of(NodeKind.Field, NodeKind.Directive);

    public ulong EnterKinds => EnterMask;

    public ulong LeaveKinds => LeaveMask;

    private readonly AstValidationContext _context;
    private readonly ValidationContext? _executable;

    public ProvidedRequiredArgumentsRule(AstValidationContext context)
    {
        _context = context;
        _executable = context as ValidationContext;
    }

    public override VisitAction Leave(AstNode node, VisitorContext visitorContext)
    {
        switch (node)
        {
            case FieldNode field when _executable is not null:
                CheckField(field, _executable);
                break;
            case DirectiveNode directive:
                CheckDirective(directive);
                break;
        }

        return VisitAction.Continue;
    }

    private static void CheckField(FieldNode field, ValidationContext context)
    {
        var typeInfo = context.TypeInfo;
        if (typeInfo.FieldDef is not { Arguments.Count: > 0 } fieldDef)
        {
            return;
        }

        foreach (var argument in fieldDef.Arguments.AsSpan())
        {
            if (argument.IsRequired() && !IsProvided(field.Arguments, argument.Name))
            {
                context.ReportError(ValidationErrors.Create(
                    $"Argument \"{RuleText.FieldCoordinate(typeInfo.ParentType, fieldDef)}({argument.Name}:)\" of type \"{argument.Type}\" is required, but it was not provided.",
                    field));
            }
        }
    }

    private void CheckDirective(DirectiveNode directive)
    {
        var definition = _context.GetDirectiveDefinition(directive.Name.Value);
        for (var i = 0; i < definition.ArgumentCount; i++)
        {
            if (definition.IsArgumentRequired(i) && !IsProvided(directive.Arguments, definition.ArgumentName(i)))
            {
                _context.ReportError(ValidationErrors.Create(
                    $"Argument \"@{directive.Name.Value}({definition.ArgumentName(i)}:)\" of type \"{definition.ArgumentTypeText(i)}\" is required, but it was not provided.", directive));
            }
        }
    }

    private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }
}
