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
            console.MarkupLineInterpolated($"GreenAnalyzers found nothing to improve in {report.Target}{(report.Partial ? $" ({report.PartialNote})" : string.Empty)}.");
            WriteNotAnalyzed(report, console);
            return;
        }

        foreach (var group in report.ByRule())
        {
            var rule = report.Rule(group.Key);
            console.WriteLine();
            var help = rule?.HelpUri is { Length: > 0 } uri ? " " + uri : string.Empty;
            console.MarkupLineInterpolated($"[bold]{group.Key}[/] {rule?.Title ?? string.Empty} [grey]({group.Count()}){help}[/]");
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
        WriteNotAnalyzed(report, console);

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

        WriteTrimmed(console, counts);

        var prices = summary.Prices;
        if (prices.Metrics.IsEmpty)
        {
            console.MarkupLine("[grey]No finding carries a list price and a suggested one.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Simple)
            .Title(PriceSummary.Title)
            .AddColumn("Price").AddColumn(new TableColumn("Today").RightAligned()).AddColumn(new TableColumn("Suggested").RightAligned())
            .AddColumn("Change per unit").AddColumn(new TableColumn("Sites").RightAligned()).AddColumn("Rules");
        foreach (var metric in prices.Metrics)
        {
            for (var i = 0; i < metric.Pairs.Length; i++)
            {
                var pair = metric.Pairs[i];
                table.AddRow(
                    Markup.Escape(i == 0 ? metric.Label : string.Empty), Markup.Escape(PriceSummary.Money(pair.Current)), Markup.Escape(PriceSummary.Money(pair.Suggested)),
                    Markup.Escape(PriceSummary.Change(pair)), pair.Findings.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", pair.RuleIds));
            }
        }

        WriteTrimmed(console, table);
        var medians = prices.Metrics.Where(m => m.Findings > 1).ToList();
        if (medians.Count > 0)
        {
            console.WriteLine("Median change per site:");
            medians.ForEach(metric => console.WriteLine("  " + PriceSummary.Median(metric)));
        }


        WriteTrimmed(console, new Text(PriceSummary.Explanation));
        if (!prices.Sources.IsEmpty)
        {
            WriteTrimmed(console, new Text("Sources: " + Sources(prices)));
        }
    }

    private static void WriteNotAnalyzed(Report report, IAnsiConsole console)
    {
        foreach (var failure in report.NotAnalyzed ?? [])
        {
            console.WriteLine("  not analyzed: " + failure);
        }
    }

    /// <summary>A table or a paragraph without the trailing blanks Spectre pads cells and wrapped lines with: pasted into a
    /// review or a log, a report has no trailing whitespace.</summary>
    private static void WriteTrimmed(IAnsiConsole console, Spectre.Console.Rendering.IRenderable renderable)
    {
        using var text = new StringWriter();
        Consoles.Plain(text, console.Profile.Width).Write(renderable);
        foreach (var line in text.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
        {
            console.WriteLine(line.TrimEnd());
        }
    }

    /// <summary>"11 findings (5 warnings, 6 info), 9 fixable by `green fix`" and, with a baseline, how many are new.</summary>
    public static string Headline(Report report)
    {
        var total = report.Summary.Total;
        var parts = new[] { (total.Errors, "error"), (total.Warnings, "warning"), (total.Infos, "info") }
            .Where(p => p.Item1 > 0)
            .Select(p => $"{p.Item1} {p.Item2}{(p.Item1 == 1 || p.Item2 == "info" ? string.Empty : "s")}");
        var text = $"{total.Total} finding{(total.Total == 1 ? string.Empty : "s")} ({string.Join(", ", parts)}), {total.Fixable} fixable by `green fix`";
        text = report.HasBaseline ? $"{text}; {report.NewCount} new, {total.Baselined} accepted by the baseline" : text;
        return report.Partial ? $"{text}; {report.PartialNote}" : text;
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
