using Cpd.GraphQL.Errors;
using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation;

/// <summary>The context of validating a type-system document (SDL), optionally as an extension of an existing schema.</summary>
internal sealed class SdlValidationContext : AstValidationContext
{
    public SdlValidationContext(DocumentNode document, ISchema? schemaToExtend, List<GraphQLError> errors)
        : base(document, errors, int.MaxValue, enableSuggestions: true)
    {
        Schema = schemaToExtend;
    }

    /// <summary>The schema being extended, if any.</summary>
    public ISchema? Schema { get; }

    internal override ISchema? SchemaOrNull => Schema;
}
