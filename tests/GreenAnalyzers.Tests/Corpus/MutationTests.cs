using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Tests.Corpus;

/// <summary>
/// Robustness: deterministic mutants of every corpus and sample file (truncation at a token boundary, a deleted token,
/// an unbalanced brace, a missing semicolon, a deleted using) run through every analyzer. Whatever the mutation, no
/// analyzer throws and no diagnostic points outside its document. The normal test run checks a fixed, seeded subset;
/// the full run (over 10,000 mutants): <c>GREENANALYZERS_MUTATIONS=full dotnet test tests/GreenAnalyzers.Tests --filter FullyQualifiedName~Mutation</c>.
/// </summary>
[Category("Mutation")]
public sealed class MutationTests
{
    private const int Seed = 20261126;

    private static bool Full => Environment.GetEnvironmentVariable("GREENANALYZERS_MUTATIONS") == "full";

    /// <summary>Every corpus app's files and the sample's, each with the rest of its project so types resolve.</summary>
    private static IEnumerable<(string Project, IReadOnlyList<(string Path, string Text)> Files)> Projects()
    {
        foreach (var app in CorpusTests.Apps())
        {
            yield return (app, CorpusTests.Sources(app));
        }

        yield return ("BedrockSupportDesk", CorpusTests.SampleSources());
    }

    [Test]
    public async Task AnalyzersSurviveEveryMutant()
    {
        var perFile = Full ? 1_000 : 48; // 48 per file: about 1,250 mutants, a margin over the 1,000 the default run must check
        var mutants = new List<(string Where, string Project, IReadOnlyList<(string Path, string Text)> Files)>();
        foreach (var (project, files) in Projects())
        {
            for (var index = 0; index < files.Count; index++)
            {
                var (path, text) = files[index];
                var fileIndex = index;
                foreach (var (kind, mutant) in Mutants(text, new Random(Seed + StableHash(path)), perFile))
                {
                    mutants.Add(($"{project}/{path} [{kind}]", project, files.Select((f, i) => i == fileIndex ? (f.Path, mutant) : f).ToList()));
                }
            }
        }

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(mutants, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (mutant, _) =>
        {
            var (diagnostics, exceptions) = await CorpusTests.AnalyzeAsync(CorpusTests.Compile(mutant.Project, mutant.Files));
            foreach (var exception in exceptions)
            {
                failures.Add($"{mutant.Where}: {exception.GetType().Name}: {exception.Message}");
            }

            foreach (var diagnostic in diagnostics.Where(d => !InsideItsDocument(d)))
            {
                failures.Add($"{mutant.Where}: {diagnostic.Id} at {diagnostic.Location} is outside its document");
            }
        });
        var checkedMutants = mutants.Count;

        TestContext.Out.WriteLine($"{checkedMutants} mutants checked");
        Assert.Multiple(() =>
        {
            Assert.That(checkedMutants, Is.GreaterThanOrEqualTo(Full ? 10_000 : 1_000));
            Assert.That(failures, Is.Empty);
        });
    }

    /// <summary>string.GetHashCode is randomised per process; the subset must be the same on every run.</summary>
    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash & 0xFFFF;
    }

    private static bool InsideItsDocument(Diagnostic diagnostic)
    {
        var location = diagnostic.Location;
        if (location == Location.None)
        {
            return diagnostic.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd);
        }

        return location.SourceTree is { } tree
            && location.SourceSpan.End <= tree.Length
            && diagnostic.AdditionalLocations.All(l => l.SourceTree is { } t && l.SourceSpan.End <= t.Length);
    }

    /// <summary>Deterministic mutants of one file: up to <paramref name="limit"/>, spread over the five kinds.</summary>
    public static IEnumerable<(string Kind, string Text)> Mutants(string text, Random random, int limit)
    {
        var tokens = CSharpSyntaxTree.ParseText(text).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToImmutableArray();
        if (tokens.Length == 0)
        {
            yield break;
        }

        var kinds = new Func<(string, string)?>[]
        {
            () => ("truncate", text[..tokens[random.Next(tokens.Length)].Span.End]),
            () => Delete(text, tokens[random.Next(tokens.Length)].Span, "delete token"),
            () => Pick(tokens, random, SyntaxKind.CloseBraceToken) is { } brace ? Delete(text, brace, "unbalanced brace") : null,
            () => Pick(tokens, random, SyntaxKind.SemicolonToken) is { } semicolon ? Delete(text, semicolon, "missing semicolon") : null,
            () => Pick(tokens, random, SyntaxKind.UsingKeyword) is { } usingKeyword
                ? Delete(text, TextSpan.FromBounds(usingKeyword.Start, Math.Max(usingKeyword.End, text.IndexOf(';', usingKeyword.Start) + 1)), "delete using")
                : null,
        };

        var produced = 0;
        var budget = Math.Min(limit, tokens.Length * 2);
        for (var attempt = 0; produced < budget && attempt < budget * 3; attempt++)
        {
            if (kinds[attempt % kinds.Length]() is { } mutant)
            {
                produced++;
                yield return mutant;
            }
        }
    }

    private static TextSpan? Pick(ImmutableArray<SyntaxToken> tokens, Random random, SyntaxKind kind)
    {
        var matching = tokens.Where(t => t.IsKind(kind)).ToList();
        return matching.Count == 0 ? null : matching[random.Next(matching.Count)].Span;
    }

    private static (string, string) Delete(string text, TextSpan span, string kind) => (kind, text.Remove(span.Start, span.Length));
}
