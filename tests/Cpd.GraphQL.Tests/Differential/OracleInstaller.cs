using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// Installs the oracle's npm packages (<c>npm ci</c> against the committed lock file) when they are
/// missing or stale, so that <c>dotnet test</c> works on a fresh clone with only Node installed.
/// Concurrent test processes serialise on a machine-wide mutex named after the oracle folder.
/// </summary>
internal static class OracleInstaller
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    public static void EnsureInstalled(string oracleDirectory)
    {
        if (IsInstalled(oracleDirectory))
        {
            return;
        }

        using var mutex = new Mutex(initiallyOwned: false, MutexName(oracleDirectory));
        var owned = false;
        try
        {
            try
            {
                owned = mutex.WaitOne(InstallTimeout);
            }
            catch (AbandonedMutexException)
            {
                // A test process died while installing; this one now owns the mutex and reinstalls.
                owned = true;
            }

            if (!owned)
            {
                throw new InvalidOperationException(
                    $"Timed out after {InstallTimeout} waiting for another test process to finish `npm ci` in {oracleDirectory}.");
            }

            if (!IsInstalled(oracleDirectory))
            {
                RunNpmCi(oracleDirectory);
            }
        }
        finally
        {
            if (owned)
            {
                mutex.ReleaseMutex();
            }
        }

        if (!IsInstalled(oracleDirectory))
        {
            throw new InvalidOperationException(
                $"`npm ci` succeeded in {oracleDirectory} but node_modules/graphql does not match package-lock.json.");
        }
    }

    /// <summary>The version of graphql that package-lock.json pins.</summary>
    public static string LockedGraphQLVersion(string oracleDirectory)
    {
        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(oracleDirectory, "package-lock.json")));
        return lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/graphql").GetProperty("version").GetString()
            ?? throw new InvalidOperationException("package-lock.json pins no graphql version.");
    }

    private static bool IsInstalled(string oracleDirectory)
    {
        var installed = Path.Combine(oracleDirectory, "node_modules", "graphql", "package.json");
        if (!File.Exists(installed))
        {
            return false;
        }

        using var package = JsonDocument.Parse(File.ReadAllText(installed));
        return package.RootElement.TryGetProperty("version", out var version)
            && version.GetString() == LockedGraphQLVersion(oracleDirectory);
    }

    private static string MutexName(string oracleDirectory)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(oracleDirectory)));
        return "Cpd.GraphQL.Oracle.NpmCi." + Convert.ToHexString(hash, 0, 8);
    }

    private static void RunNpmCi(string oracleDirectory)
    {
        var windows = OperatingSystem.IsWindows();
        var start = new ProcessStartInfo(windows ? "cmd.exe" : "npm")
        {
            WorkingDirectory = oracleDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (windows)
        {
            start.ArgumentList.Add("/c");
            start.ArgumentList.Add("npm");
        }

        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"The differential tests need graphql-js from npm, but `npm` could not be started ({e.Message}). " +
                "Install Node.js 22 or later (it includes npm) and run the tests again.", e);
        }

        using (process)
        {
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(InstallTimeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"`npm ci` in {oracleDirectory} did not finish within {InstallTimeout}. Output:\n{output}");
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"`npm ci` in {oracleDirectory} failed with exit code {process.ExitCode}; the differential tests need graphql-js. " +
                    $"Check network access to the npm registry. Output:\n{output}");
            }
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
