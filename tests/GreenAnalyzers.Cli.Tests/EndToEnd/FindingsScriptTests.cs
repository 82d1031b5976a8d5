using System.Text.Json;
using GreenAnalyzers.Tests.EndToEnd;

namespace GreenAnalyzers.Cli.Tests.EndToEnd;

/// <summary>
/// <c>samples/findings.cs</c> works exactly as documented: run with <c>dotnet run samples/findings.cs --</c> on the SARIF log of a plain
/// <c>dotnet build -p:ErrorLog=…%2Cversion=2.1</c>, it lists the same findings as <c>green analyze</c>, Info ones
/// included, and leaves out what the code suppresses with <c>#pragma warning disable</c>.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("EndToEnd")]
public sealed class FindingsScriptTests
{
    [Test]
    public async Task TheScriptListsWhatGreenFindsAndHonoursSuppressions()
    {
        var sample = Sample.Copy("findings-script", restore: true);
        File.WriteAllText(Path.Combine(sample, "Suppressed.cs"), """
            using Amazon.BedrockRuntime.Model;
            static class Suppressed
            {
            #pragma warning disable GA1001 // evaluated: the smaller model fails the eval
                static ConverseRequest Legal() => new() { ModelId = "us.anthropic.claude-opus-4-7" };
            #pragma warning restore GA1001
            }
            """);
        var log = Path.Combine(Path.GetDirectoryName(sample)!, "green build.sarif");
        var build = DotnetCli.Run(sample, null, "build", "BedrockSupportDesk.csproj", "--no-restore", "-nodeReuse:false", $"-p:ErrorLog={log}%2Cversion=2.1");
        Assert.That(build.ExitCode, Is.Zero, build.Output);
        Assert.That(File.ReadAllText(log), Does.Contain("\"suppressions\""), "the log holds the suppressed result, for the script to leave out");

        // As docs/usage.md runs it, from the repository root.
        var script = DotnetCli.Run(RepositoryPaths.Root, null, "run", "samples/findings.cs", "--", log, sample);
        var green = await Green.RunAsync("analyze", sample, "--no-restore", "--format", "json", "--quiet");

        Assert.That(script.ExitCode, Is.Zero, script.Output);
        using var json = JsonDocument.Parse(green.Output);
        var expected = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("path").GetString()}({f.GetProperty("line")},{f.GetProperty("column")}): {f.GetProperty("severity").GetString()} {f.GetProperty("ruleId").GetString()}: {f.GetProperty("message").GetString()}")
            .ToList();
        var lines = script.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToList();
        var listed = lines.SkipWhile(l => !l.StartsWith("GreenAnalyzers findings (", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(listed, Is.Not.Empty, script.Output);
            Assert.That(listed.FirstOrDefault(), Is.EqualTo($"GreenAnalyzers findings ({expected.Count}):"));
            Assert.That(listed.Skip(1), Is.EquivalentTo(expected), "the same findings, Info included");
            Assert.That(script.Output, Does.Not.Contain("Suppressed.cs"), "#pragma warning disable is honoured");
        });
    }
}
