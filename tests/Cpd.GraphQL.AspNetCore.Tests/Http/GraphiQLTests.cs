using System.Net;
using Cpd.GraphQL.AspNetCore.Tests.Support;
using Microsoft.Playwright;

namespace Cpd.GraphQL.AspNetCore.Tests.Http;

/// <summary>The bundled GraphiQL IDE, opened in Debian's headless Chromium (installed by .ci/run) with no internet access needed.</summary>
public sealed class GraphiQLTests : ServerTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task GraphiQL_InABrowser_RunsTypenameAndShowsTheAnswer()
    {
        File.Exists(Chromium).ShouldBeTrue($"The IDE test drives Debian's chromium at {Chromium}: apt-get install -y chromium (.ci/run does).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();

        await page.GotoAsync(Server.Endpoint.ToString());
        await page.Locator(".graphiql-query-editor .CodeMirror").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
        await page.EvaluateAsync("() => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('{ __typename }')");
        await page.Locator(".graphiql-execute-button").ClickAsync();

        var response = page.Locator(".graphiql-response .CodeMirror");
        await Assertions.Expect(response).ToContainTextAsync("\"__typename\": \"Query\"", new LocatorAssertionsToContainTextOptions { Timeout = 120_000 });
    }

    [Fact]
    public async Task GraphiQL_PageAndAssets_AreServedFromTheAssembly()
    {
        var page = await Server.GetAsync(string.Empty, accept: "text/html");
        var script = await Server.GetAsync("?graphiql=graphiql.js");
        var missing = await Server.GetAsync("?graphiql=nope.js");

        page.Status.ShouldBe(HttpStatusCode.OK);
        page.ContentType!.MediaType.ShouldBe("text/html");
        page.Body.ShouldContain("?graphiql=graphiql.js");
        script.Status.ShouldBe(HttpStatusCode.OK);
        script.ContentType!.MediaType.ShouldBe("text/javascript");
        script.Body.Length.ShouldBeGreaterThan(100_000);
        missing.Status.ShouldBe(HttpStatusCode.BadRequest);
    }
}
