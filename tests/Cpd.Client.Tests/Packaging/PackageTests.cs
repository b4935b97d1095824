using System.Diagnostics;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Cpd.Client.Tests.Support;

namespace Cpd.Client.Tests.Packaging;

/// <summary>The NuGet package <c>dotnet pack</c> makes: metadata, README, XML docs, dependencies, SourceLink.</summary>
public sealed class PackageTests(PackedClient package) : IClassFixture<PackedClient>
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    [Fact]
    public void Pack_Metadata_HasIdDescriptionLicenceAndReadme()
    {
        package.Metadata("id").Value.ShouldBe("Cpd.Client");
        package.Metadata("description").Value.ShouldContain("Idempotency-Key");
        var license = package.Metadata("license");
        license.Attribute("type")!.Value.ShouldBe("expression");
        license.Value.ShouldBe("MIT");
        package.Metadata("readme").Value.ShouldBe("README.md");
        package.Metadata("repository").Attribute("type")!.Value.ShouldBe("git");
        package.PackOutput.ShouldNotContain("warning", Case.Insensitive);
    }

    [Fact]
    public void Pack_Files_CarryTheAssemblyItsXmlDocsAndTheReadme()
    {
        package.Entries.ShouldContain("lib/net10.0/Cpd.Client.dll");
        package.Entries.ShouldContain("lib/net10.0/Cpd.Client.xml");
        package.Entries.ShouldContain("README.md");
        package.XmlDocs.ShouldContain("<member name=\"T:Cpd.Client.CpdClient\">");
        package.XmlDocs.ShouldContain("M:Cpd.Client.CpdServiceCollectionExtensions.AddCpdClient");
        package.Readme.ShouldContain("services.AddCpdClient");
    }

    [Fact]
    public void Pack_Dependencies_AreHttpAndPollyButNotSourceLink()
    {
        var ids = package.DependencyIds().ToList();

        ids.ShouldContain("Microsoft.Extensions.Http");
        ids.ShouldContain("Polly.Core");
        ids.ShouldNotContain(id => id.StartsWith("Microsoft.SourceLink", StringComparison.Ordinal));
        ids.ShouldNotContain(id => id.StartsWith("Cpd.", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_Assembly_HasAnEmbeddedPdbWithSourceLinkWhenTheRepositoryHasAGitHubRemote()
    {
        using var pe = new PEReader(new MemoryStream(package.Assembly));
        var embedded = pe.ReadDebugDirectory().Where(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ShouldHaveSingleItem();
        using var pdb = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded);
        var reader = pdb.GetMetadataReader();
        var hasSourceLink = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Any(info => reader.GetGuid(info.Kind) == SourceLinkKind);

        var remotes = GitRemotes();
        var gitHub = remotes.Contains("github.com", StringComparison.OrdinalIgnoreCase);
        hasSourceLink.ShouldBe(gitHub, $"git remotes: '{remotes}'");
        if (gitHub)
        {
            package.Metadata("repository").Attribute("url").ShouldNotBeNull();
            package.Metadata("repository").Attribute("commit").ShouldNotBeNull();
        }
        else
        {
            package.Metadata("repository").Attribute("url").ShouldBeNull("without a GitHub remote there is no URL to publish, and none is made up");
        }
    }

    /// <summary>The repository's remotes with their URLs (SourceLink's GitHub provider needs a github.com one; a clone from a local path has none).</summary>
    private static string GitRemotes()
    {
        var start = new ProcessStartInfo("git", ["-C", RepositoryPaths.Root, "remote", "-v"]) { RedirectStandardOutput = true };
        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return output;
    }
}
