using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Values;

/// <summary>
/// Finds the few tokens of a scope that can spell a word without walking every node of it: the word is looked for in the
/// source text (every token's text is a piece of it), and each place it occurs is handed to the syntax tree, which says
/// what token is there. The text only locates; the token found decides. A walk of a class or a method body visits
/// hundreds of nodes; a search of its text touches each character once (issue 21: such walks were a large part of the
/// cost of a finding).
/// </summary>
internal static class TokenSearch
{
    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>Adds to <paramref name="found"/> each token of <paramref name="scope"/> (none inside trivia) whose text holds
    /// <paramref name="word"/>, in order, each once. False, with nothing added, when the tree has no text to search (a tree
    /// built in memory) or, if <paramref name="identifier"/>, when an identifier might spell the word with a Unicode escape
    /// (<c>\u0073ession</c>): then only a walk of the syntax can tell.</summary>
    public static bool TryFind(SyntaxNode scope, string word, bool identifier, List<SyntaxToken> found)
    {
        if (!scope.SyntaxTree.TryGetText(out var text))
        {
            return false;
        }

        var span = scope.Span;
        var buffer = t_buffer is { } kept && kept.Length >= span.Length ? kept : t_buffer = new char[Math.Max(span.Length, 1024)];
        text.CopyTo(span.Start, buffer, 0, span.Length);
        if (identifier && (IndexOf(buffer, span.Length, "\\u", 0) >= 0 || IndexOf(buffer, span.Length, "\\U", 0) >= 0))
        {
            return false;
        }

        var count = found.Count;
        for (var at = IndexOf(buffer, span.Length, word, 0); at >= 0; at = IndexOf(buffer, span.Length, word, at + 1))
        {
            var token = scope.FindToken(span.Start + at);
            if (token.Span.Contains(span.Start + at) && (found.Count == count || found[found.Count - 1] != token))
            {
                found.Add(token);
            }
        }

        return true;
    }

    private static int IndexOf(char[] buffer, int length, string word, int start)
    {
        for (var at = start; at <= length - word.Length; at++)
        {
            at = Array.IndexOf(buffer, word[0], at, length - word.Length + 1 - at);
            if (at < 0)
            {
                return -1;
            }

            var matches = true;
            for (var i = 1; i < word.Length && matches; i++)
            {
                matches = buffer[at + i] == word[i];
            }

            if (matches)
            {
                return at;
            }
        }

        return -1;
    }
}
