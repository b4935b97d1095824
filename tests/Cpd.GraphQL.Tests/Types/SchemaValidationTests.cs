using Cpd.GraphQL.Types;

namespace Cpd.GraphQL.Tests.Types;

// Expected messages are graphql-js 17.1.0's validateSchema output for the same SDL.
public sealed class SchemaValidationTests
{
    [Theory]
        [InlineData("rootNotObject", "schema { query: Q } interface Q { a: Int }", "Query root type must be Object type, it cannot be Q.")]
        [InlineData("noQuery", "type Mutation { a: Int }", "Query root type must be provided.")]
        [InlineData("sameRoots", "schema { query: Q mutation: Q } type Q { a: Int }", "All root types must be different, \"Q\" type is used as query and mutation root types.")]
        [InlineData("emptyObject", "type Query { a: Empty } type Empty", "Type Empty must define one or more fields.")]
        [InlineData("reservedName", "type Query { __a: Int }", "Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
        [InlineData("badImplements", "type Query { a: A } type A implements B { x: Int } type B { x: Int }", "Type A must only implement Interface types, it cannot implement B.")]
        [InlineData("missingField", "type Query { a: A } interface I { x: Int y: String } type A implements I { x: Int }", "Interface field I.y expected but A does not provide it.")]
        [InlineData("wrongFieldType", "type Query { a: A } interface I { x: Int! } type A implements I { x: String }", "Interface field I.x expects type Int! but A.x is type String.")]
        [InlineData("covariantOk", "type Query { a: A } interface I { x: I } type A implements I { x: A }")]
        [InlineData("missingArg", "type Query { a: A } interface I { x(a: Int): Int } type A implements I { x: Int }", "Interface field argument I.x(a:) expected but A.x does not provide it.")]
        [InlineData("argTypeMismatch", "type Query { a: A } interface I { x(a: Int): Int } type A implements I { x(a: Int!): Int }", "Interface field argument I.x(a:) expects type Int but A.x(a:) is type Int!.")]
        [InlineData("extraRequiredArg", "type Query { a: A } interface I { x: Int } type A implements I { x(b: Int!): Int }", "Argument \"A.x(b:)\" must not be required type \"Int!\" if not provided by the Interface field \"I.x\".")]
        [InlineData("transitive", "type Query { a: A } interface I { x: Int } interface J implements I { x: Int } type A implements J { x: Int }", "Type A must implement I because it is implemented by J.")]
        [InlineData("selfImplement", "type Query { a: I } interface I implements I { x: Int }", "Type I cannot implement itself because it would create a circular reference.")]
        [InlineData("deprecatedImpl", "type Query { a: A } interface I { x: Int } type A implements I { x: Int @deprecated }", "Interface field I.x is not deprecated, so implementation field A.x must not be deprecated.")]
        [InlineData("unionOfNonObject", "type Query { u: U } union U = Query | I interface I { x: Int }", "Union type U can only include Object types, it cannot include I.")]
        [InlineData("inputCycle", "type Query { f(a: A): Int } input A { b: B! } input B { a: A! }", "Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a.")]
        [InlineData("inputSelfCycle", "type Query { f(a: A): Int } input A { a: A! }", "Input Object A cannot be provided a finite value because it references itself through fields: A.a.")]
        [InlineData("oneOfBad", "type Query { f(a: O): Int } input O @oneOf { a: Int! b: Int = 3 }", "OneOf input field O.a must be nullable.", "OneOf input field O.b cannot have a default value.")]
        [InlineData("requiredArgDeprecated", "type Query { f(a: Int! @deprecated): Int }", "Required argument Query.f(a:) cannot be deprecated.")]
        [InlineData("requiredInputDeprecated", "type Query { f(a: In): Int } input In { x: Int! @deprecated }", "Required input field In.x cannot be deprecated.")]
        [InlineData("badDefault", "type Query { f(a: Int = \"x\"): Int }", "Query.f(a:) has invalid default value: Int cannot represent non-integer value: \"x\"")]
        [InlineData("badNestedDefault", "type Query { f(a: In = {x: [1, \"y\"]}): Int } input In { x: [Int] }", "Query.f(a:) has invalid default value at .x[1]: Int cannot represent non-integer value: \"y\"")]
        [InlineData("directiveArgReserved", "directive @d(__x: Int) on FIELD type Query { a: Int }", "Name \"__x\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
        [InlineData("fieldInputType", "type Query { a: In } input In { x: Int }", "The type of Query.a must be Output Type but got: In.")]
        [InlineData("argOutputType", "type Query { a(x: Query): Int }", "The type of Query.a(x:) must be Input Type but got: Query.")]
        [InlineData("defaultCycle", "type Query { f(a: A): Int } input A { b: B = {} } input B { a: A = {} }", "Invalid circular reference. The default value of Input Object field A.b references itself via the default values of: B.a.")]
    public void Build_InvalidTypeSystem_ReportsGraphQLJsMessages(string name, string sdl, params string[] expected)
    {
        _ = name;
        var builder = SchemaBuilder.New().AddDocumentFromString(sdl);
        if (expected.Length == 0)
        {
            Should.NotThrow(builder.Build);
            return;
        }

        var ex = Should.Throw<SchemaValidationException>(builder.Build);
        ex.Errors.Select(e => e.Message).ShouldBe(expected);
    }

    [Fact]
    public void Build_ErrorInSdl_CarriesLocation()
    {
        var ex = Should.Throw<SchemaValidationException>(() => SchemaBuilder.New().AddDocumentFromString("type Query {\n  a: A\n}\ninterface I { x: Int! }\ntype A implements I {\n  x: String\n}").Build());
        var error = ex.Errors.ShouldHaveSingleItem();
        error.Locations.ShouldNotBeNull().Select(l => (l.Line, l.Column)).ShouldBe([(4, 18), (6, 6)]);
    }

    [Fact]
    public void Build_UnknownTypeInSdl_SuggestsKnownTypes()
    {
        var ex = Should.Throw<SchemaValidationException>(() => SchemaBuilder.New().AddDocumentFromString("type Query { a: Strin, b: Querry }").Build());
        ex.Errors.Select(e => e.Message).ShouldBe(["Unknown type \"Strin\". Did you mean \"String\"?", "Unknown type \"Querry\". Did you mean \"Query\"?"]);
    }

    [Fact]
    public void Build_DuplicateTypeAndUnknownExtension_Reported()
    {
        var ex = Should.Throw<SchemaValidationException>(() => SchemaBuilder.New().AddDocumentFromString("type Query { a: Int } type Query { b: Int } extend type Nope { c: Int }").Build());
        ex.Errors.Select(e => e.Message).ShouldBe(["There can be only one type named \"Query\".", "Cannot extend type \"Nope\" because it is not defined."]);
    }

    [Fact]
    public void Build_DuplicateFieldsFromExtension_Reported()
    {
        var ex = Should.Throw<SchemaValidationException>(() => SchemaBuilder.New().AddDocumentFromString("type Query { a: Int } extend type Query { a: String }").Build());
        ex.Errors.Select(e => e.Message).ShouldBe(["Field \"Query.a\" can only be defined once."]);
    }
}
