using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Validation;

namespace Cpd.GraphQL.AspNetCore.Execution;

/// <summary>
/// The validation rule added when introspection is off: a document may not select <c>__schema</c> or <c>__type</c>
/// (<c>__typename</c> stays allowed), worded as graphql-js's <c>NoSchemaIntrospectionCustomRule</c>.
/// </summary>
internal sealed class IntrospectionDisabledRule : AstVisitor
{
    private readonly ValidationContext _context;

    private IntrospectionDisabledRule(ValidationContext context) => _context = context;

    public static ValidationRule Rule { get; } = static context => new IntrospectionDisabledRule(context);

    public override VisitAction Enter(AstNode node, VisitorContext context)
    {
        if (node is FieldNode { Name.Value: "__schema" or "__type" } field)
        {
            _context.ReportError(new GraphQLError(
                $"GraphQL introspection has been disabled, but the requested query contained the field \"{field.Name.Value}\".",
                field.Location is { } location ? [location.StartLocation] : null,
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = HttpErrorCodes.IntrospectionDisabled }));
        }

        return VisitAction.Continue;
    }
}
