using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Cli.Fixing;

/// <summary>A file the fixes changed, with the lines (in the new text) they touched.</summary>
internal sealed record ChangedFile(string FilePath, IReadOnlyList<int> Lines)
{
    /// <summary>"lines 8, 11, 14-16".</summary>
    public string LineList()
    {
        var ranges = new List<string>();
        for (var i = 0; i < Lines.Count; i++)
        {
            var start = Lines[i];
            while (i + 1 < Lines.Count && Lines[i + 1] == Lines[i] + 1)
            {
                i++;
            }

            ranges.Add(start == Lines[i] ? $"{start}" : $"{start}-{Lines[i]}");
        }

        return (Lines.Count == 1 ? "line " : "lines ") + string.Join(", ", ranges);
    }
}

/// <summary>What the fixes did to a solution, and whether it still compiles.</summary>
internal static class FixEffects
{
    public static async Task<IReadOnlyList<ChangedFile>> FilesAsync(Solution before, Solution after, CancellationToken cancellationToken)
    {
        var files = new List<ChangedFile>();
        foreach (var projectChanges in after.GetChanges(before).GetProjectChanges())
        {
            foreach (var id in projectChanges.GetChangedDocuments(onlyGetDocumentsWithTextChanges: true))
            {
                var oldDocument = before.GetDocument(id)!;
                var newDocument = after.GetDocument(id)!;
                var newText = await newDocument.GetTextAsync(cancellationToken);
                var changes = await newDocument.GetTextChangesAsync(oldDocument, cancellationToken);
                files.Add(new ChangedFile(newDocument.FilePath ?? newDocument.Name, ChangedLines(changes, newText)));
            }
        }

        return files.DistinctBy(f => f.FilePath).OrderBy(f => f.FilePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>Changes are spans of the old text; shift each by what the earlier ones added to find it in the new text.</summary>
    private static List<int> ChangedLines(IEnumerable<TextChange> changes, SourceText newText)
    {
        var lines = new SortedSet<int>();
        var delta = 0;
        foreach (var change in changes.OrderBy(c => c.Span.Start))
        {
            var start = change.Span.Start + delta;
            var length = change.NewText?.Length ?? 0;
            var span = newText.Lines.GetLinePositionSpan(new TextSpan(start, length));
            // An inserted "line\n" ends at column 0 of the next line, which it did not touch.
            var last = span.End.Character == 0 && span.End.Line > span.Start.Line ? span.End.Line - 1 : span.End.Line;
            for (var line = span.Start.Line; line <= last; line++)
            {
                lines.Add(line + 1);
            }

            delta += length - change.Span.Length;
        }

        return lines.ToList();
    }

    /// <summary>Compiler errors in <paramref name="after"/> that <paramref name="before"/> did not have (by id and message:
    /// the fixes move lines), in the changed projects and every project that depends on them.</summary>
    public static async Task<IReadOnlyList<Diagnostic>> NewErrorsAsync(Solution before, Solution after, CancellationToken cancellationToken)
    {
        var graph = after.GetProjectDependencyGraph();
        var affected = after.GetChanges(before).GetProjectChanges()
            .SelectMany(p => graph.GetProjectsThatTransitivelyDependOnThisProject(p.ProjectId).Append(p.ProjectId))
            .Distinct();
        var added = new List<Diagnostic>();
        foreach (var id in affected)
        {
            var old = await ErrorsAsync(before.GetProject(id)!, cancellationToken);
            foreach (var error in await ErrorsAsync(after.GetProject(id)!, cancellationToken))
            {
                var match = old.FindIndex(e => Key(e) == Key(error));
                if (match >= 0)
                {
                    old.RemoveAt(match);
                }
                else
                {
                    added.Add(error);
                }
            }
        }

        return added;

        static string Key(Diagnostic d) => d.Id + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<List<Diagnostic>> ErrorsAsync(Project project, CancellationToken cancellationToken)
    {
        var compilation = await project.GetCompilationAsync(cancellationToken);
        return compilation?.GetDiagnostics(cancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList() ?? [];
    }
}
