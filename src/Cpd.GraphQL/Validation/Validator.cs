using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;
using Cpd.GraphQL.Validation.Rules;

namespace Cpd.GraphQL.Validation;

/// <summary>
/// Validates documents (spec §5 "Validation"), as graphql-js's <c>validate</c> and <c>validateSDL</c>:
/// all rules run in one walk over the document and every problem found is returned, never thrown.
/// </summary>
public static class Validator
{
    private static readonly Func<SdlValidationContext, AstVisitor>[] SdlRules =
    [
        static c => new LoneSchemaDefinitionRule(c),
        static c => new UniqueOperationTypesRule(c),
        static c => new UniqueTypeNamesRule(c),
        static c => new UniqueEnumValueNamesRule(c),
        static c => new UniqueFieldDefinitionNamesRule(c),
        static c => new UniqueArgumentDefinitionNamesRule(c),
        static c => new UniqueDirectiveNamesRule(c),
        static c => new KnownTypeNamesRule(c),
        static c => new KnownDirectivesRule(c),
        static c => new UniqueDirectivesPerLocationRule(c),
        static c => new PossibleTypeExtensionsRule(c),
        static c => new KnownArgumentNamesRule(c),
        static c => new UniqueArgumentNamesRule(c),
        static c => new UniqueInputFieldNamesRule(c),
        static c => new ProvidedRequiredArgumentsRule(c),
    ];

    /// <summary>Validates an executable document against a schema.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="options">Rules, error limit and suggestions; <see cref="ValidationOptions.Default"/> when omitted.</param>
    /// <returns>The errors, in the order graphql-js reports them; empty when the document is valid.</returns>
    public static IReadOnlyList<GraphQLError> Validate(ISchema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, errors, options);
        var rules = options.Rules;
        var visitors = new AstVisitor[rules.Count];
        for (var i = 0; i < visitors.Length; i++)
        {
            visitors[i] = rules[i](context);
        }

        Run(document, new ValidationVisitor(typeInfo, new RuleDispatcher(visitors)), errors);
        return errors;
    }

    /// <summary>Validates a type-system document (SDL) before a schema is built from it.</summary>
    /// <param name="document">The parsed SDL.</param>
    /// <param name="schemaToExtend">The schema the document extends, if any.</param>
    /// <returns>The errors; empty when the SDL is valid.</returns>
    public static IReadOnlyList<GraphQLError> ValidateSdl(DocumentNode document, ISchema? schemaToExtend = null) =>
        ValidateSdl(document, schemaToExtend, SdlRules);

    /// <summary>Validates SDL with chosen SDL rules (tests run one rule at a time).</summary>
    internal static IReadOnlyList<GraphQLError> ValidateSdl(DocumentNode document, ISchema? schemaToExtend, IReadOnlyList<Func<SdlValidationContext, AstVisitor>> rules)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new List<GraphQLError>();
        var context = new SdlValidationContext(document, schemaToExtend, errors);
        var visitors = new AstVisitor[rules.Count];
        for (var i = 0; i < visitors.Length; i++)
        {
            visitors[i] = rules[i](context);
        }

        Run(document, new ValidationVisitor(null, new RuleDispatcher(visitors)), errors);
        return errors;
    }

    private static void Run(DocumentNode document, AstVisitor visitor, List<GraphQLError> errors)
    {
        try
        {
            Visitor.Visit(document, visitor);
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(aborted.Error);
        }
        catch (InsufficientExecutionStackException)
        {
            // A document nested deeper than the stack allows is rejected rather than crashing the process.
            errors.Add(ValidationErrors.ValidationAborted());
        }
    }
}
