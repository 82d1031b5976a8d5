using System.Collections.Immutable;
using GreenAnalyzers.Cli.Analysis;
using GreenAnalyzers.Cli.Commands;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Cli.Tests.Unit;

/// <summary>
/// <c>green fix</c>'s passes (<see cref="FixCommand.PassesAsync"/>) with stand-in fixes: the real rules' fixes never undo
/// each other (FixSampleTests shows them settle), so the cycle, the pass limit and a pass that changes nothing are driven
/// here by fixes that rewrite one document's text.
/// </summary>
public sealed class FixPassesTests
{
    private const string Id = "GA1003";

    [Test]
    public async Task FixesThatUndoEachOtherAreACycleAndTheLastDifferentStateIsKept()
    {
        var (before, projects) = Solution("int MaxTokens = 4096;");
        var texts = new List<string>();

        var result = await FixCommand.PassesAsync(before, projects, [Fixable()], [Id],
            (solution, _) => Rewrite(solution, text => text.Contains("4096", StringComparison.Ordinal) ? "int MaxTokens = 1024;" : "int MaxTokens = 4096;", texts),
            _ => Task.FromResult<IReadOnlyList<Finding>>([Fixable()]),
            CancellationToken.None);

        var kept = await Text(result.After);
        Assert.Multiple(() =>
        {
            Assert.That(result.Cycle, Is.True);
            Assert.That(result.Passes, Is.EqualTo(1), "the pass that came back to the start is not counted");
            Assert.That(texts, Is.EqualTo(new[] { "int MaxTokens = 1024;", "int MaxTokens = 4096;" }));
            Assert.That(kept, Is.EqualTo("int MaxTokens = 1024;"), "the state before the undoing pass");
            Assert.That(result.Left, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task FixesThatKeepChangingStopAtTheLimitWithoutACycle()
    {
        var (before, projects) = Solution("0");
        var texts = new List<string>();

        var result = await FixCommand.PassesAsync(before, projects, [Fixable()], [Id],
            (solution, _) => Rewrite(solution, text => (int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), texts),
            _ => Task.FromResult<IReadOnlyList<Finding>>([Fixable()]),
            CancellationToken.None);

        var kept = await Text(result.After);
        Assert.Multiple(() =>
        {
            Assert.That(result.Cycle, Is.False);
            Assert.That(result.Passes, Is.EqualTo(FixCommand.MaxPasses));
            Assert.That(kept, Is.EqualTo(FixCommand.MaxPasses.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Test]
    public async Task APassThatChangesNothingStopsWithoutACycle()
    {
        var (before, projects) = Solution("unchanged");
        var applied = 0;

        var result = await FixCommand.PassesAsync(before, projects, [Fixable()], [Id],
            (solution, _) =>
            {
                applied++;
                return Task.FromResult(solution);
            },
            _ => throw new AssertionException("nothing changed, so nothing is analyzed again"),
            CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That((result.Cycle, result.Passes, applied), Is.EqualTo((false, 0, 1)));
            Assert.That(result.After, Is.SameAs(before));
        });
    }

    [Test]
    public async Task FindingsWithoutAFixOrOfAnotherRuleStartNoPass()
    {
        var (before, projects) = Solution("text");

        var result = await FixCommand.PassesAsync(before, projects, [Fixable() with { Fixable = false }, Fixable() with { RuleId = "GA1004" }], [Id],
            (_, _) => throw new AssertionException("no pass"),
            _ => throw new AssertionException("no pass"),
            CancellationToken.None);

        Assert.That((result.Cycle, result.Passes, result.Left.Count), Is.EqualTo((false, 0, 2)));
    }

    private static Finding Fixable()
        => new(Id, Severity.Warning, "m", "A.cs", 1, 1, 1, 2, "f", Fixable: true, ImmutableSortedDictionary<string, string>.Empty);

    private static (Solution Solution, IReadOnlyList<ProjectId> Projects) Solution(string text)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("App", LanguageNames.CSharp);
        var document = workspace.AddDocument(DocumentInfo.Create(
            DocumentId.CreateNewId(project.Id), "A.cs", filePath: Path.Combine(Path.GetTempPath(), "green-fix-passes", "A.cs"),
            loader: TextLoader.From(TextAndVersion.Create(SourceText.From(text), VersionStamp.Default))));
        return (document.Project.Solution, [project.Id]);
    }

    private static async Task<Solution> Rewrite(Solution solution, Func<string, string> change, List<string> texts)
    {
        var document = solution.Projects.Single().Documents.Single();
        var next = change((await document.GetTextAsync()).ToString());
        texts.Add(next);
        return solution.WithDocumentText(document.Id, SourceText.From(next));
    }

    private static async Task<string> Text(Solution solution)
        => (await solution.Projects.Single().Documents.Single().GetTextAsync()).ToString();
}
