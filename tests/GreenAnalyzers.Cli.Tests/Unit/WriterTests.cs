using System.Collections.Immutable;
using System.Text.Json;
using GreenAnalyzers.Cli.Analysis;
using GreenAnalyzers.Cli.Loading;
using GreenAnalyzers.Cli.Reporting;

namespace GreenAnalyzers.Cli.Tests.Unit;

/// <summary>The output formats on a report made by hand: edge cases the sample does not have.</summary>
public sealed class WriterTests
{
    private static readonly Report Sample = new(
        "My Service",
        "file:///work/my%20service/",
        [
            PriceSummaryTests.Finding("GA1001", ("input_usd_per_1m_tokens", "5"), ("suggested_input_usd_per_1m_tokens", "3"), ("note", "a | b"))
                with { Path = "src/With Space/A.cs", Message = "uses | pipes", Baselined = true },
            PriceSummaryTests.Finding("GA9001") with { Path = "My.csproj", Line = 0, Column = 0, EndLine = 0, EndColumn = 0, Severity = Severity.Error },
            PriceSummaryTests.Finding("GA1003") with { Severity = Severity.Info, Fixable = true },
        ],
        GreenRules.Default.Rules,
        HasBaseline: true);

    [Test]
    public void SarifIsValidAgainstTheSchema()
    {
        var sarif = Write(SarifWriter.Write);

        Assert.That(SarifSchema.Errors(sarif), Is.Empty);
        using var log = JsonDocument.Parse(sarif);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Multiple(() =>
        {
            Assert.That(results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(),
                Is.EqualTo("src/With%20Space/A.cs"));
            Assert.That(results[0].GetProperty("baselineState").GetString(), Is.EqualTo("unchanged"));
            Assert.That(results[1].GetProperty("locations")[0].GetProperty("physicalLocation").TryGetProperty("region", out _), Is.False, "a project-level finding has no region");
            Assert.That(results[2].GetProperty("level").GetString(), Is.EqualTo("note"));
        });
    }

    [Test]
    public void TheSchemaCatchesAnInvalidLog()
    {
        var sarif = Write(SarifWriter.Write).Replace("\"level\": \"note\"", "\"level\": \"informational\"", StringComparison.Ordinal);

        Assert.That(SarifSchema.Errors(sarif), Is.Not.Empty, "the validator is not a no-op");
    }

    [Test]
    public void APartialRunIsANotificationInSarifAndAListInJson()
    {
        var partial = Sample with { NotAnalyzed = [new ProjectFailure("src/Broken/Broken.csproj", "does not load")] };

        var sarif = Write(SarifWriter.Write, partial);
        using var log = JsonDocument.Parse(sarif);
        using var json = JsonDocument.Parse(Write(JsonWriter.Write, partial));
        using var complete = JsonDocument.Parse(Write(SarifWriter.Write));
        var invocation = log.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];

        Assert.Multiple(() =>
        {
            Assert.That(SarifSchema.Errors(sarif), Is.Empty);
            Assert.That(invocation.GetProperty("executionSuccessful").GetBoolean(), Is.False);
            Assert.That(invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString(),
                Is.EqualTo("not analyzed: src/Broken/Broken.csproj: does not load"));
            Assert.That(complete.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].TryGetProperty("toolExecutionNotifications", out _), Is.False);
            Assert.That(json.RootElement.GetProperty("partial").GetBoolean(), Is.True);
            Assert.That(json.RootElement.GetProperty("notAnalyzed")[0].GetProperty("reason").GetString(), Is.EqualTo("does not load"));
        });
    }

    [Test]
    public void JsonLeavesOutWhatIsAbsentAndKeepsItsOrder()
    {
        var text = Write(JsonWriter.Write, Sample with { HasBaseline = false });
        using var json = JsonDocument.Parse(text);
        var finding = json.RootElement.GetProperty("findings")[0];

        Assert.Multiple(() =>
        {
            Assert.That(finding.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
            {
                "ruleId", "severity", "message", "path", "line", "column", "endLine", "endColumn", "fingerprint", "fixable", "properties",
            }), "no baselineState without a baseline");
            Assert.That(json.RootElement.GetProperty("summary").GetProperty("rules")[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
            {
                "ruleId", "title", "error", "warning", "info", "total", "fixable", "baselined",
            }));
            Assert.That(json.RootElement.GetProperty("summary").GetProperty("total").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[]
            {
                "error", "warning", "info", "total", "fixable", "baselined", "new",
            }));
            Assert.That(text, Does.Contain("\"note\": \"a | b\"").And.Contain("\"notAnalyzed\": []"), "readable and indented, empty lists kept");
        });
    }

    [Test]
    public void MarkdownEscapesPipesAndMarksBaselinedFindings()
    {
        var markdown = Write(MarkdownWriter.Write);

        Assert.Multiple(() =>
        {
            Assert.That(markdown, Does.Contain("- `src/With Space/A.cs:1` warning _(baseline)_: uses \\| pipes"));
            Assert.That(markdown, Does.Contain("- `My.csproj` error: message"), "a project-level finding has no line");
            Assert.That(markdown, Does.Contain("| Rule | Title | Error | Warning | Info | Fixable | Baseline |"));
            Assert.That(markdown, Does.Contain("3 findings (1 error, 1 warning, 1 info), 1 fixable by `green fix`; 2 new, 1 accepted by the baseline"));
        });
    }

    [Test]
    public void JsonCarriesNumbersAndBaselineStates()
    {
        using var json = JsonDocument.Parse(Write(JsonWriter.Write));
        var root = json.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("baselineState").GetString()), Is.EqualTo(new[] { "unchanged", "new", "new" }));
            Assert.That(root.GetProperty("summary").GetProperty("total").GetProperty("new").GetInt32(), Is.EqualTo(2));
            var metric = root.GetProperty("summary").GetProperty("listPrices").GetProperty("metrics")[0];
            Assert.That(metric.TryGetProperty("current", out _), Is.False, "no price summed over sites");
            Assert.That(metric.GetProperty("pairs")[0].GetProperty("current").GetDecimal(), Is.EqualTo(5m));
            Assert.That(metric.GetProperty("pairs")[0].GetProperty("suggested").GetDecimal(), Is.EqualTo(3m));
            Assert.That(metric.GetProperty("medianSuggestedToCurrent").GetDecimal(), Is.EqualTo(0.6m));
        });
    }

    [Test]
    public void MarkdownAndTableHaveNoTrailingWhitespace()
    {
        using var table = new StringWriter();
        TableWriter.Write(Sample, Consoles.Plain(table)); // as a pipe, a log or --output gets it

        Assert.Multiple(() =>
        {
            foreach (var (format, text) in new[] { ("markdown", Write(MarkdownWriter.Write)), ("table", table.ToString()) })
            {
                Assert.That(text.Split('\n').Where(line => line.TrimEnd('\r') != line.TrimEnd()), Is.Empty, format);
                Assert.That(text, Does.Contain("$5.00").And.Contain("$3.00"), format + " shows the unit prices");
            }
        });
    }

    [Test]
    public void TableSaysWhenThereIsNothingToImprove()
    {
        using var writer = new StringWriter();
        TableWriter.Write(Sample with { Findings = [] }, Consoles.Plain(writer));

        Assert.That(writer.ToString().Trim(), Is.EqualTo("GreenAnalyzers found nothing to improve in My Service."));
    }

    private static string Write(Action<Report, TextWriter> write, Report? report = null)
    {
        using var writer = new StringWriter();
        write(report ?? Sample, writer);
        return writer.ToString();
    }
}
