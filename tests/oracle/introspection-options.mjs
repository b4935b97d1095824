/** Every option of getIntrospectionQuery on: what the introspection round trip and comparison use. */
export const fullIntrospectionOptions = Object.freeze({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
});
