using System.Net;
using System.Net.Http.Headers;
using Cpd.Api.Tests.Support;

namespace Cpd.Api.Tests.Schema;

public sealed partial class CpdGraphQLExtensionsTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task MapCpdGraphQL_BrowserGet_ServesGraphiQL()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await api.Client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("graphiql", Case.Insensitive);
    }

    [Fact]
    public async Task MapCpdGraphQL_GetSdl_IsTheCommittedSchema()
    {
        var served = (await api.Client.GetStringAsync("/graphql?sdl")).ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
        served.ShouldBe(SchemaSnapshotTests.BuiltSdl());
    }

    [Fact]
    public async Task MapCpdGraphQL_IntrospectionOutsideDevelopment_IsAllowed()
    {
        var result = await api.PostAsync("{ __type(name: \"Node\") { kind possibleTypes { name } } }");
        result.ShouldHaveNoErrors();
        result.Data("__type", "kind").GetString().ShouldBe("INTERFACE");
        result.Data("__type", "possibleTypes").GetArrayLength().ShouldBeGreaterThanOrEqualTo(3);
    }
}
