using GreenAnalyzers.Cli.Analysis;
using Spectre.Console;

namespace GreenAnalyzers.Cli.Reporting;

/// <summary>The terminal report: findings grouped by rule, then the summary (what a reviewer pastes).</summary>
internal static class TableWriter
{
    public static void Write(Report report, IAnsiConsole console)
    {
        if (report.Findings.Count == 0)
        {
            console.MarkupLineInterpolated($"GreenAnalyzers found nothing to improve in {report.Target}.");
            return;
        }

        foreach (var group in report.ByRule())
        {
            var rule = report.Rule(group.Key);
            console.WriteLine();
            console.MarkupLineInterpolated($"[bold]{group.Key}[/] {rule?.Title ?? string.Empty} [grey]({group.Count()}) {rule?.HelpUri ?? string.Empty}[/]");
            var width = group.Max(f => f.Location.Length);
            foreach (var finding in group)
            {
                var status = finding.Baselined ? " [grey](baseline)[/]" : string.Empty;
                console.MarkupLine($"  {Markup.Escape(finding.Location.PadRight(width))}  {Style(finding.Severity)}{status}: {Markup.Escape(finding.Message)}");
            }
        }

        console.WriteLine();
        WriteSummary(report, console);
    }

    private static void WriteSummary(Report report, IAnsiConsole console)
    {
        var summary = report.Summary;
        console.MarkupLineInterpolated($"[bold]GreenAnalyzers summary: {report.Target}[/]");
        console.MarkupLine(Markup.Escape(Headline(report)));

        var counts = new Table().Border(TableBorder.Simple)
            .AddColumn("Rule").AddColumn("Title")
            .AddColumn(new TableColumn("Error").RightAligned())
            .AddColumn(new TableColumn("Warning").RightAligned())
            .AddColumn(new TableColumn("Info").RightAligned())
            .AddColumn(new TableColumn("Fixable").RightAligned());
        if (report.HasBaseline)
        {
            counts.AddColumn(new TableColumn("Baseline").RightAligned());
        }

        foreach (var row in summary.Rules.Append(summary.Total))
        {
            var cells = new List<string> { row.Rule?.Id ?? "Total", row.Rule?.Title ?? string.Empty, Count(row.Errors), Count(row.Warnings), Count(row.Infos), Count(row.Fixable) };
            if (report.HasBaseline)
            {
                cells.Add(Count(row.Baselined));
            }

            counts.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        console.Write(counts);

        var prices = summary.Prices;
        if (prices.Metrics.IsEmpty)
        {
            console.MarkupLine("[grey]No finding carries a list price and a suggested one.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple)
            .Title("List prices (catalog, not a bill)")
            .AddColumn("Price").AddColumn(new TableColumn("Findings").RightAligned()).AddColumn("Rules")
            .AddColumn(new TableColumn("Today").RightAligned()).AddColumn(new TableColumn("Suggested").RightAligned()).AddColumn("Change");
        foreach (var metric in prices.Metrics)
        {
            table.AddRow(
                Markup.Escape(metric.Label), metric.Findings.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", metric.RuleIds),
                Markup.Escape(PriceSummary.Money(metric.Current)), Markup.Escape(PriceSummary.Money(metric.Suggested)), Markup.Escape(PriceSummary.Change(metric)));
        }

        console.Write(table);
        console.WriteLine(PriceSummary.Explanation);
        console.WriteLine("Sources: " + Sources(prices));
    }

    /// <summary>"11 findings (5 warnings, 6 info), 9 fixable by `green fix`" and, with a baseline, how many are new.</summary>
    public static string Headline(Report report)
    {
        var total = report.Summary.Total;
        var parts = new[] { (total.Errors, "error"), (total.Warnings, "warning"), (total.Infos, "info") }
            .Where(p => p.Item1 > 0)
            .Select(p => $"{p.Item1} {p.Item2}{(p.Item1 == 1 || p.Item2 == "info" ? string.Empty : "s")}");
        var text = $"{total.Total} finding{(total.Total == 1 ? string.Empty : "s")} ({string.Join(", ", parts)}), {total.Fixable} fixable by `green fix`";
        return report.HasBaseline ? $"{text}; {report.NewCount} new, {total.Baselined} accepted by the baseline" : text;
    }

    public static string Sources(PriceSummary prices)
        => string.Join("; ", prices.Sources.Select(s => s.Date.Length == 0 ? s.Name : $"{s.Name} ({s.Date})"));

    private static string Count(int count) => count == 0 ? "-" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Style(Severity severity) => severity switch
    {
        Severity.Error => "[red]error[/]",
        Severity.Warning => "[yellow]warning[/]",
        _ => "[blue]info[/]",
    };
}
