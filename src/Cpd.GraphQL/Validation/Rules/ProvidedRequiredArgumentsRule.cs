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
    private readonly Dictionary<string, List<(string Name, string Type)>> _requiredDirectiveArgs = new(StringComparer.Ordinal);

    public ProvidedRequiredArgumentsRule(AstValidationContext context)
    {
        _context = context;
        _executable = context as ValidationContext;
        foreach (var directive in context.SchemaOrNull?.Directives ?? DirectiveType.SpecifiedDirectives)
        {
            var required = new List<(string, string)>();
            foreach (var argument in directive.Arguments)
            {
                if (argument.IsRequired())
                {
                    required.Add((argument.Name, argument.Type.ToString()!));
                }
            }

            _requiredDirectiveArgs[directive.Name] = required;
        }

        foreach (var definition in context.Document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directiveDefinition)
            {
                var required = new List<(string, string)>();
                foreach (var argument in directiveDefinition.Arguments)
                {
                    if (argument.Type is NonNullTypeNode && argument.DefaultValue is null)
                    {
                        required.Add((argument.Name.Value, Printer.Print(argument.Type)));
                    }
                }

                _requiredDirectiveArgs[directiveDefinition.Name.Value] = required;
            }
        }
    }

    public override VisitAction Enter(AstNode node, VisitorContext visitorContext) => node.Kind switch
    {
        NodeKind.Argument or NodeKind.Name or NodeKind.NamedType or NodeKind.ListType or NodeKind.NonNullType or NodeKind.Variable => VisitAction.Skip,
        _ => VisitAction.Continue,
    };

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

        foreach (var argument in fieldDef.Arguments)
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
        if (!_requiredDirectiveArgs.TryGetValue(directive.Name.Value, out var required))
        {
            return;
        }

        foreach (var (name, type) in required)
        {
            if (!IsProvided(directive.Arguments, name))
            {
                _context.ReportError(ValidationErrors.Create(
                    $"Argument \"@{directive.Name.Value}({name}:)\" of type \"{type}\" is required, but it was not provided.", directive));
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
