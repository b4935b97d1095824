using System.Diagnostics;
using System.IO.Compression;
using System.Xml.Linq;
using Cpd.Client.Tests.Support;

namespace Cpd.Client.Tests.Packaging;

/// <summary>Runs <c>dotnet pack src/Cpd.Client -c Release</c> once into a temporary folder and opens the package.</summary>
public sealed class PackedClient : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "cpd-client-pack-" + Guid.NewGuid().ToString("N"));

    public PackedClient()
    {
        Directory.CreateDirectory(_output);
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "pack", RepositoryPaths.ClientProject, "-c", "Release", "-o", _output, "--nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        // The test host's MSBuild variables belong to the build that made this assembly, not to the one started here.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        PackOutput = stdout.Result + stderr.Result;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed:\n" + PackOutput);
        }

        PackagePath = Directory.GetFiles(_output, "Cpd.Client.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.Ordinal));
        using var zip = ZipFile.OpenRead(PackagePath);
        Entries = [.. zip.Entries.Select(e => e.FullName)];
        using (var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open())
        {
            Nuspec = XDocument.Load(nuspec);
        }

        Assembly = Read(zip, "lib/net10.0/Cpd.Client.dll");
        XmlDocs = System.Text.Encoding.UTF8.GetString(Read(zip, "lib/net10.0/Cpd.Client.xml"));
        Readme = System.Text.Encoding.UTF8.GetString(Read(zip, "README.md"));
    }

    public string PackOutput { get; }

    public string PackagePath { get; }

    public IReadOnlyList<string> Entries { get; }

    public XDocument Nuspec { get; }

    public byte[] Assembly { get; }

    public string XmlDocs { get; }

    public string Readme { get; }

    public XElement Metadata(string name) =>
        Nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata").Elements().Single(e => e.Name.LocalName == name);

    public IEnumerable<string> DependencyIds() =>
        Nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => e.Attribute("id")!.Value);

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private static byte[] Read(ZipArchive zip, string path)
    {
        using var stream = zip.GetEntry(path)?.Open() ?? throw new InvalidOperationException($"The package has no {path}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
