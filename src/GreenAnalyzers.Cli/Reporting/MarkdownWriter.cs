using System.Globalization;
using System.Text;
using GreenAnalyzers.Cli.Analysis;

namespace GreenAnalyzers.Cli.Reporting;

/// <summary>A pull-request comment: the summary first, then the findings by rule.</summary>
internal static class MarkdownWriter
{
    public static void Write(Report report, TextWriter writer)
    {
        var md = new StringBuilder();
        md.Append("## GreenAnalyzers: ").AppendLine(Cell(report.Target)).AppendLine();
        if (report.Findings.Count == 0)
        {
            md.AppendLine(report.Partial ? $"No findings; {report.PartialNote}." : "No findings.");
            AppendNotAnalyzed(report, md);
            writer.Write(md.ToString());
            return;
        }

        md.AppendLine(TableWriter.Headline(report)).AppendLine();
        AppendNotAnalyzed(report, md);
        var summary = report.Summary;
        var baseline = report.HasBaseline ? " Baseline |" : string.Empty;
        md.AppendLine("| Rule | Title | Error | Warning | Info | Fixable |" + baseline);
        md.AppendLine("|---|---|--:|--:|--:|--:|" + (report.HasBaseline ? "--:|" : string.Empty));
        foreach (var row in summary.Rules.Append(summary.Total))
        {
            var id = row.Rule is null ? "**Total**" : $"[{row.Rule.Id}]({row.Rule.HelpUri})";
            md.Append(CultureInfo.InvariantCulture, $"| {id} | {Cell(row.Rule?.Title ?? string.Empty)} | {row.Errors} | {row.Warnings} | {row.Infos} | {row.Fixable} |");
            md.AppendLine(report.HasBaseline ? string.Create(CultureInfo.InvariantCulture, $" {row.Baselined} |") : string.Empty);
        }

        var prices = summary.Prices;
        if (!prices.Metrics.IsEmpty)
        {
            md.AppendLine().Append("### ").AppendLine(PriceSummary.Title).AppendLine();
            md.AppendLine("| Price | Today | Suggested | Change per unit | Sites | Rules |");
            md.AppendLine("|---|--:|--:|---|--:|---|");
            foreach (var metric in prices.Metrics)
            {
                for (var i = 0; i < metric.Pairs.Length; i++)
                {
                    var pair = metric.Pairs[i];
                    md.AppendLine(CultureInfo.InvariantCulture,
                        $"| {(i == 0 ? Cell(metric.Label) : string.Empty)} | {PriceSummary.Money(pair.Current)} | {PriceSummary.Money(pair.Suggested)} | {Cell(PriceSummary.Change(pair))} | {pair.Findings} | {string.Join(", ", pair.RuleIds)} |");
                }
            }

            var medians = prices.Metrics.Where(m => m.Findings > 1).Select(m => "- " + Cell(PriceSummary.Median(m))).ToList();
            if (medians.Count > 0)
            {
                md.AppendLine().AppendLine("Median change per site:").AppendLine();
                medians.ForEach(line => md.AppendLine(line));
            }

            md.AppendLine().Append('_').Append(PriceSummary.Explanation).AppendLine("_");
            if (!prices.Sources.IsEmpty)
            {
                md.AppendLine().Append("Sources: ").AppendLine(Cell(TableWriter.Sources(prices)));
            }
        }

        md.AppendLine().AppendLine("### Findings");
        foreach (var group in report.ByRule())
        {
            var rule = report.Rule(group.Key);
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"#### {group.Key} {Cell(rule?.Title ?? string.Empty)} ({group.Count()})").AppendLine();
            foreach (var finding in group)
            {
                var status = finding.Baselined ? " _(baseline)_" : string.Empty;
                md.AppendLine(CultureInfo.InvariantCulture, $"- `{finding.Location}` {finding.Severity.Name()}{status}: {Cell(finding.Message)}");
            }
        }

        writer.Write(md.ToString());
    }

    private static void AppendNotAnalyzed(Report report, StringBuilder md)
    {
        if (report.Partial)
        {
            md.AppendLine("**Partial result.** Not analyzed:").AppendLine();
            foreach (var failure in report.NotAnalyzed!)
            {
                md.Append("- `").Append(failure.Project).Append("`: ").AppendLine(Cell(failure.Reason));
            }

            md.AppendLine();
        }
    }

    /// <summary>Text safe inside a table cell or list item: pipes escaped, no line breaks.</summary>
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
