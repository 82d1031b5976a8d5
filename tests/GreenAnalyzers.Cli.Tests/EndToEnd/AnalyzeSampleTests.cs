using System.Text.Json;
using System.Text.RegularExpressions;
using GreenAnalyzers.Cli.Reporting;

namespace GreenAnalyzers.Cli.Tests.EndToEnd;

/// <summary><c>green analyze</c> on a copy of the bundled sample, in every output format.</summary>
[TestFixture]
[NonParallelizable]
[Category("EndToEnd")]
public sealed class AnalyzeSampleTests
{
    private string _sample = null!;

    /// <summary>The JSON report of the sample: the other formats are checked against it, so the tests follow the sample
    /// as rules and findings are added.</summary>
    private List<JsonElement> _findings = null!;

    private (decimal Current, decimal Suggested) _firstInputPair;

    [OneTimeSetUp]
    public async Task CopyTheSampleAndReadItsFindings()
    {
        _sample = Sample.Copy("analyze", restore: true);
        var result = await Green.RunAsync("analyze", _sample, "--format", "json", "--no-restore", "--quiet");
        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Error, Is.Empty, "--quiet");
        var root = JsonDocument.Parse(result.Output).RootElement;
        _findings = root.GetProperty("findings").EnumerateArray().ToList();
        var first = root.GetProperty("summary").GetProperty("listPrices").GetProperty("metrics").EnumerateArray()
            .Single(m => m.GetProperty("property").GetString() == "input_usd_per_1m_tokens").GetProperty("pairs")[0];
        _firstInputPair = (first.GetProperty("current").GetDecimal(), first.GetProperty("suggested").GetDecimal());
    }

    [Test]
    public void TheSampleHasFindingsOfEveryFamily()
        => Assert.That(_findings.Select(f => f.GetProperty("ruleId").GetString()![..3]).Distinct(), Is.SupersetOf(new[] { "GA1", "GA2", "GA3", "GA4", "GA5" }));

    /// <summary>The choices that live outside C# calls: a model id in appsettings.json (judged in the file, Info, located by
    /// JSON pointer), one the code reads from it into a request (judged at the request, by its rules, naming key and file),
    /// and instance types in an AWS CDK stack (the real Amazon.CDK.Lib: Info on EC2, fixable).</summary>
    [Test]
    public void ConfigurationFilesAndCdkStacksAreAnalyzedEndToEnd()
    {
        var inFile = _findings.Single(f => f.GetProperty("path").GetString() == "appsettings.json");
        var readInCode = _findings.Single(f => f.GetProperty("path").GetString() == "Escalation.cs");
        var stack = _findings.Where(f => f.GetProperty("path").GetString() == "Infrastructure/SupportDeskStack.cs")
            .ToDictionary(f => f.GetProperty("properties").GetProperty("instance_type").GetString()!);
        Assert.Multiple(() =>
        {
            Assert.That(inFile.GetProperty("ruleId").GetString(), Is.EqualTo("GA1002"));
            Assert.That(inFile.GetProperty("severity").GetString(), Is.EqualTo("info"), "the use is inferred");
            Assert.That(inFile.GetProperty("line").GetInt32(), Is.EqualTo(7));
            Assert.That(inFile.GetProperty("properties").GetProperty("json_pointer").GetString(), Is.EqualTo("/Bedrock/ReportModelId"));
            Assert.That(inFile.GetProperty("fixable").GetBoolean(), Is.False);

            Assert.That(readInCode.GetProperty("ruleId").GetString(), Is.EqualTo("GA1002"));
            Assert.That(readInCode.GetProperty("severity").GetString(), Is.EqualTo("warning"), "the sink is known: its rule's own severity");
            Assert.That(readInCode.GetProperty("message").GetString(), Does.StartWith("'us.anthropic.claude-opus-4-1-20250805-v1:0' is legacy")
                .And.EndWith("(configuration 'Bedrock:EscalationModelId' in appsettings.json)"));
            Assert.That(readInCode.GetProperty("properties").GetProperty("configuration_key").GetString(), Is.EqualTo("Bedrock:EscalationModelId"));
            Assert.That(_findings.Count(f => f.GetProperty("message").GetString()!.Contains("claude-opus-4-1", StringComparison.Ordinal)), Is.EqualTo(1),
                "the value read into the request is judged there, not again in the file");

            Assert.That(stack.Keys, Is.EquivalentTo(new[] { "c5.xlarge", "g5.xlarge" }));
            Assert.That(stack["c5.xlarge"].GetProperty("ruleId").GetString(), Is.EqualTo("GA3003"));
            Assert.That(stack["g5.xlarge"].GetProperty("ruleId").GetString(), Is.EqualTo("GA3001"), "the sample also runs inference (Bedrock Runtime)");
            Assert.That(stack.Values.Select(f => f.GetProperty("severity").GetString()), Is.All.EqualTo("info"), "EC2, as for the SDK");
            Assert.That(stack.Values.Select(f => f.GetProperty("fixable").GetBoolean()), Is.All.True);
        });
    }

    [Test]
    public async Task TableGroupsFindingsByRuleAndShowsUnitPricesSideBySide()
    {
        var result = await Green.RunAsync("analyze", _sample, "--no-restore");

        Assert.That(result.ExitCode, Is.Zero, "Warning and Info findings do not fail the default --fail-on error\n" + result);
        var output = result.Output;
        var warnings = _findings.Count(f => f.GetProperty("severity").GetString() == "warning");
        var infos = _findings.Count(f => f.GetProperty("severity").GetString() == "info");
        var fixable = _findings.Count(f => f.GetProperty("fixable").GetBoolean());
        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Contain("GreenAnalyzers summary: BedrockSupportDesk\n"), "the path as named, never this machine's absolute path");
            Assert.That(output + result.Error, Does.Not.Contain(_sample));
            Assert.That(output, Does.Contain($"{_findings.Count} findings ({warnings} warnings, {infos} info), {fixable} fixable by `green fix`"));
            Assert.That(output, Does.Match($@"Total\s+-\s+{warnings}\s+{infos}\s+{fixable}\n"));
            Assert.That(output, Does.Contain("GA1001 Use a smaller model where it serves (3) https://github.com/greenanalyzers/GreenAnalyzers/blob/main/docs/rules/GA1001.md"));
            foreach (var finding in _findings)
            {
                Assert.That(output, Does.Match($@"\n  {Regex.Escape(finding.GetProperty("path").GetString()!)}:{finding.GetProperty("line")}\s+{finding.GetProperty("severity").GetString()}: {Regex.Escape(finding.GetProperty("message").GetString()!)}\n"),
                    "every finding, one line each, under its rule");
            }

            Assert.That(output, Does.Contain("Unit list prices at the flagged sites (catalog, not a bill)"));
            var (current, suggested) = FirstInputPair();
            Assert.That(output, Does.Match($@"input, USD per 1M tokens\s+{Regex.Escape(PriceSummary.Money(current))}\s+{Regex.Escape(PriceSummary.Money(suggested))}\s+\d+% less"), "a unit price, not a sum");
            Assert.That(output, Does.Match(@"Median change per site:\n  input, USD per 1M tokens: \d+% less over \d+ sites"));
            Assert.That(output, Does.Contain("Nothing is added up"));
            Assert.That(output, Does.Match(@"Sources: .*LiteLLM price list \(2026-07-24\)"));
            Assert.That(output.Split('\n').Where(line => line != line.TrimEnd()), Is.Empty, "no trailing whitespace");
            Assert.That(output.IndexOf("GA1001 Use", StringComparison.Ordinal), Is.LessThan(output.IndexOf("GA1002 Replace", StringComparison.Ordinal)), "rules in id order");
            Assert.That(result.Error, Does.Contain("Loading BedrockSupportDesk.csproj").And.Contain("[1/1] Analyzing BedrockSupportDesk"), "progress goes to stderr");
            Assert.That(result.Error, Does.Contain("  loaded AWSSDK.BedrockRuntime.Stub.csproj (net8.0)"), "a referenced project elsewhere shows by name");
            Assert.That(result.Error.TrimEnd(), Does.Match(@"\nFinished in \d+\.\d s\.$"), "elapsed time at the end");
        });

        // Every costlier suggestion (GA3004 g4dn → inf2 in the sample) says what the extra cost buys, from the finding's own claim.
        var costlier = _findings.Where(f => Price(f, "usd_per_hour") >= 0 && Price(f, "suggested_usd_per_hour") > Price(f, "usd_per_hour")).ToList();
        Assert.That(costlier, Is.Not.Empty);
        foreach (var finding in costlier)
        {
            Assert.That(output, Does.Match(@"\d+% more, for " + System.Text.RegularExpressions.Regex.Escape(finding.GetProperty("properties").GetProperty("claim").GetString()!)));
        }
    }

    [Test]
    public async Task JsonGivesEveryUnitPriceOnceWithItsSites()
    {
        var result = await Green.RunAsync("analyze", _sample, "--format", "json", "--no-restore", "--quiet");

        using var json = JsonDocument.Parse(result.Output);
        var metrics = json.RootElement.GetProperty("summary").GetProperty("listPrices").GetProperty("metrics").EnumerateArray().ToList();
        Assert.That(metrics.Select(m => m.GetProperty("property").GetString()), Is.SupersetOf(new[] { "input_usd_per_1m_tokens", "output_usd_per_1m_tokens", "usd_per_hour" }));
        foreach (var metric in metrics)
        {
            var key = metric.GetProperty("property").GetString()!;
            var priced = _findings.Where(f => Price(f, key) >= 0 && Price(f, "suggested_" + key) >= 0).ToList();
            var expected = priced.GroupBy(f => (Price(f, key), Price(f, "suggested_" + key))).Select(g => (g.Key.Item1, g.Key.Item2, g.Count()));
            var pairs = metric.GetProperty("pairs").EnumerateArray()
                .Select(p => (p.GetProperty("current").GetDecimal(), p.GetProperty("suggested").GetDecimal(), p.GetProperty("findings").GetInt32()));
            Assert.Multiple(() =>
            {
                Assert.That(metric.GetProperty("findings").GetInt32(), Is.EqualTo(priced.Count), key);
                Assert.That(pairs, Is.EquivalentTo(expected), key + ": the findings' own figures, each distinct change once");
            });
        }
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
            Assert.That(results, Has.Count.EqualTo(_findings.Count));
            Assert.That(rules.Select(r => r.GetProperty("helpUri").GetString()), Has.All.Match(@"docs/rules/GA\d{4}\.md$"));
            Assert.That(rules[triage.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString(), Is.EqualTo("GA1001"));
            Assert.That(triage.GetProperty("level").GetString(), Is.EqualTo("warning"));
            var expected = _findings.Single(f => f.GetProperty("ruleId").GetString() == "GA1001" && f.GetProperty("path").GetString() == "TicketTriage.cs");
            Assert.That(triage.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(expected.GetProperty("line").GetInt32()));
            Assert.That(triage.GetProperty("properties").GetProperty("suggested").GetString(), Is.EqualTo(expected.GetProperty("properties").GetProperty("suggested").GetString()).And.StartWith("us.anthropic.claude-"));
            Assert.That(triage.GetProperty("properties").GetProperty("price_source").GetString(), Is.EqualTo("LiteLLM price list"));
            Assert.That(triage.GetProperty("partialFingerprints").GetProperty("greenAnalyzers/v1").GetString(), Does.Match("^[0-9a-f]{32}$"));
            Assert.That(results.Count(r => r.GetProperty("level").GetString() == "note"), Is.EqualTo(_findings.Count(f => f.GetProperty("severity").GetString() == "info")));
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
            Assert.That(markdown, Does.Contain("| [GA1001](https://github.com/greenanalyzers/GreenAnalyzers/blob/main/docs/rules/GA1001.md) | Use a smaller model where it serves | 0 | 3 | 0 | 3 |"));
            Assert.That(markdown, Does.Contain($"| **Total** |  | 0 | {_findings.Count(f => f.GetProperty("severity").GetString() == "warning")} | "));
            Assert.That(markdown, Does.Contain("### Unit list prices at the flagged sites (catalog, not a bill)"));
            var (current, suggested) = FirstInputPair();
            Assert.That(markdown, Does.Contain($"| input, USD per 1M tokens | {PriceSummary.Money(current)} | {PriceSummary.Money(suggested)} | "));
            Assert.That(markdown.Split('\n').Where(line => line != line.TrimEnd()), Is.Empty, "no trailing whitespace");
            Assert.That(markdown, Does.Contain("#### GA5001 Capture endpoint data for model monitoring (3)"));
            Assert.That(markdown, Does.Contain("- `TriageModelPipeline.cs:33` warning: CreateEndpointConfigRequest has no DataCaptureConfig"));
            Assert.That(markdown.IndexOf("### Unit list prices", StringComparison.Ordinal), Is.LessThan(markdown.IndexOf("### Findings", StringComparison.Ordinal)), "summary first");
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

    /// <summary>The input token prices of the table's first row, as the JSON summary gives them (checked against the
    /// findings by <see cref="JsonGivesEveryUnitPriceOnceWithItsSites"/>).</summary>
    private (decimal Current, decimal Suggested) FirstInputPair() => _firstInputPair;

    /// <summary>A price property of a finding, or -1 when it has none.</summary>
    private static decimal Price(JsonElement finding, string key)
        => finding.GetProperty("properties").TryGetProperty(key, out var value)
            ? decimal.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : -1;
}
