using GreenAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.CodeFixes;

/// <summary>The text edit a value diagnostic asks for, and how to apply many of them at once.</summary>
internal sealed record ValueEdit(SyntaxTree Tree, TextSpan Span, string NewText)
{
    public static ValueEdit? From(Diagnostic diagnostic)
    {
        if (diagnostic.AdditionalLocations.Count == 0
            || diagnostic.AdditionalLocations[0] is not { SourceTree: { } tree } location
            || !diagnostic.Properties.TryGetValue(PropertyKeys.Replacement, out var replacement)
            || replacement is null)
        {
            return null;
        }

        return new ValueEdit(tree, location.SourceSpan, replacement);
    }

    /// <summary>Applies the edits of all <paramref name="diagnostics"/>. Several sinks sharing one constant ask for the
    /// same edit; it is made once. Of two different edits to overlapping text, the first wins.</summary>
    public static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editsByDocument = new Dictionary<DocumentId, List<ValueEdit>>();
        foreach (var edit in diagnostics.Select(From).OfType<ValueEdit>().Distinct())
        {
            if (solution.GetDocumentId(edit.Tree) is not { } documentId)
            {
                continue;
            }

            if (!editsByDocument.TryGetValue(documentId, out var edits))
            {
                editsByDocument[documentId] = edits = new List<ValueEdit>();
            }

            if (!edits.Any(other => other.Span.OverlapsWith(edit.Span) || other.Span == edit.Span))
            {
                edits.Add(edit);
            }
        }

        foreach (var pair in editsByDocument)
        {
            var document = solution.GetDocument(pair.Key)!;
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var changes = pair.Value.Select(edit => new TextChange(edit.Span, edit.NewText));
            solution = solution.WithDocumentText(pair.Key, text.WithChanges(changes));
        }

        return solution;
    }
}
