using System.Collections.Immutable;
using GreenAnalyzers.Values;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Tests.Values;

/// <summary><see cref="TokenSearch"/> answers as a walk of every token would, or says it cannot (then its callers walk):
/// a tree without text, a number written against a name, a scope longer than the buffer a thread keeps.</summary>
public sealed class TokenSearchTests
{
    private const string Source = """
        class C
        {
            // session, in a comment, is trivia
            void M(string[] items)
            {
                var session = "session";
                foreach (var item in items) { var sessions = session + item; }
            }
        }
        """;

    [Test]
    public void FindsWhatAWalkFinds()
    {
        var root = CSharpSyntaxTree.ParseText(Source).GetRoot();
        var found = new List<SyntaxToken>();
        Assert.That(TokenSearch.TryFind(root, "session", identifier: true, found), Is.True);
        Assert.That(found, Is.EqualTo(Walk(root, "session")));
        Assert.That(found, Has.Count.EqualTo(4));
    }

    /// <summary>A tree built from a node has no text to search: the search says so, adds nothing, and GA4002 (whose name
    /// check then walks the scope) reports the same findings, with the same fixes, as on the parsed tree.</summary>
    [Test]
    public async Task ATreeWithoutTextFallsBackToTheWalk()
    {
        var parsed = CSharpSyntaxTree.ParseText(Source);
        var textless = CSharpSyntaxTree.Create((CSharpSyntaxNode)parsed.GetRoot());
        Assert.That(textless.TryGetText(out _), Is.False);

        var found = new List<SyntaxToken>();
        Assert.Multiple(() =>
        {
            Assert.That(TokenSearch.TryFind(textless.GetRoot(), "session", identifier: true, found), Is.False);
            Assert.That(found, Is.Empty);
            Assert.That(TokenSearch.MaySpellAny(textless.GetRoot(), Words("session")), Is.Null);
        });

        const string Loops = """
            using Amazon.BedrockRuntime;
            class C
            {
                void Taken(string[] items)
                {
                    foreach (var item in items) { using var client = new AmazonBedrockRuntimeClient(); client.Dispose(); }
                    { var client = items.Length; client++; }
                }

                void Free(string[] items)
                {
                    foreach (var item in items) { using var client = new AmazonBedrockRuntimeClient(); client.Dispose(); }
                }
            }
            """;
        var withText = await Run(CSharpSyntaxTree.ParseText(Loops, new CSharpParseOptions(LanguageVersion.Latest)));
        var treeWithoutText = CSharpSyntaxTree.Create((CSharpSyntaxNode)CSharpSyntaxTree.ParseText(Loops, new CSharpParseOptions(LanguageVersion.Latest)).GetRoot());
        var withoutText = await Run(treeWithoutText);
        Assert.Multiple(() =>
        {
            Assert.That(treeWithoutText.TryGetText(out _), Is.False, "the analysis never had the text to search");
            Assert.That(withText.Select(d => d.Properties.Contains("edit.0.kind=")), Is.EqualTo(new[] { false, true }), "the name is taken in Taken, free in Free");
            Assert.That(withoutText, Is.EqualTo(withText));
        });
    }

    /// <summary>A run of identifier characters that starts with a digit is no identifier, but may end in one written against a
    /// number: each of its tails is a candidate. A run that starts as an identifier is one name, and only that.</summary>
    [TestCase("var x = 1; // 9EUWest1", true)]
    [TestCase("var x = EUWest1;", true)]
    [TestCase("var x = xEUWest1;", false)]
    [TestCase("var x = EUWest12;", false)]
    public void RunsStartingWithADigitAreSearchedAtEveryStart(string statement, bool mayBe)
    {
        var root = CSharpSyntaxTree.ParseText("class C { void M() { " + statement + " } }").GetRoot();
        Assert.That(TokenSearch.MaySpellAny(root, Words("EUWest1", "USEast1")), Is.EqualTo(mayBe));
    }

    /// <summary>A scope longer than the 64K characters a thread keeps gets a buffer of its own and is searched whole; the kept
    /// buffer grows at least twofold for scopes a little longer each time, and keeps serving the short ones.</summary>
    [Test]
    public void AScopeLongerThanTheKeptBufferIsSearchedWhole()
    {
        var failure = (Exception?)null;
        var spans = new List<int>();
        var kept = new List<int>();
        var thread = new Thread(() =>
        {
            try
            {
                Search(1500, spans, kept);
                Search(1600, spans, kept);
                Search(70_000, spans, kept);
                Search(2000, spans, kept);
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start(); // a thread of its own: the buffer kept per thread starts empty
        thread.Join();
        Assert.That(failure, Is.Null, failure?.ToString());
        Assert.That(spans[2], Is.GreaterThan(64 * 1024));
        Assert.That(kept, Is.EqualTo(new[] { spans[0], 2 * spans[0], 2 * spans[0], 2 * spans[0] }), "1,5xx kept, doubled for 1,6xx, kept for 70,0xx and 2,0xx");
    }

    private static void Search(int length, List<int> spans, List<int> kept)
    {
        // The padding is a comment (trivia), so the only tokens that hold the word are at the far end of the scope.
        var padding = "// " + new string('x', length) + "\n";
        var root = CSharpSyntaxTree.ParseText("class C { void M() {\n" + padding + "var session = 1; session++; } }").GetRoot();
        var found = new List<SyntaxToken>();
        Assert.That(TokenSearch.TryFind(root, "session", identifier: true, found), Is.True);
        Assert.That(found, Is.EqualTo(Walk(root, "session")));
        Assert.That(found, Has.Count.EqualTo(2));
        Assert.That(root.Span.Length, Is.GreaterThan(length));
        var offset = TokenSearch.IndexOf(root.SyntaxTree.GetText(), root.Span, "session");
        Assert.That(offset + root.Span.Start, Is.EqualTo(found[0].SpanStart));
        Assert.That(TokenSearch.IndexOf(root.SyntaxTree.GetText(), root.Span, "sessions"), Is.EqualTo(-1));
        spans.Add(root.Span.Length);
        kept.Add(((char[]?)typeof(TokenSearch).GetField("t_buffer", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null))?.Length ?? 0);
    }

    /// <summary>The walk the search stands for: every token (none in trivia) whose text holds the word, in order.</summary>
    private static List<SyntaxToken> Walk(SyntaxNode scope, string word)
        => scope.DescendantTokens().Where(token => token.Text.Contains(word, StringComparison.Ordinal)).ToList();

    private static TokenSearch.Words Words(params string[] words)
    {
        var set = new TokenSearch.Words();
        foreach (var word in words)
        {
            set.Add(word);
        }

        return set;
    }

    private static async Task<ImmutableArray<(string Id, Microsoft.CodeAnalysis.Text.TextSpan Span, string Properties)>> Run(SyntaxTree tree)
    {
        var compilation = CSharpCompilation.Create("T", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.That(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new Analyzers.PerIterationAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics.OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => (d.Id, d.Location.SourceSpan, string.Join(";", d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))))
            .ToImmutableArray();
    }
}
