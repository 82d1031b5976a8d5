using System.Collections.Immutable;
using System.Diagnostics;
using GreenAnalyzers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Cli.Analysis;

/// <summary>The diagnostics of one project: what the rules report (after the project's own severity settings) and the
/// compiler's errors, which make findings incomplete.</summary>
internal sealed record ProjectDiagnostics(Project Project, ImmutableArray<Diagnostic> Reported, ImmutableArray<Diagnostic> CompilerErrors);

/// <summary>Runs analyzers over projects with each project's own <see cref="AnalyzerOptions"/>: its .editorconfig,
/// .globalconfig and preset files decide options and severities exactly as in a build.</summary>
internal sealed class SolutionAnalyzer(Consoles consoles)
{
    public async Task<IReadOnlyList<ProjectDiagnostics>> RunAsync(
        Solution solution, IReadOnlyList<ProjectId> projects, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        var ids = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var results = new List<ProjectDiagnostics>();
        for (var i = 0; i < projects.Count; i++)
        {
            var project = solution.GetProject(projects[i])!;
            consoles.Progress($"[{i + 1}/{projects.Count}] Analyzing {project.Name} ...");
            results.Add(await RunAsync(project, analyzers, ids, cancellationToken));
        }

        return results;
    }

    private async Task<ProjectDiagnostics> RunAsync(Project project, ImmutableArray<DiagnosticAnalyzer> analyzers, HashSet<string> ids, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken)
            ?? throw new CliException($"{project.Name} has no compilation.");
        var options = new CompilationWithAnalyzersOptions(
            project.AnalyzerOptions,
            onAnalyzerException: (exception, analyzer, _) => consoles.Warning(Failure(exception, analyzer, project.Name)),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);

        // One pass for compiler and analyzer diagnostics: the tree is bound once.
        var all = await compilation.WithAnalyzers(analyzers, options).GetAllDiagnosticsAsync(cancellationToken);
        var reported = all.Where(d => ids.Contains(d.Id) && !d.IsSuppressed && Severities.From(d.Severity) is not null).ToImmutableArray();
        var errors = all.Where(d => d.Severity == DiagnosticSeverity.Error && !ids.Contains(d.Id)).ToImmutableArray();
        return new ProjectDiagnostics(project, reported, errors);
    }

    /// <summary>What an analyzer's crash is reported as. Every rule runs inside <see cref="RuleHost"/>, so the analyzer
    /// alone would always say "RuleHost": the rule named is the first rule class (a <see cref="GreenAnalyzer"/> other
    /// than the host) on the exception's stack, its own code or a lambda in it; the analyzer when there is none.</summary>
    internal static string Failure(Exception exception, DiagnosticAnalyzer analyzer, string projectName)
    {
        var name = analyzer.GetType().Name;
        var rule = FailingRule(exception);
        return $"{(rule is null || rule == analyzer.GetType() ? name : $"{rule.Name} (in {name})")} failed in {projectName}: {exception.Message}";
    }

    private static Type? FailingRule(Exception exception)
    {
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: false).GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            while (type?.DeclaringType is { } outer)
            {
                type = outer; // a lambda's closure class or a nested helper: the rule that declares it
            }

            if (type is not null && !type.IsAbstract && typeof(GreenAnalyzer).IsAssignableFrom(type) && type != typeof(RuleHost))
            {
                return type;
            }
        }

        return null;
    }
}
