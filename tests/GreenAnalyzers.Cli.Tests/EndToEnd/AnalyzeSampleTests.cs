using System.Text.Json;

namespace GreenAnalyzers.Cli.Tests.EndToEnd;

/// <summary><c>green analyze</c> on a copy of the bundled sample, in every output format.</summary>
[TestFixture]
[NonParallelizable]
[Category("EndToEnd")]
public sealed class AnalyzeSampleTests
{
    /// <summary>What the main job finds in the sample (README, samples/README.md), as "File.cs:line GAxxxx severity".</summary>
    private static readonly string[] Expected =
    [
        "ModelHosting.cs:13 GA2002 info",
        "ModelHosting.cs:13 GA5003 info",
        "ModelHosting.cs:20 GA3002 info",
        "ModelHosting.cs:34 GA5001 warning",
        "ModelHosting.cs:44 GA3001 warning",
        "ModelHosting.cs:54 GA3004 warning",
        "ModelHosting.cs:59 GA5002 info",
        "ModelHosting.cs:68 GA5001 warning",
        "ModelHosting.cs:73 GA3003 warning",
        "ModelHosting.cs:77 GA5002 info",
        "NightlyDigest.cs:15 GA1002 warning",
        "PolicyAssistant.cs:11 GA1003 info",
        "PolicyAssistant.cs:14 GA1004 info",
        "ReplyDrafter.cs:9 GA1001 warning",
        "ReplyModelHosting.cs:17 GA4005 info",
        "SpamFilter.cs:15 GA4001 warning",
        "SpamFilter.cs:18 GA4004 warning",
        "SpamFilter.cs:30 GA4001 warning",
        "SpamFilter.cs:30 GA4003 info",
        "SpamFilter.cs:41 GA4001 warning",
        "SpamFilter.cs:41 GA4002 warning",
        "TicketBackfill.cs:14 GA4002 warning",
        "TicketBackfill.cs:15 GA4006 info",
        "TicketTriage.cs:15 GA1001 warning",
        "TicketTriage.cs:30 GA1002 warning",
        "TriageModelPipeline.cs:16 GA2002 info",
        "TriageModelPipeline.cs:16 GA5003 info",
        "TriageModelPipeline.cs:33 GA5001 warning",
        "TriageModelPipeline.cs:40 GA5002 info",
        "TriageModelPipeline.cs:52 GA2001 info",
        "WorkerFleet.cs:15 GA3001 info",
        "WorkerFleet.cs:20 GA3003 info",
    ];

    private string _sample = null!;

    [OneTimeSetUp]
    public void CopyTheSample() => _sample = Sample.Copy("analyze", restore: true);

    [Test]
    public async Task TableGroupsFindingsByRuleAndSumsListPrices()
    {
        var result = await Green.RunAsync("analyze", _sample);

        Assert.That(result.ExitCode, Is.Zero, "Warning and Info findings do not fail the default --fail-on error\n" + result);
        var output = result.Output;
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("GA1001 Use a smaller model where it serves (2) https://github.com/greenanalyzers/GreenAnalyzers/blob/main/docs/rules/GA1001.md"));
            Assert.That(output, Does.Contain("  TicketTriage.cs:15  warning: 'us.anthropic.claude-opus-4-7' is a frontier-tier model; 'us.anthropic.claude-sonnet-4-6' costs 1.7x less per token"));
            Assert.That(output, Does.Contain("32 findings (16 warnings, 16 info), 26 fixable by `green fix`"));
            Assert.That(output, Does.Match(@"Total\s+-\s+16\s+16\s+26"));
            Assert.That(output, Does.Match(@"input, USD per 1M tokens\s+4\s+GA1001, GA1002\s+\$\d"));
            Assert.That(output, Does.Contain("List prices from the GreenAnalyzers knowledge catalog, not a bill"));
            Assert.That(output, Does.Match(@"Sources: .*LiteLLM price list \(2026-07-24\)"));
            Assert.That(output, Does.Match(@"USD per hour\s+4\s+GA3001, GA3003, GA3004\s+\$"), "hourly instance prices add up too");
            Assert.That(output.IndexOf("GA1001 Use", StringComparison.Ordinal), Is.LessThan(output.IndexOf("GA1002 Replace", StringComparison.Ordinal)), "rules in id order");
            Assert.That(result.Error, Does.Contain("Restoring BedrockSupportDesk.csproj").And.Contain("[1/1] Analyzing BedrockSupportDesk"), "progress goes to stderr");
        });
    }

    [Test]
    public async Task JsonListsEveryFindingAndTheSumsOfItsOwnFigures()
    {
        var result = await Green.RunAsync("analyze", _sample, "--format", "json", "--no-restore", "--quiet");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Error, Is.Empty, "--quiet");
        using var json = JsonDocument.Parse(result.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.That(findings.Select(f => $"{f.GetProperty("path").GetString()}:{f.GetProperty("line")} {f.GetProperty("ruleId").GetString()} {f.GetProperty("severity").GetString()}"),
            Is.EquivalentTo(Expected));

        // The summary adds up exactly the figures the findings carry.
        var input = json.RootElement.GetProperty("summary").GetProperty("listPrices").GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("property").GetString() == "input_usd_per_1m_tokens");
        var priced = findings.Where(f => f.GetProperty("properties").TryGetProperty("suggested_input_usd_per_1m_tokens", out _)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(input.GetProperty("findings").GetInt32(), Is.EqualTo(priced.Count).And.EqualTo(4));
            Assert.That(input.GetProperty("current").GetDecimal(), Is.EqualTo(priced.Sum(f => Price(f, "input_usd_per_1m_tokens"))));
            Assert.That(input.GetProperty("suggested").GetDecimal(), Is.EqualTo(priced.Sum(f => Price(f, "suggested_input_usd_per_1m_tokens"))));
            Assert.That(input.GetProperty("suggested").GetDecimal(), Is.LessThan(input.GetProperty("current").GetDecimal()));
            Assert.That(json.RootElement.GetProperty("summary").GetProperty("total").GetProperty("warning").GetInt32(), Is.EqualTo(16));
            Assert.That(findings.Count(f => f.GetProperty("fixable").GetBoolean()), Is.EqualTo(26));
        });
    }

    [Test]
    public async Task SarifIsSchemaValidWithRulesAndFigures()
    {
        var file = Path.Combine(Sample.Folder("analyze-out"), "green.sarif");
        var result = await Green.RunAsync("analyze", _sample, "--format", "sarif", "--output", file, "--no-restore");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Is.Empty, "the report went to the file");
        Assert.That(result.Error, Does.Contain("Wrote the sarif report to " + file));
        var sarif = File.ReadAllText(file);
        Assert.That(SarifSchema.Errors(sarif), Is.Empty);

        using var log = JsonDocument.Parse(sarif);
        var run = log.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var triage = results.Single(r => r.GetProperty("ruleId").GetString() == "GA1001"
            && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "TicketTriage.cs");
        Assert.Multiple(() =>
        {
            Assert.That(log.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
            Assert.That(results, Has.Count.EqualTo(Expected.Length));
            Assert.That(rules.Select(r => r.GetProperty("helpUri").GetString()), Has.All.Match(@"docs/rules/GA\d{4}\.md$"));
            Assert.That(rules[triage.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString(), Is.EqualTo("GA1001"));
            Assert.That(triage.GetProperty("level").GetString(), Is.EqualTo("warning"));
            Assert.That(triage.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(15));
            Assert.That(triage.GetProperty("properties").GetProperty("suggested").GetString(), Is.EqualTo("us.anthropic.claude-sonnet-4-6"));
            Assert.That(triage.GetProperty("properties").GetProperty("price_source").GetString(), Is.EqualTo("LiteLLM price list"));
            Assert.That(triage.GetProperty("partialFingerprints").GetProperty("greenAnalyzers/v1").GetString(), Does.Match("^[0-9a-f]{32}$"));
            Assert.That(results.Count(r => r.GetProperty("level").GetString() == "note"), Is.EqualTo(16));
        });
    }

    [Test]
    public async Task MarkdownIsAPullRequestComment()
    {
        var result = await Green.RunAsync("analyze", _sample, "--format", "markdown", "--no-restore");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        var markdown = result.Output;
        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.StartWith("## GreenAnalyzers: "));
            Assert.That(markdown, Does.Contain("| [GA1001](https://github.com/greenanalyzers/GreenAnalyzers/blob/main/docs/rules/GA1001.md) | Use a smaller model where it serves | 0 | 2 | 0 | 2 |"));
            Assert.That(markdown, Does.Contain("| **Total** |  | 0 | 16 | 16 | 26 |"));
            Assert.That(markdown, Does.Contain("### List prices (catalog, not a bill)"));
            Assert.That(markdown, Does.Contain("#### GA5001 Capture endpoint data for model monitoring (3)"));
            Assert.That(markdown, Does.Contain("- `TriageModelPipeline.cs:33` warning: CreateEndpointConfigRequest has no DataCaptureConfig"));
            Assert.That(markdown.IndexOf("### List prices", StringComparison.Ordinal), Is.LessThan(markdown.IndexOf("### Findings", StringComparison.Ordinal)), "summary first");
        });
    }

    [TestCase("none", 0)]
    [TestCase("error", 0)]
    [TestCase("warning", 1)]
    [TestCase("info", 1)]
    public async Task FailOnSetsTheExitCode(string failOn, int exitCode)
    {
        var result = await Green.RunAsync("analyze", _sample, "--fail-on", failOn, "--no-restore", "--format", "json", "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(exitCode), result.ToString());
        if (exitCode == 1)
        {
            Assert.That(result.Error.Trim(), Does.Match($@"^\d+ new findings at or above --fail-on {failOn}\.$"));
        }
    }

    private static decimal Price(JsonElement finding, string key)
        => decimal.Parse(finding.GetProperty("properties").GetProperty(key).GetString()!, System.Globalization.CultureInfo.InvariantCulture);
}
