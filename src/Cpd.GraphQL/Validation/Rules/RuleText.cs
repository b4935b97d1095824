using Cpd.GraphQL.Language.Ast;
using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Validation.Rules;

/// <summary>Small text pieces several rules' messages share.</summary>
internal static class RuleText
{
    public static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    public static string Quote(string value) => "\"" + value + "\"";

    /// <summary>A field as graphql-js 17 prints it: <c>Parent.field</c>, or <c>&lt;meta&gt;.__typename</c> for meta-fields.</summary>
    public static string FieldCoordinate(INamedType? parentType, OutputField field)
    {
        var isMeta = ReferenceEquals(field, Introspection.TypeNameField) || ReferenceEquals(field, Introspection.SchemaField) || ReferenceEquals(field, Introspection.TypeField);
        return (isMeta || parentType is null ? "<meta>" : parentType.Name) + "." + field.Name;
    }
}
