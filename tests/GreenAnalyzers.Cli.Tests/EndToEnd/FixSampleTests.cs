using System.Text.Json;

namespace GreenAnalyzers.Cli.Tests.EndToEnd;

/// <summary><c>green fix</c> on a copy of the sample: the same edits as <c>dotnet format analyzers</c>, and code that compiles.</summary>
[TestFixture]
[NonParallelizable]
[Category("EndToEnd")]
public sealed class FixSampleTests
{
    [Test]
    public async Task FixAllRewritesTheSampleAndTheCodeStillCompiles()
    {
        var sample = Sample.Copy("fix", restore: true);
        var modelIds = Path.Combine(sample, "ModelIds.cs");
        var before = File.ReadAllText(modelIds);

        var dryRun = await Green.RunAsync("fix", sample, "--no-restore", "--dry-run", "--quiet");
        Assert.That(dryRun.ExitCode, Is.Zero, dryRun.ToString());
        Assert.That(dryRun.Output, Does.Contain("Would fix 26 of 26 findings").And.Contain("Nothing was written (--dry-run)."));
        Assert.That(File.ReadAllText(modelIds), Is.EqualTo(before), "--dry-run writes nothing");

        var fix = await Green.RunAsync("fix", sample, "--no-restore");
        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(fix.Output, Does.Contain("Fixed 26 of 26 findings (GA1001 2, GA1002 2, GA1003 1, GA1004 1, GA2002 2, GA3001 2, GA3002 1, GA3003 2, GA3004 1, GA4001 3, GA4002 2, GA4004 1, GA4005 1, GA5001 3, GA5003 2)."));
            Assert.That(fix.Output, Does.Match(@"ModelIds\.cs\s+lines 7, 10, 13, 16\n"));
            Assert.That(fix.Output, Does.Match(@"PolicyAssistant\.cs\s+lines 14, 16\n"), "an inserted line counts once");
            Assert.That(fix.Output, Does.Contain("Changed 9 files:").And.Contain("PolicyAssistant.cs").And.Contain("TriageModelPipeline.cs"));
            Assert.That(fix.Output, Does.Contain("The code still compiles"));
            Assert.That(fix.Error, Does.Contain("Fixing GA1001 (2 findings) ...").And.Contain("Compiling the fixed code ..."));
            Assert.That(File.ReadAllText(modelIds), Is.EqualTo(before
                .Replace("us.anthropic.claude-opus-4-7", "us.anthropic.claude-sonnet-5-5", StringComparison.Ordinal)
                .Replace("global.anthropic.claude-opus-4-6-v1", "global.anthropic.claude-sonnet-5-5", StringComparison.Ordinal)
                .Replace("amazon.titan-text-express-v1", "amazon.nova-micro-v1:0", StringComparison.Ordinal)
                .Replace("meta.llama3-2-90b-instruct-v1:0", "meta.llama4-scout-17b-instruct-v1:0", StringComparison.Ordinal)), "only the four ids change");
        });

        // What is left has no automatic fix; the build agrees that the code compiles.
        var after = await Green.RunAsync("analyze", sample, "--no-restore", "--format", "json", "--quiet");
        using var json = JsonDocument.Parse(after.Output);
        Assert.That(json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()), Is.EquivalentTo(new[] { "GA2001", "GA5002", "GA5002", "GA5002", "GA4003", "GA4006" }));
        var build = GreenAnalyzers.Tests.EndToEnd.DotnetCli.Run(sample, null, "build", Path.Combine(sample, "BedrockSupportDesk.csproj"), "--no-restore", "-nodeReuse:false");
        Assert.That(build.ExitCode, Is.Zero, build.Output);
    }

    [Test]
    public async Task OnlyTheRequestedRulesAreFixed()
    {
        var sample = Sample.Copy("fix-some", restore: true);

        var fix = await Green.RunAsync("fix", sample, "--no-restore", "--quiet", "--diagnostics", "ga1002", "-d", "GA1003");

        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.That(fix.Output, Does.Contain("Fixed 3 of 3 findings (GA1002 2, GA1003 1)."));
        var modelIds = File.ReadAllText(Path.Combine(sample, "ModelIds.cs"));
        Assert.That(modelIds, Does.Contain("amazon.nova-micro-v1:0").And.Contain("us.anthropic.claude-opus-4-7"), "GA1002 fixed, GA1001 left");
    }
}
