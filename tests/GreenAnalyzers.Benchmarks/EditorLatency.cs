using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using GreenAnalyzers.Tests.EndToEnd;

namespace GreenAnalyzers.Benchmarks;

/// <summary>
/// Editor latency (docs/performance.md, "In the editor"): csharp-ls with analyzers on opens a generated project that
/// references the GreenAnalyzers package; then a model id in one file is edited back and forth, and each edit is timed
/// from textDocument/didChange to the first textDocument/diagnostic answer that shows the change (GA1001 gone or back),
/// as an editor that pulls diagnostics sees it. Run by editor-benchmark.sh; not part of the tests.
/// </summary>
internal static class EditorLatency
{
    private const string Flagged = "\"us.anthropic.claude-opus-4-7\"";
    private const string Fine = "\"amazon.nova-micro-v1:0\"";

    public static async Task RunAsync(string project, string file, int edits, string repositoryRoot)
    {
        var text = File.ReadAllText(file);
        if (!text.Contains(Flagged, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(file + " does not use " + Flagged);
        }

        var settings = new JsonObject { ["csharp"] = new JsonObject { ["analyzersEnabled"] = true } };
        var environment = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { } packages
            ? new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages }
            : new Dictionary<string, string>();
        var clock = Stopwatch.StartNew();
        await using var server = LspClient.Start("dotnet", new[] { "tool", "run", "csharp-ls" }, repositoryRoot, environment, settings);
        var root = new Uri(Path.GetFullPath(project) + Path.DirectorySeparatorChar).AbsoluteUri;
        var document = new Uri(Path.GetFullPath(file)).AbsoluteUri;
        await server.RequestAsync("initialize", new JsonObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = root,
            ["workspaceFolders"] = new JsonArray(new JsonObject { ["uri"] = root, ["name"] = "Bench" }),
            ["capabilities"] = new JsonObject
            {
                ["workspace"] = new JsonObject { ["configuration"] = true },
                ["textDocument"] = new JsonObject { ["diagnostic"] = new JsonObject { ["dynamicRegistration"] = false } },
            },
        }, TimeSpan.FromMinutes(5));
        await server.NotifyAsync("initialized", new JsonObject());
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = document, ["languageId"] = "csharp", ["version"] = 1, ["text"] = text },
        });
        await PullUntilAsync(server, document, hasGa1001: true, TimeSpan.FromMinutes(10));
        Console.WriteLine($"Open: server start → first GA diagnostics of the file: {clock.Elapsed.TotalSeconds:0.0} s");

        var latencies = new List<double>();
        for (var edit = 1; edit <= edits; edit++)
        {
            var flagged = edit % 2 == 0;
            text = flagged ? text.Replace(Fine, Flagged, StringComparison.Ordinal) : text.Replace(Flagged, Fine, StringComparison.Ordinal);
            clock.Restart();
            await server.NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = document, ["version"] = edit + 1 },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
            });
            await PullUntilAsync(server, document, flagged, TimeSpan.FromMinutes(2));
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            Console.WriteLine($"Edit {edit} ({(flagged ? "GA1001 back" : "GA1001 gone")}): {clock.Elapsed.TotalMilliseconds:0} ms");
        }

        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Edit → updated GA diagnostics over {edits} edits: median {latencies[latencies.Count / 2]:0} ms, fastest {latencies[0]:0} ms, slowest {latencies[^1]:0} ms"));
    }

    private static async Task PullUntilAsync(LspClient server, string document, bool hasGa1001, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var report = await server.RequestAsync("textDocument/diagnostic",
                new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = document } }, timeout);
            var found = report?["items"]?.AsArray().Any(i => (string?)i?["code"] == "GA1001") ?? false;
            if (found == hasGa1001)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("diagnostics did not follow the edit:\n" + server.Log);
            }

            await Task.Delay(20);
        }
    }
}
