using System.Text.Json;

namespace GreenAnalyzers.Cli.Tests.EndToEnd;

/// <summary><c>green fix</c> on a copy of the sample: the same edits as <c>dotnet format analyzers</c>, and code that compiles.</summary>
[TestFixture]
[NonParallelizable]
[Category("EndToEnd")]
public sealed class FixSampleTests
{
    [Test]
    public async Task FixAllRewritesTheSampleReportsWhatItAppliedAndWhatIsLeft()
    {
        var sample = Sample.Copy("fix", restore: true);
        var modelIds = Path.Combine(sample, "ModelIds.cs");
        var before = File.ReadAllText(modelIds);

        // What the fixes should do, from the analysis itself: every finding a fix offers itself for goes, the others stay.
        var analysis = await Green.RunAsync("analyze", sample, "--no-restore", "--format", "json", "--quiet");
        var found = Findings(analysis.Output);
        var fixable = found.Where(f => f.Fixable).ToList();
        var perRule = string.Join(", ", fixable.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        Assert.That(fixable, Is.Not.Empty);
        Assert.That(found.Count, Is.GreaterThan(fixable.Count), "the sample has findings without a fix, to list as left");

        var dryRun = await Green.RunAsync("fix", sample, "--no-restore", "--dry-run", "--quiet");
        Assert.That(dryRun.ExitCode, Is.Zero, dryRun.ToString());
        Assert.That(dryRun.Output, Does.Contain($"Would fix {fixable.Count} of {found.Count} findings").And.Contain("Nothing was written (--dry-run)."));
        Assert.That(File.ReadAllText(modelIds), Is.EqualTo(before), "--dry-run writes nothing");

        var fix = await Green.RunAsync("fix", sample, "--no-restore");
        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(fix.Output, Does.Contain($"Fixed {fixable.Count} of {found.Count} findings ({perRule})."));
            Assert.That(fix.Output, Does.Match(@"ModelIds\.cs\s+lines 7, 10, 13\n"));
            Assert.That(fix.Output, Does.Match(@"PolicyAssistant\.cs\s+lines 14, 16\n"), "an inserted line counts once");
            Assert.That(fix.Output, Does.Contain("PolicyAssistant.cs").And.Contain("TriageModelPipeline.cs"));
            Assert.That(fix.Output, Does.Contain($"Left {found.Count - fixable.Count} findings (each rule's page says what its fix needs):"));
            foreach (var left in found.Where(f => !f.Fixable))
            {
                Assert.That(fix.Output, Does.Match($@"\n  {System.Text.RegularExpressions.Regex.Escape(left.Path)}:\d+\s+{left.RuleId}: (no code fix for this rule|its fix does not apply here: it needs a setting or a decision|the value is written in a configuration file \('[^']+'\): change it there)\n"), left.ToString());
            }

            Assert.That(fix.Output, Does.Match(@"\n  NightlyDigest\.cs:\d+\s+GA1002: its fix does not apply here: it needs a setting or a decision\n"),
                "a rule with a fix that does not apply at this site says so, unlike a rule without one");
            Assert.That(fix.Output, Does.Match(@"\n  Escalation\.cs:\d+\s+GA1002: the value is written in a configuration file \('Bedrock:EscalationModelId'\): change it there\n")
                .And.Match(@"\n  appsettings\.json:\d+\s+GA1002: the value is written in a configuration file \('Bedrock:ReportModelId'\): change it there\n"),
                "a value read from or written in appsettings.json is changed there");

            Assert.That(fix.Output, Does.Contain("The code still compiles"));
            Assert.That(fix.Error, Does.Contain("Pass 1: fixing ").And.Contain("Fixing GA1001 (3 findings) ...").And.Contain("Compiling the fixed code ..."));
            Assert.That(fix.Error, Does.Not.Contain("Pass 2"), "one pass leaves nothing fixable on the sample");
            Assert.That(File.ReadAllText(modelIds), Is.EqualTo(before
                .Replace("us.anthropic.claude-opus-4-7", "us.anthropic.claude-sonnet-5-5", StringComparison.Ordinal)
                .Replace("global.anthropic.claude-opus-4-6-v1", "global.anthropic.claude-sonnet-5-5", StringComparison.Ordinal)
                .Replace("amazon.titan-text-express-v1", "amazon.nova-micro-v1:0", StringComparison.Ordinal)), "only the three ids change");
            // The batch job's retired Llama 3.2 90B stays: every Llama model on Bedrock is legacy now (AWS model cards), so no
            // current successor is known and the message says to choose one.
            Assert.That(File.ReadAllText(modelIds), Does.Contain("\"meta.llama3-2-90b-instruct-v1:0\""));
            // A field written only by its initializer is fixed there, where the id is written, not at the request that reads it.
            Assert.That(File.ReadAllText(Path.Combine(sample, "AnswerQualityCheck.cs")),
                Does.Contain("private static string s_judgeModel = \"us.anthropic.claude-sonnet-5-5\";"));
        });

        // The CDK stack keeps its forms: enum members for InstanceType.Of, a string for the L1 property.
        var stack = File.ReadAllText(Path.Combine(sample, "Infrastructure", "SupportDeskStack.cs"));
        Assert.That(stack, Does.Contain("InstanceType.Of(InstanceClass.C7G, InstanceSize.XLARGE)").And.Contain("InstanceType = \"inf2.xlarge\""));

        // Re-analysed from disk: what is left is exactly what the fix said; the build agrees that the code compiles.
        var after = await Green.RunAsync("analyze", sample, "--no-restore", "--format", "json", "--quiet");
        Assert.That(Findings(after.Output).Select(f => f.RuleId), Is.EquivalentTo(found.Where(f => !f.Fixable).Select(f => f.RuleId)));
        var build = GreenAnalyzers.Tests.EndToEnd.DotnetCli.Run(sample, null, "build", Path.Combine(sample, "BedrockSupportDesk.csproj"), "--no-restore", "-nodeReuse:false");
        Assert.That(build.ExitCode, Is.Zero, build.Output);

        var again = await Green.RunAsync("fix", sample, "--no-restore", "--quiet");
        Assert.That(again.ExitCode, Is.Zero, again.ToString());
        Assert.That(again.Output, Does.StartWith("Nothing changed: no fix applies to these findings.\nLeft "), "GA1002 has a fix, which does not apply to the batch job's Llama id nor to the ids written in appsettings.json");
    }

    private sealed record Found(string RuleId, string Path, bool Fixable);

    private static List<Found> Findings(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => new Found(f.GetProperty("ruleId").GetString()!, f.GetProperty("path").GetString()!, f.GetProperty("fixable").GetBoolean()))
            .ToList();
    }

    [Test]
    public async Task OnlyTheRequestedRulesAreFixed()
    {
        var sample = Sample.Copy("fix-some", restore: true);

        var fix = await Green.RunAsync("fix", sample, "--no-restore", "--quiet", "--diagnostics", "ga1002", "-d", "GA1003");

        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        // GA1002's six findings: one in ModelIds.cs fixed; the batch job's Llama id (no current Llama successor),
        // AnswerQualityCheck's two retired ids (no fix applies to them), the id Escalation.cs reads from appsettings.json and the
        // id written there are left (no code fix applies to them).
        Assert.That(fix.Output, Does.Contain("Fixed 2 of 7 findings (GA1002 1, GA1003 1)."), "counted over the requested rules");
        var modelIds = File.ReadAllText(Path.Combine(sample, "ModelIds.cs"));
        Assert.That(modelIds, Does.Contain("amazon.nova-micro-v1:0").And.Contain("us.anthropic.claude-opus-4-7"), "GA1002 fixed, GA1001 left");
    }
}
