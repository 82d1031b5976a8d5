using System.Text.Json;
using GreenAnalyzers.Cli.Analysis;

namespace GreenAnalyzers.Cli.Reporting;

/// <summary>The report as JSON for scripts: findings with their catalog properties, counts, and the price sums as numbers.</summary>
internal static class JsonWriter
{
    public static void Write(Report report, TextWriter writer) => JsonOutput.Write(writer, json =>
    {
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteString("name", "green");
        json.WriteString("version", Report.ToolVersion);
        json.WriteEndObject();
        json.WriteString("target", report.Target);
        json.WriteString("root", report.RootUri);
        json.WriteBoolean("partial", report.Partial);
        json.WriteStartArray("notAnalyzed");
        foreach (var failure in report.NotAnalyzed ?? [])
        {
            json.WriteStartObject();
            json.WriteString("project", failure.Project);
            json.WriteString("reason", failure.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            WriteFinding(json, finding, report.HasBaseline);
        }

        json.WriteEndArray();
        WriteSummary(json, report);
        json.WriteEndObject();
    });

    private static void WriteFinding(Utf8JsonWriter json, Finding finding, bool hasBaseline)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("severity", finding.Severity.Name());
        json.WriteString("message", finding.Message);
        json.WriteString("path", finding.Path);
        json.WriteNumber("line", finding.Line);
        json.WriteNumber("column", finding.Column);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", finding.EndColumn);
        json.WriteString("fingerprint", finding.Fingerprint);
        json.WriteBoolean("fixable", finding.Fixable);
        if (hasBaseline)
        {
            json.WriteString("baselineState", finding.Baselined ? "unchanged" : "new");
        }

        json.WriteProperties("properties", finding.Properties);
        json.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter json, Report report)
    {
        var summary = report.Summary;
        json.WriteStartObject("summary");
        json.WriteStartArray("rules");
        foreach (var row in summary.Rules)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", row.Rule!.Id);
            json.WriteString("title", row.Rule.Title);
            WriteCounts(json, row);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("total");
        WriteCounts(json, summary.Total);
        json.WriteNumber("new", report.NewCount);
        json.WriteEndObject();

        json.WriteStartObject("listPrices");
        json.WriteString("note", PriceSummary.Explanation);
        json.WriteStartArray("metrics");
        foreach (var metric in summary.Prices.Metrics)
        {
            json.WriteStartObject();
            json.WriteString("property", metric.Key);
            json.WriteString("label", metric.Label);
            json.WriteNumber("findings", metric.Findings);
            if (metric.MedianRatio is { } median)
            {
                json.WriteNumber("medianSuggestedToCurrent", Math.Round(median, 4));
            }

            // Per unit, never summed over sites: one entry per distinct change, with the sites that share it.
            json.WriteStartArray("pairs");
            foreach (var pair in metric.Pairs)
            {
                json.WriteStartObject();
                json.WriteNumber("current", pair.Current);
                json.WriteNumber("suggested", pair.Suggested);
                json.WriteNumber("findings", pair.Findings);
                if (pair.Gain is { } gain)
                {
                    json.WriteString("gain", gain);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("ruleIds");
            metric.RuleIds.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sources");
        foreach (var source in summary.Prices.Sources)
        {
            json.WriteStartObject();
            json.WriteString("name", source.Name);
            json.WriteString("date", source.Date);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter json, RuleCount row)
    {
        json.WriteNumber("error", row.Errors);
        json.WriteNumber("warning", row.Warnings);
        json.WriteNumber("info", row.Infos);
        json.WriteNumber("total", row.Total);
        json.WriteNumber("fixable", row.Fixable);
        json.WriteNumber("baselined", row.Baselined);
    }
}
