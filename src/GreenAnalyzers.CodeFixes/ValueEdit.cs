using GreenAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.CodeFixes;

/// <summary>A value a diagnostic asks to write where it is written (<see cref="SyntaxEdit.WriteString"/>,
/// <see cref="SyntaxEdit.WriteMember"/>), and how to apply many of them at once.</summary>
internal sealed record ValueEdit(SyntaxTree Tree, TextSpan Span, string Kind, FixValue Value)
{
    private static readonly char[] RawUnsafe = ['"', '\r', '\n'];
    private static readonly char[] RawInterpolatedUnsafe = ['"', '\r', '\n', '{', '}'];

    /// <summary>The diagnostic's value edits, or null when it has none or its script is not made of them only.</summary>
    public static IReadOnlyList<ValueEdit>? From(Diagnostic diagnostic)
    {
        if (FixData.Read(diagnostic) is not { } steps)
        {
            return null;
        }

        var edits = new List<ValueEdit>(steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] is not { Kind: SyntaxEdit.WriteString or SyntaxEdit.WriteMember, Value: { } value }
                || diagnostic.AdditionalLocations[i] is not { SourceTree: { } tree } location)
            {
                return null;
            }

            edits.Add(new ValueEdit(tree, location.SourceSpan, steps[i].Kind, value));
        }

        return edits;
    }

    /// <summary>Whether every edit can be written where it goes (a raw literal cannot take a quote): else no fix is offered.</summary>
    public static async Task<bool> CanWriteAllAsync(IReadOnlyList<ValueEdit> edits, CancellationToken cancellationToken)
    {
        foreach (var edit in edits)
        {
            if (edit.NewText(await edit.Tree.GetRootAsync(cancellationToken).ConfigureAwait(false)) is null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Applies the edits of all <paramref name="diagnostics"/>. Several sinks sharing one constant ask for the
    /// same edit; it is made once. Of two different edits to overlapping text, the first wins.</summary>
    public static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var editsByDocument = new Dictionary<DocumentId, List<ValueEdit>>();
        foreach (var edit in diagnostics.SelectMany(d => From(d) ?? Array.Empty<ValueEdit>()).Distinct())
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
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var changes = new List<TextChange>();
            foreach (var edit in pair.Value)
            {
                if (root is not null && edit.NewText(root) is { } newText)
                {
                    changes.Add(new TextChange(edit.Span, newText));
                }
            }

            solution = solution.WithDocumentText(pair.Key, text.WithChanges(changes));
        }

        return solution;
    }

    /// <summary>The token text that writes the value over <see cref="Span"/>: a member's name, or the string escaped for the
    /// literal it lands in (regular, verbatim, raw, interpolated). Null when the value cannot be written there (a raw
    /// literal cannot escape a quote; the span is not inside a string or a member name).</summary>
    private string? NewText(SyntaxNode root)
    {
        var token = root.FindToken(Span.Start);
        if (!token.Span.Contains(Span))
        {
            return null;
        }

        if (Kind == SyntaxEdit.WriteMember)
        {
            return Value is FixValue.Member { Name: var name } && token.IsKind(SyntaxKind.IdentifierToken) && token.Span == Span
                ? (SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None ? name : "@" + name)
                : null;
        }

        if (Value is not FixValue.Text { Value: var value })
        {
            return null;
        }

        var (form, interpolated) = token.Kind() switch
        {
            SyntaxKind.StringLiteralToken or SyntaxKind.Utf8StringLiteralToken => (token.Text.StartsWith("@", StringComparison.Ordinal) ? Form.Verbatim : Form.Regular, false),
            SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
                or SyntaxKind.Utf8SingleLineRawStringLiteralToken or SyntaxKind.Utf8MultiLineRawStringLiteralToken => (Form.Raw, false),
            SyntaxKind.InterpolatedStringTextToken when token.Parent?.Parent is InterpolatedStringExpressionSyntax { StringStartToken: var start } => (start.Kind() switch
            {
                SyntaxKind.InterpolatedStringStartToken => Form.Regular,
                SyntaxKind.InterpolatedVerbatimStringStartToken => Form.Verbatim,
                _ => Form.Raw,
            }, true),
            _ => (Form.None, false),
        };

        return form switch
        {
            Form.Regular => Braces(SyntaxFactory.Literal(value).Text is var quoted ? quoted.Substring(1, quoted.Length - 2) : value, interpolated),
            Form.Verbatim => Braces(value.Replace("\"", "\"\""), interpolated),
            Form.Raw when value.IndexOfAny(interpolated ? RawInterpolatedUnsafe : RawUnsafe) < 0 => value,
            _ => null,
        };
    }

    private static string Braces(string text, bool interpolated) => interpolated ? text.Replace("{", "{{").Replace("}", "}}") : text;

    private enum Form
    {
        None,
        Regular,
        Verbatim,
        Raw,
    }
}
