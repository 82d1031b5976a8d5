using System.ComponentModel;
using GreenAnalyzers.Cli.Analysis;
using GreenAnalyzers.Cli.Baselines;
using GreenAnalyzers.Cli.Loading;
using GreenAnalyzers.Cli.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GreenAnalyzers.Cli.Commands;

internal enum ReportFormat
{
    Table,
    Markdown,
    Sarif,
    Json,
}

internal sealed class AnalyzeSettings : TargetSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("table (for a terminal), markdown (a pull-request comment), sarif (SARIF 2.1.0) or json.")]
    [DefaultValue("table")]
    [TypeConverter(typeof(ReportFormatConverter))]
    public ReportFormat Format { get; set; }

    [CommandOption("-o|--output <FILE>")]
    [Description("Write the report to this file instead of stdout.")]
    public string? Output { get; set; }

    [CommandOption("--fail-on <SEVERITY>")]
    [Description("Exit with code 1 when a new finding has this severity or higher: none, info, warning or error.")]
    [DefaultValue("error")]
    [TypeConverter(typeof(FailOnConverter))]
    public FailOn FailOn { get; set; }

    [CommandOption("--baseline <FILE>")]
    [Description("Findings recorded in this file are accepted: they are reported but never fail the run.")]
    public string? Baseline { get; set; }

    [CommandOption("--update-baseline")]
    [Description("Record every current finding in the --baseline file (created or replaced).")]
    public bool UpdateBaseline { get; set; }

    public override ValidationResult Validate()
        => UpdateBaseline && Baseline is null
            ? ValidationResult.Error("--update-baseline needs --baseline <FILE>.")
            : ValidationResult.Success();
}

/// <summary><c>green analyze</c>: findings, summary, policy exit code.</summary>
internal sealed class AnalyzeCommand(Consoles consoles) : AsyncCommand<AnalyzeSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, AnalyzeSettings settings, CancellationToken cancellationToken)
        => consoles.RunTimedAsync(settings.Quiet, console => RunAsync(settings, console, cancellationToken));

    private static async Task<int> RunAsync(AnalyzeSettings settings, Consoles console, CancellationToken cancellationToken)
    {
        var baseline = settings.Baseline is not null && !settings.UpdateBaseline ? Baseline.Read(settings.Baseline) : null;

        using var loaded = await settings.LoadAsync(console, cancellationToken);
        if (loaded.Projects.Count == 0)
        {
            // Every project failed, each already named on its own line: there is nothing to report.
            return ExitCodes.Error;
        }

        var rules = GreenRules.Default;
        var results = await new SolutionAnalyzer(console).RunAsync(loaded.Solution, loaded.Projects, rules.Analyzers, cancellationToken);
        foreach (var result in results.Where(r => r.CompilerErrors.Length > 0))
        {
            console.Warning($"{result.Project.Name} does not compile ({result.CompilerErrors.Length} errors, first: {result.CompilerErrors[0]}); findings there may be incomplete.");
        }

        var findings = await new FindingFactory(rules, loaded.Target).CreateAsync(results, cancellationToken);
        var partial = loaded.Failures.Count > 0;
        if (settings.UpdateBaseline && partial)
        {
            // A baseline recorded without some projects would report all their findings as new once they load.
            console.Fail($"the baseline '{settings.Baseline}' was not updated: the result is partial.");
        }
        else if (settings.UpdateBaseline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Baseline.Write(settings.Baseline!, findings);
            console.Progress($"Recorded {findings.Count} findings in {settings.Baseline}.");
            baseline = Baseline.Read(settings.Baseline!);
        }

        findings = baseline?.Apply(findings) ?? findings;
        var report = new Report(Target.Display(settings.Path), loaded.Target.RootUri, findings, rules.Rules, baseline is not null, loaded.Failures);
        cancellationToken.ThrowIfCancellationRequested();
        Write(report, settings, console, cancellationToken);

        var failing = findings.Count(f => !f.Baselined && settings.FailOn.Fails(f.Severity));
        if (failing > 0)
        {
            console.Error.MarkupLineInterpolated($"{failing} new finding{(failing == 1 ? string.Empty : "s")} at or above --fail-on {OptionValueConverter<FailOn>.Name(settings.FailOn)}.");
        }

        if (partial)
        {
            console.Error.WriteLine($"Partial result: {loaded.Failures.Count} project{(loaded.Failures.Count == 1 ? string.Empty : "s")} not analyzed (exit code {ExitCodes.Partial}).");
            return ExitCodes.Partial;
        }

        return failing > 0 ? ExitCodes.FindingsFailed : ExitCodes.Success;
    }

    private static void Write(Report report, AnalyzeSettings settings, Consoles consoles, CancellationToken cancellationToken)
    {
        var format = OptionValueConverter<ReportFormat>.Name(settings.Format);
        if (settings.Output is null)
        {
            Write(report, settings.Format, consoles.Out, consoles.Terminal);
            return;
        }

        AtomicFile.Write(settings.Output, format + " report", writer => Write(report, settings.Format, writer, Consoles.Plain(writer)), cancellationToken);
        consoles.Progress($"Wrote the {format} report to {settings.Output}: {TableWriter.Headline(report)}.");
    }

    private static void Write(Report report, ReportFormat format, TextWriter writer, IAnsiConsole console)
    {
        switch (format)
        {
            case ReportFormat.Markdown:
                MarkdownWriter.Write(report, writer);
                break;
            case ReportFormat.Sarif:
                SarifWriter.Write(report, writer);
                break;
            case ReportFormat.Json:
                JsonWriter.Write(report, writer);
                break;
            default:
                TableWriter.Write(report, console);
                break;
        }
    }
}
