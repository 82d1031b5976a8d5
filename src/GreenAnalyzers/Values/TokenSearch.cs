using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Values;

/// <summary>
/// Finds the few tokens of a scope that can spell a word without walking every node of it: the word is looked for in the
/// source text (every token's text is a piece of it), and each place it occurs is handed to the syntax tree, which says
/// what token is there. The text only locates; the token found decides. A walk of a class or a method body visits
/// hundreds of nodes; a search copies its text once and reads it in two plain loops, one for what would let an identifier
/// spell a name otherwise (<see cref="MaySpellOtherwise"/>), one for the word (issue 21: such walks were a large part of
/// the cost of a finding).
/// </summary>
internal static class TokenSearch
{
    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>Adds to <paramref name="found"/> each token of <paramref name="scope"/> (none inside trivia) whose text holds
    /// <paramref name="word"/>, in order, each once. False, with nothing added, when the word is empty, the tree has no text
    /// to search (a tree built in memory) or, if <paramref name="identifier"/>, when an identifier might spell the word with a Unicode escape
    /// (<c>\u0073ession</c>) or a formatting character, which its name leaves out: then only a walk of the syntax can tell.</summary>
    public static bool TryFind(SyntaxNode scope, string word, bool identifier, List<SyntaxToken> found)
    {
        if (word.Length == 0 || !scope.SyntaxTree.TryGetText(out var text))
        {
            return false; // an empty word (a half-typed declaration's missing name) is spelled by no text
        }

        var span = scope.Span;
        var buffer = Copy(text, span);
        if (identifier && MaySpellOtherwise(buffer, span.Length))
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

    /// <summary>Whether an identifier in <paramref name="scope"/> may be one of <paramref name="words"/>: its text has a run of
    /// identifier characters equal to one of them (or ending in one, where the run does not start as an identifier: a
    /// number written against a name), or a character that could spell any name otherwise (<see cref="MaySpellOtherwise"/>).
    /// Null when the tree has no text. Allocates nothing unless a run hashes like one of the words.</summary>
    public static bool? MaySpellAny(SyntaxNode scope, Words words)
    {
        if (!scope.SyntaxTree.TryGetText(out var text))
        {
            return null;
        }

        var span = scope.Span;
        var buffer = Copy(text, span);
        if (MaySpellOtherwise(buffer, span.Length))
        {
            return true;
        }

        for (var at = 0; at < span.Length; at++)
        {
            if (!IsIdentifierPart(buffer[at]))
            {
                continue;
            }

            var start = at;
            while (at < span.Length && IsIdentifierPart(buffer[at]))
            {
                at++;
            }

            // A run that starts as an identifier is one token; any other (a number, then a name) may hold one at any point.
            for (var from = start; from < (SyntaxFacts.IsIdentifierStartCharacter(buffer[start]) ? start + 1 : at) && at - from >= words.MinLength; from++)
            {
                if (at - from > words.MaxLength)
                {
                    continue;
                }

                var hash = Words.Seed;
                for (var i = from; i < at; i++)
                {
                    hash = Words.Step(hash, buffer[i]);
                }

                if (words.MayBe(hash) && words.Contains(new string(buffer, from, at - from)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary><see cref="SyntaxFacts.IsIdentifierPartCharacter"/>, answered without a call for ASCII.</summary>
    private static bool IsIdentifierPart(char c)
        => c < 128 ? (c | 0x20) is >= 'a' and <= 'z' || c is >= '0' and <= '9' or '_' : SyntaxFacts.IsIdentifierPartCharacter(c);

    /// <summary>A Unicode escape (<c>\u0073ession</c>), or a formatting character, which an identifier's name leaves out
    /// (<c>ses\u200Bsion</c> written as is): the text of such an identifier is not its name.</summary>
    private static bool MaySpellOtherwise(char[] buffer, int length)
    {
        for (var at = 0; at < length; at++)
        {
            var c = buffer[at];
            if ((c == '\\' && at + 1 < length && buffer[at + 1] is 'u' or 'U')
                || (c > 127 && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A set of words, with the hashes <see cref="MaySpellAny"/> computes as it reads, so that a run of text is
    /// made into a string only when it may be one of them.</summary>
    public sealed class Words
    {
        internal const int Seed = unchecked((int)2166136261);

        private readonly HashSet<string> _words = new(StringComparer.Ordinal);
        private readonly HashSet<int> _hashes = new();

        public int MinLength { get; private set; } = int.MaxValue;

        public int MaxLength { get; private set; }

        public void Add(string word)
        {
            if (_words.Add(word))
            {
                MinLength = Math.Min(MinLength, word.Length);
                MaxLength = Math.Max(MaxLength, word.Length);
                var hash = Seed;
                foreach (var c in word)
                {
                    hash = Step(hash, c);
                }

                _hashes.Add(hash);
            }
        }

        public bool Contains(string word) => _words.Contains(word);

        internal static int Step(int hash, char c) => unchecked((hash ^ c) * 16777619);

        internal bool MayBe(int hash) => _hashes.Contains(hash);
    }

    /// <summary>Where <paramref name="word"/> is first written in <paramref name="span"/> of <paramref name="text"/>, compared
    /// ordinally, as an offset from the span's start: -1 when nowhere, 0 for an empty word.</summary>
    internal static int IndexOf(SourceText text, TextSpan span, string word)
        => word.Length == 0 ? 0 : IndexOf(Copy(text, span), span.Length, word, 0);

    /// <summary>The longest text whose buffer a thread keeps, 64K characters (128 KB): a longer scope, rare, gets a buffer of
    /// its own.</summary>
    private const int KeptBufferLength = 64 * 1024;

    /// <summary><paramref name="span"/> of <paramref name="text"/> copied to the start of a buffer (valid until the thread's
    /// next copy). The kept buffer at least doubles when it grows, so scopes a little longer each time do not reallocate it
    /// each time.</summary>
    private static char[] Copy(SourceText text, TextSpan span)
    {
        var kept = t_buffer;
        var buffer = kept is not null && kept.Length >= span.Length ? kept
            : span.Length > KeptBufferLength ? new char[span.Length]
            : t_buffer = new char[Math.Min(KeptBufferLength, Math.Max(span.Length, Math.Max(1024, 2 * (kept?.Length ?? 0))))];
        text.CopyTo(span.Start, buffer, 0, span.Length);
        return buffer;
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
