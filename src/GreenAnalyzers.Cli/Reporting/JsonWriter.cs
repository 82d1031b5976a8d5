using GreenAnalyzers.Cli.Analysis;

namespace GreenAnalyzers.Cli.Reporting;

/// <summary>The report as JSON for scripts (<see cref="JsonReport"/>): findings with their catalog properties, counts,
/// and the unit prices as numbers.</summary>
internal static class JsonWriter
{
    public static void Write(Report report, TextWriter writer) => JsonOutput.Write(writer, Document(report), ReportJsonContext.Default.JsonReport);

    public static JsonReport Document(Report report) => new(
        new JsonTool("green", Report.ToolVersion),
        report.Target,
        report.RootUri,
        report.Partial,
        report.NotAnalyzed ?? [],
        [.. report.Findings.Select(finding => Finding(finding, report.HasBaseline))],
        Summary(report));

    private static JsonFinding Finding(Finding finding, bool hasBaseline) => new(
        finding.RuleId,
        finding.Severity.Name(),
        finding.Message,
        finding.Path,
        finding.Line,
        finding.Column,
        finding.EndLine,
        finding.EndColumn,
        finding.Fingerprint,
        finding.Fixable,
        hasBaseline ? SarifWriter.BaselineState(finding) : null,
        finding.Properties);

    private static JsonSummary Summary(Report report)
    {
        var summary = report.Summary;
        return new JsonSummary(
            [.. summary.Rules.Select(row => Counts(row) with { RuleId = row.Rule!.Id, Title = row.Rule.Title })],
            Counts(summary.Total) with { New = report.NewCount },
            new JsonListPrices(
                PriceSummary.Explanation,
                [.. summary.Prices.Metrics.Select(Metric)],
                summary.Prices.Sources));
    }

    private static JsonCounts Counts(RuleCount row) => new(null, null, row.Errors, row.Warnings, row.Infos, row.Total, row.Fixable, row.Baselined, null);

    /// <summary>Per unit, never summed over sites: one pair per distinct change, with the sites that share it.</summary>
    private static JsonPriceMetric Metric(PriceMetric metric) => new(
        metric.Key,
        metric.Label,
        metric.Findings,
        metric.MedianRatio is { } median ? Math.Round(median, 4) : null,
        [.. metric.Pairs.Select(pair => new JsonPricePair(pair.Current, pair.Suggested, pair.Findings, pair.Gain))],
        metric.RuleIds);
}
