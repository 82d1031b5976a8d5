using Microsoft.CodeAnalysis.CSharp;

namespace GreenAnalyzers.CodeFixes.Syntax;

/// <summary>Indentation of statements that move between nesting levels (a creation hoisted out of a loop).</summary>
internal static class Indentation
{
    /// <summary>The whitespace before the node's first token on its line.</summary>
    public static string Of(SyntaxNode node)
        => node.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).ToFullString();

    /// <summary>Rewrites the indentation of every line of <paramref name="node"/> (its comment lines too) that starts with
    /// <paramref name="from"/> to start with <paramref name="to"/> instead. <paramref name="fullText"/> is the text of the
    /// tree the node belongs to, to tell which whitespace starts a line.</summary>
    public static T Shift<T>(string fullText, T node, string from, string to)
        where T : SyntaxNode
    {
        if (from == to)
        {
            return node;
        }

        return node.ReplaceTrivia(
            node.DescendantTrivia(descendIntoTrivia: false).Where(t => t.IsKind(SyntaxKind.WhitespaceTrivia) && StartsLine(fullText, t)),
            (original, _) =>
            {
                var text = original.ToFullString();
                return text.StartsWith(from, System.StringComparison.Ordinal)
                    ? SyntaxFactory.Whitespace(to + text.Substring(from.Length))
                    : original;
            });
    }

    private static bool StartsLine(string fullText, SyntaxTrivia trivia)
    {
        var start = trivia.FullSpan.Start;
        return start == 0 || (start <= fullText.Length && fullText[start - 1] == '\n');
    }
}
