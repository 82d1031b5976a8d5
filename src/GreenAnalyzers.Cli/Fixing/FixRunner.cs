using System.Collections.Immutable;
using GreenAnalyzers.Cli.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GreenAnalyzers.Cli.Fixing;

/// <summary>
/// Applies code fixes the way <c>dotnet format analyzers</c> does: one solution-scope Fix All per diagnostic id, through
/// the fixer's own <see cref="FixAllProvider"/>, with the equivalence key of the first fix it offers. Unlike dotnet
/// format, the diagnostics are computed again before each id, on the solution the previous ids left: two rules may edit
/// the same request (GA1003 and GA1004), and stale spans would point at moved code.
/// </summary>
internal sealed class FixRunner(GreenRules rules, Consoles consoles)
{
    private readonly SolutionAnalyzer _analyzer = new(consoles with { Quiet = true });

    public async Task<Solution> ApplyAsync(Solution solution, IReadOnlyList<ProjectId> projects, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        foreach (var id in ids)
        {
            var fixer = rules.FixerFor(id) ?? throw new CliException($"{id} has no code fix.");
            var results = await _analyzer.RunAsync(solution, projects, GreenRules.AnalyzersFor(new HashSet<string> { id }), cancellationToken);
            var diagnostics = results.SelectMany(r => r.Reported).Where(d => d.Id == id && d.Location.IsInSource).ToList();
            if (diagnostics.Count == 0)
            {
                continue;
            }

            if (fixer.GetFixAllProvider() is not { } fixAll)
            {
                consoles.Warning($"{id}: {fixer.GetType().Name} has no Fix All provider; skipped.");
                continue;
            }

            consoles.Progress($"Fixing {id} ({diagnostics.Count} finding{(diagnostics.Count == 1 ? string.Empty : "s")}) ...");
            var document = solution.GetDocument(diagnostics[0].Location.SourceTree)!;
            var context = new FixAllContext(
                document,
                fixer,
                FixAllScope.Solution,
                await EquivalenceKeyAsync(fixer, document, diagnostics[0], cancellationToken),
                [id],
                new KnownDiagnostics(solution, results),
                cancellationToken);
            if (await fixAll.GetFixAsync(context) is not { } action)
            {
                continue;
            }

            foreach (var operation in await action.GetOperationsAsync(cancellationToken))
            {
                if (operation is ApplyChangesOperation apply)
                {
                    solution = apply.ChangedSolution;
                }
            }
        }

        return solution;
    }

    /// <summary>The key of the first fix offered for <paramref name="diagnostic"/>, as dotnet format takes it.</summary>
    private static async Task<string?> EquivalenceKeyAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        string? key = null;
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => key ??= action.EquivalenceKey, cancellationToken));
        return key;
    }

    /// <summary>Hands Fix All the diagnostics already computed, per document and per project.</summary>
    private sealed class KnownDiagnostics(Solution solution, IReadOnlyList<ProjectDiagnostics> results) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(All(document.Project).Where(d => d.Location.SourceTree is { } tree && solution.GetDocumentId(tree) == document.Id));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(All(project).Where(d => !d.Location.IsInSource));

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(All(project));

        private ImmutableArray<Diagnostic> All(Project project)
            => results.Where(r => r.Project.Id == project.Id).SelectMany(r => r.Reported).ToImmutableArray();
    }
}
