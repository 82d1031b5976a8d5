using System.ComponentModel;
using GreenAnalyzers.Cli.Analysis;
using GreenAnalyzers.Cli.Fixing;
using GreenAnalyzers.Cli.Loading;
using GreenAnalyzers.Cli.Reporting;
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
    public override Task<int> ExecuteAsync(CommandContext context, FixSettings settings, CancellationToken cancellationToken)
        => consoles.RunTimedAsync(settings.Quiet, console => RunAsync(settings, console, cancellationToken));

    /// <summary>Fix passes at most: a fix can leave or uncover a finding another fix handles (GA1003 then GA1004 on one
    /// request); more passes than this means fixes that undo each other.</summary>
    public const int MaxPasses = 3;

    private static async Task<int> RunAsync(FixSettings settings, Consoles console, CancellationToken cancellationToken)
    {
        var rules = GreenRules.Default;
        var ids = settings.Ids(rules);

        using var loaded = await settings.LoadAsync(console, cancellationToken);
        if (loaded.Projects.Count == 0)
        {
            return ExitCodes.Error;
        }

        // Counted and listed: the requested rules, or every rule (what is left includes rules without a fix).
        var scope = settings.Diagnostics.Length > 0 ? ids.ToHashSet() : rules.Rules.Select(r => r.Id).ToHashSet();
        var analyzers = GreenRules.AnalyzersFor(scope);
        var findings = new FindingFactory(rules, loaded.Target);
        var analyzer = new SolutionAnalyzer(console with { Quiet = true });
        var before = loaded.Solution;
        async Task<IReadOnlyList<Finding>> FindAsync(Solution solution, SolutionAnalyzer by)
            => (await findings.CreateAsync(await by.RunAsync(solution, loaded.Projects, analyzers, cancellationToken), cancellationToken))
                .Where(f => scope.Contains(f.RuleId)).ToList(); // an analyzer reports other rules too
        var found = await FindAsync(before, new SolutionAnalyzer(console));

        var runner = new FixRunner(rules, console);
        var pass = 0;
        var (after, current, passes, cycle) = await PassesAsync(
            before,
            loaded.Projects,
            found,
            ids,
            (solution, fixable) =>
            {
                console.Progress($"Pass {++pass}: fixing {string.Join(", ", fixable)} ...");
                return runner.ApplyAsync(solution, loaded.Projects, fixable, cancellationToken);
            },
            solution => FindAsync(solution, analyzer),
            cancellationToken);

        var files = await FixEffects.FilesAsync(before, after, cancellationToken);
        if (files.Count == 0)
        {
            console.Terminal.WriteLine(!found.Any(f => ids.Contains(f.RuleId))
                ? $"Nothing to fix: no findings of {(settings.Diagnostics.Length > 0 ? string.Join(", ", ids) : "a rule with a code fix")}."
                : "Nothing changed: no fix applies to these findings.");
            WriteLeft(console.Terminal, rules, current, cycle, passes);
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

        cancellationToken.ThrowIfCancellationRequested();
        if (!settings.DryRun && !loaded.Workspace.TryApplyChanges(after))
        {
            throw new CliException("the workspace refused to write the changes.");
        }

        Report(console.Terminal, loaded.Target, found, current, files, passes, settings.DryRun);
        WriteLeft(console.Terminal, rules, current, cycle, passes);
        console.Terminal.WriteLine("The code still compiles: the fixes add no compiler error." + (settings.DryRun ? " Nothing was written (--dry-run)." : string.Empty));
        if (loaded.Failures.Count > 0)
        {
            console.Error.WriteLine($"Partial result: {loaded.Failures.Count} project{(loaded.Failures.Count == 1 ? string.Empty : "s")} not loaded, not fixed (exit code {ExitCodes.Partial}).");
            return ExitCodes.Partial;
        }

        return ExitCodes.Success;
    }

    /// <summary>What the fix passes left: the fixed solution, its findings, the passes that changed it, and whether the
    /// next pass would have brought back a state seen before.</summary>
    internal sealed record PassResult(Solution After, IReadOnlyList<Finding> Left, int Passes, bool Cycle);

    /// <summary>Passes until no fixable finding is left, a pass changes nothing, or <see cref="MaxPasses"/>; a pass that
    /// brings back an earlier state (the text of every document) is a cycle and is not kept. <paramref name="apply"/>
    /// fixes the given rule ids, <paramref name="find"/> analyzes again: the seam the unit tests drive with fixes that
    /// undo each other, which the real rules never do.</summary>
    internal static async Task<PassResult> PassesAsync(
        Solution before,
        IReadOnlyList<ProjectId> projects,
        IReadOnlyList<Finding> found,
        IReadOnlyList<string> ids,
        Func<Solution, IReadOnlyList<string>, Task<Solution>> apply,
        Func<Solution, Task<IReadOnlyList<Finding>>> find,
        CancellationToken cancellationToken)
    {
        var after = before;
        var passes = 0;
        var seen = new HashSet<string> { await StateAsync(before, projects, cancellationToken) };
        var current = found;
        while (passes < MaxPasses)
        {
            var fixable = current.Where(f => f.Fixable && ids.Contains(f.RuleId)).Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal).ToList();
            if (fixable.Count == 0)
            {
                break;
            }

            var next = await apply(after, fixable);
            if (!seen.Add(await StateAsync(next, projects, cancellationToken)))
            {
                // The same text again: a pass that changed nothing, or fixes that undo each other.
                return new PassResult(after, current, passes, (await FixEffects.FilesAsync(after, next, cancellationToken)).Count > 0);
            }

            after = next;
            passes++;
            current = await find(after);
        }

        return new PassResult(after, current, passes, Cycle: false);
    }

    /// <summary>The text of every document of the projects, as one checksum: equal states mean fixes that undo each other.</summary>
    private static async Task<string> StateAsync(Solution solution, IReadOnlyList<ProjectId> projects, CancellationToken cancellationToken)
    {
        var hash = new System.Text.StringBuilder();
        foreach (var document in projects.SelectMany(id => solution.GetProject(id)!.Documents).OrderBy(d => d.FilePath, StringComparer.Ordinal))
        {
            var text = await document.GetTextAsync(cancellationToken);
            hash.Append(Convert.ToHexString(text.GetChecksum().AsSpan()));
        }

        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(hash.ToString())));
    }

    /// <summary>What the fixes applied, counted on the fixed code (analyzed again): findings before minus findings after,
    /// per rule.</summary>
    private static void Report(IAnsiConsole console, Target target, IReadOnlyList<Finding> found, IReadOnlyList<Finding> left, IReadOnlyList<ChangedFile> files, int passes, bool dryRun)
    {
        var perRule = found.GroupBy(f => f.RuleId)
            .Select(g => (Id: g.Key, Fixed: g.Count() - left.Count(f => f.RuleId == g.Key)))
            .Where(r => r.Fixed > 0)
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var fixedTotal = perRule.Sum(r => r.Fixed);
        var inPasses = passes > 1 ? $" in {passes} passes" : string.Empty;
        console.WriteLine($"{(dryRun ? "Would fix" : "Fixed")} {fixedTotal} of {found.Count} findings{inPasses} ({string.Join(", ", perRule.Select(r => $"{r.Id} {r.Fixed}"))}).");
        console.WriteLine($"{(dryRun ? "Would change" : "Changed")} {files.Count} file{(files.Count == 1 ? string.Empty : "s")}:");
        var paths = files.Select(f => target.Relative(f.FilePath)).ToList();
        var width = paths.Max(p => p.Length);
        for (var i = 0; i < files.Count; i++)
        {
            console.WriteLine($"  {paths[i].PadRight(width)}  {files[i].LineList()}");
        }
    }

    /// <summary>Every finding left, with why no fix removed it.</summary>
    private static void WriteLeft(IAnsiConsole console, GreenRules rules, IReadOnlyList<Finding> left, bool cycle, int passes)
    {
        if (cycle)
        {
            console.WriteLine($"Stopped after {passes} pass{(passes == 1 ? string.Empty : "es")}: the next pass would undo an earlier one (fixes in a cycle); please report it.");
        }

        if (left.Count == 0)
        {
            return;
        }

        console.WriteLine($"Left {left.Count} finding{(left.Count == 1 ? string.Empty : "s")} (each rule's page says what its fix needs):");
        var locations = left.Select(f => f.Location).ToList();
        var width = locations.Max(l => l.Length);
        for (var i = 0; i < left.Count; i++)
        {
            var finding = left[i];
            var reason = rules.FixerFor(finding.RuleId) is null
                ? "no code fix for this rule"
                : finding.Fixable
                    ? $"its fix was applied but the finding is still reported after {passes} pass{(passes == 1 ? string.Empty : "es")}"
                    : finding.Properties.TryGetValue(GreenAnalyzers.Diagnostics.PropertyKeys.ConfigurationKey, out var key)
                        ? $"the value is written in a configuration file ('{key}'): change it there"
                        : "its fix does not apply here: it needs a setting or a decision";
            console.WriteLine($"  {locations[i].PadRight(width)}  {finding.RuleId}: {reason}");
        }
    }

    private static string Describe(Diagnostic error, Target target)
    {
        var span = error.Location.GetLineSpan();
        var where = error.Location.IsInSource ? $"{target.Relative(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): " : string.Empty;
        return $"{where}{error.Id}: {error.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }
}
