using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cpd.GraphQL.Tests.Differential;

/// <summary>
/// One long-lived <c>node tests/oracle/oracle.mjs</c> process for the whole test run: requests and
/// responses are single JSON lines over stdin/stdout, answered in order.
/// </summary>
internal sealed class NodeOracle : IDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromMinutes(3);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Process _process;
    private readonly StringBuilder _stderr = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    private NodeOracle(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_stderr)
                {
                    _stderr.AppendLine(e.Data);
                }
            }
        };
        _process.BeginErrorReadLine();
    }

    public static NodeOracle Start(string oracleDirectory)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = oracleDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(oracleDirectory, "oracle.mjs"));
        try
        {
            return new NodeOracle(Process.Start(start) ?? throw new InvalidOperationException("node did not start."));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"The differential tests compare Cpd.GraphQL with graphql-js and need Node.js on the PATH, but `node` could not be started ({e.Message}). " +
                "Install Node.js 22 or later and run the tests again.", e);
        }
    }

    /// <summary>Sends one request and returns its <c>result</c>; an oracle-side exception fails the caller.</summary>
    public async Task<JsonNode?> RequestAsync(JsonObject request)
    {
        var line = request.ToJsonString();
        await _gate.WaitAsync();
        try
        {
            await _process.StandardInput.WriteLineAsync(line);
            await _process.StandardInput.FlushAsync();
            using var timeout = new CancellationTokenSource(RequestTimeout);
            string? answer;
            try
            {
                answer = await _process.StandardOutput.ReadLineAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new InvalidOperationException($"graphql-js oracle did not answer `{request["op"]}` within {RequestTimeout}.{StderrText()}");
            }

            if (answer is null)
            {
                throw new InvalidOperationException(
                    $"graphql-js oracle exited while answering `{request["op"]}` (graphql 17 needs Node.js 22 or later; 20 works).{StderrText()}");
            }

            var response = JsonNode.Parse(answer)!.AsObject();
            if (response["ok"]?.GetValue<bool>() != true)
            {
                throw new InvalidOperationException($"graphql-js oracle failed on `{request["op"]}`: {response["error"]}");
            }

            return response["result"];
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close(); // the oracle exits at the end of its input
            if (!_process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        _gate.Dispose();
    }

    private string StderrText()
    {
        lock (_stderr)
        {
            return _stderr.Length == 0 ? string.Empty : $"\nnode stderr:\n{_stderr}";
        }
    }
}
