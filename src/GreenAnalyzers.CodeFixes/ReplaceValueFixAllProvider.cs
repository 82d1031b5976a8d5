using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GreenAnalyzers.CodeFixes;

/// <summary>
/// Fix All for value replacements, in a document, project or solution (what <c>dotnet format analyzers</c> asks for).
/// The batch fixer of Roslyn edits only the documents that hold diagnostics and drops conflicting edits; a value's
/// write site can sit in another document (a shared <c>const</c>) and be named by many diagnostics, so the edits are
/// collected across the scope, de-duplicated and applied once. Every diagnostic of the requested ids is fixed, whatever
/// the equivalence key: <c>dotnet format</c> takes the key from the first diagnostic it finds, which may belong to
/// another rule of the same analyzer.
/// </summary>
internal sealed class ReplaceValueFixAllProvider : FixAllProvider
{
    public static readonly ReplaceValueFixAllProvider Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
        => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (var project in ProjectsInScope(fixAllContext))
        {
            var found = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is { } document
                ? await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)
                : await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
            diagnostics.AddRange(found.Where(diagnostic => fixAllContext.DiagnosticIds.Contains(diagnostic.Id)));
        }

        if (diagnostics.Count == 0)
        {
            return null;
        }

        var solution = fixAllContext.Solution;
        return CodeAction.Create(
            "Replace values with their greener alternatives",
            cancellationToken => ValueEdit.ApplyAsync(solution, diagnostics, cancellationToken),
            fixAllContext.CodeActionEquivalenceKey ?? ReplaceValueCodeFixProvider.EquivalenceKey(diagnostics[0].Id));
    }

    private static IEnumerable<Project> ProjectsInScope(FixAllContext context) => context.Scope switch
    {
        FixAllScope.Solution => context.Solution.Projects,
        _ => new[] { context.Project },
    };
}
