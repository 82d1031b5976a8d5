using System.ComponentModel;
using GreenAnalyzers.Cli.Analysis;
using GreenAnalyzers.Cli.Fixing;
using GreenAnalyzers.Cli.Loading;
using Microsoft.CodeAnalysis;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GreenAnalyzers.Cli.Commands;

internal sealed class FixSettings : TargetSettings
{
    [CommandOption("-d|--diagnostics <IDS>")]
    [Description("Rule ids to fix, comma-separated or repeated (default: every rule with a code fix).")]
    public string[] Diagnostics { get; set; } = [];

    [CommandOption("--dry-run")]
    [Description("Report what would change; write nothing.")]
    public bool DryRun { get; set; }

    /// <summary>The requested ids, upper-cased and checked against the fixable ones.</summary>
    public IReadOnlyList<string> Ids(GreenRules rules)
    {
        var requested = Diagnostics.SelectMany(d => d.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(d => d.ToUpperInvariant())
            .Distinct()
            .ToList();
        var unknown = requested.Where(id => rules.Rule(id) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new CliException($"unknown rule {string.Join(", ", unknown)}; fixable rules: {string.Join(", ", rules.FixableIds)}.");
        }

        var unfixable = requested.Where(id => !rules.FixableIds.Contains(id)).ToList();
        if (unfixable.Count > 0)
        {
            throw new CliException($"no code fix for {string.Join(", ", unfixable)}; fixable rules: {string.Join(", ", rules.FixableIds)}.");
        }

        return requested.Count == 0 ? rules.FixableIds.ToList() : requested.Order(StringComparer.Ordinal).ToList();
    }
}

/// <summary><c>green fix</c>: Fix All at solution scope, checked to compile before anything is written.</summary>
internal sealed class FixCommand(Consoles consoles) : AsyncCommand<FixSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, FixSettings settings, CancellationToken cancellationToken)
    {
        var console = consoles with { Quiet = settings.Quiet };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var exitCode = await RunAsync(settings, console, cancellationToken);
        console.Finished(clock.Elapsed);
        return exitCode;
    }

    private static async Task<int> RunAsync(FixSettings settings, Consoles console, CancellationToken cancellationToken)
    {
        var rules = GreenRules.Default;
        var ids = settings.Ids(rules);

        using var loaded = await settings.LoadAsync(console, cancellationToken);
        var analyzers = rules.AnalyzersFor(ids.ToHashSet());
        var analyzer = new SolutionAnalyzer(console);
        var before = loaded.Solution;
        var found = Count(await analyzer.RunAsync(before, loaded.Projects, analyzers, cancellationToken), ids);

        var after = await new FixRunner(rules, console).ApplyAsync(before, loaded.Projects, ids, cancellationToken);
        var files = await FixEffects.FilesAsync(before, after, cancellationToken);
        if (files.Count == 0)
        {
            console.Terminal.WriteLine(found.Values.Sum() == 0
                ? $"Nothing to fix: no {string.Join(", ", ids)} findings."
                : $"Nothing changed: the {found.Values.Sum()} findings have no applicable fix (see each rule's page for what a fix needs).");
            return ExitCodes.Success;
        }

        console.Progress("Compiling the fixed code ...");
        var errors = await FixEffects.NewErrorsAsync(before, after, cancellationToken);
        if (errors.Count > 0)
        {
            console.Fail($"the fixes would not compile ({errors.Count} new errors); nothing was written.");
            foreach (var error in errors.Take(10))
            {
                console.Error.WriteLine("  " + Describe(error, loaded.Target));
            }

            return ExitCodes.Error;
        }

        var left = Count(await new SolutionAnalyzer(console with { Quiet = true }).RunAsync(after, loaded.Projects, analyzers, cancellationToken), ids);
        Report(console.Terminal, loaded.Target, found, left, files, settings.DryRun);

        if (!settings.DryRun && !loaded.Workspace.TryApplyChanges(after))
        {
            throw new CliException("the workspace refused to write the changes.");
        }

        return ExitCodes.Success;
    }

    private static Dictionary<string, int> Count(IEnumerable<ProjectDiagnostics> results, IReadOnlyList<string> ids)
        => ids.ToDictionary(id => id, id => results.SelectMany(r => r.Reported).Where(d => d.Id == id)
            .Select(d => (d.Location.SourceTree?.FilePath, d.Location.SourceSpan)).Distinct().Count());

    private static void Report(IAnsiConsole console, Target target, Dictionary<string, int> found, Dictionary<string, int> left, IReadOnlyList<ChangedFile> files, bool dryRun)
    {
        var fixedCounts = found.Where(p => p.Value > left[p.Key]).Select(p => $"{p.Key} {p.Value - left[p.Key]}").ToList();
        var fixedTotal = found.Sum(p => Math.Max(0, p.Value - left[p.Key]));
        console.WriteLine($"{(dryRun ? "Would fix" : "Fixed")} {fixedTotal} of {found.Values.Sum()} findings ({string.Join(", ", fixedCounts)}).");
        console.WriteLine($"{(dryRun ? "Would change" : "Changed")} {files.Count} file{(files.Count == 1 ? string.Empty : "s")}:");
        var paths = files.Select(f => target.Relative(f.FilePath)).ToList();
        var width = paths.Max(p => p.Length);
        for (var i = 0; i < files.Count; i++)
        {
            console.WriteLine($"  {paths[i].PadRight(width)}  {files[i].LineList()}");
        }
        var remaining = left.Where(p => p.Value > 0).Select(p => $"{p.Key} {p.Value}").ToList();
        if (remaining.Count > 0)
        {
            console.WriteLine($"Not fixed automatically: {string.Join(", ", remaining)} (the fix needs a setting or a decision; see the rule pages).");
        }

        console.WriteLine("The code still compiles: the fixes add no compiler error." + (dryRun ? " Nothing was written (--dry-run)." : string.Empty));
    }

    private static string Describe(Diagnostic error, Target target)
    {
        var span = error.Location.GetLineSpan();
        var where = error.Location.IsInSource ? $"{target.Relative(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): " : string.Empty;
        return $"{where}{error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
