using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Cpd.Tests.Shared;

/// <summary>
/// Runs a script of a Node project in the source tree, first installing its packages (<c>npm ci</c> against the
/// committed lock file) when they are missing or differ from the lock, under a machine-wide mutex so that concurrent
/// test processes install once. Linked into every test project that drives a Node project (the graphql-js oracle, the
/// graphql-http audit).
/// </summary>
internal static class NodeProcess
{
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(5);

    public static void EnsureInstalled(string projectDirectory, string package)
    {
        if (IsInstalled(projectDirectory, package))
        {
            return;
        }

        using var mutex = new Mutex(initiallyOwned: false, MutexName(projectDirectory));
        var owned = false;
        try
        {
            try
            {
                owned = mutex.WaitOne(InstallTimeout);
            }
            catch (AbandonedMutexException)
            {
                owned = true; // a test process died while installing; this one installs again.
            }

            if (!owned)
            {
                throw new InvalidOperationException($"Timed out after {InstallTimeout} waiting for another test process to finish `npm ci` in {projectDirectory}.");
            }

            if (!IsInstalled(projectDirectory, package))
            {
                var (exitCode, output) = Run("npm", projectDirectory, InstallTimeout, "ci", "--no-audit", "--no-fund", "--loglevel=error");
                if (exitCode != 0)
                {
                    throw new InvalidOperationException($"`npm ci` in {projectDirectory} failed with exit code {exitCode}; check access to the npm registry. Output:\n{output}");
                }
            }
        }
        finally
        {
            if (owned)
            {
                mutex.ReleaseMutex();
            }
        }

        if (!IsInstalled(projectDirectory, package))
        {
            throw new InvalidOperationException($"`npm ci` succeeded in {projectDirectory} but node_modules/{package} does not match package-lock.json.");
        }
    }

    /// <summary>Runs <c>node script args</c> in the project and returns its standard output; a non-zero exit fails.</summary>
    public static async Task<string> RunScriptAsync(string projectDirectory, string script, params string[] arguments)
    {
        var (exitCode, output) = await Task.Run(() => Run("node", projectDirectory, TimeSpan.FromMinutes(3), [script, .. arguments], separateStderr: true));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"`node {script}` exited with {exitCode}:\n{output}");
        }

        return output;
    }

    private static (int ExitCode, string Output) Run(string program, string directory, TimeSpan timeout, params string[] arguments) =>
        Run(program, directory, timeout, arguments, separateStderr: false);

    private static (int ExitCode, string Output) Run(string program, string directory, TimeSpan timeout, string[] arguments, bool separateStderr)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"These tests drive npm packages and need Node.js 20 or later (with npm) on the PATH, but `{program}` could not be started ({e.Message}). Install Node.js and run the tests again.", e);
        }

        using (process)
        {
            var output = new StringBuilder();
            var errors = new StringBuilder();
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(separateStderr ? errors : output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"`{program} {string.Join(' ', arguments)}` did not finish within {timeout}. Output:\n{output}{errors}");
            }

            process.WaitForExit();
            return (process.ExitCode, process.ExitCode == 0 ? output.ToString() : output.ToString() + errors);
        }
    }

    private static bool IsInstalled(string projectDirectory, string package)
    {
        var installed = Path.Combine(projectDirectory, "node_modules", package, "package.json");
        if (!File.Exists(installed))
        {
            return false;
        }

        using var lockFile = JsonDocument.Parse(File.ReadAllText(Path.Combine(projectDirectory, "package-lock.json")));
        var locked = lockFile.RootElement.GetProperty("packages").GetProperty("node_modules/" + package).GetProperty("version").GetString();
        using var manifest = JsonDocument.Parse(File.ReadAllText(installed));
        return manifest.RootElement.TryGetProperty("version", out var version) && version.GetString() == locked;
    }

    private static string MutexName(string directory) =>
        "Cpd.Tests.NpmCi." + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(directory))), 0, 8);

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }
}
