namespace Cpd.GraphQL.Types;

/// <content>Lookups the SDL factory uses for resolvers and runtime bindings registered on the builder.</content>
public sealed partial class SchemaBuilder
{
    internal FieldResolver? ResolverFor(string typeName, string fieldName) => _resolvers.GetValueOrDefault((typeName, fieldName));

    internal TypeResolver? TypeResolverFor(string typeName) => _typeResolvers.GetValueOrDefault(typeName);

    internal Func<object, bool>? IsOfTypeFor(string typeName) => _isOfType.GetValueOrDefault(typeName);

    internal Type? RuntimeTypeFor(string typeName) => _runtimeTypes.GetValueOrDefault(typeName);

    internal IEnumerable<OutputField> ExtensionFieldsFor(string typeName) => _codeFirst?.ExtensionFields(typeName) ?? [];
}
