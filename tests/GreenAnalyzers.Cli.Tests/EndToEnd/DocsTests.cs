using GreenAnalyzers.Cli.Analysis;

namespace GreenAnalyzers.Cli.Tests.EndToEnd;

/// <summary>
/// The <c>green</c> output quoted in README.md and docs/cli.md is a real run on the sample, not numbers typed by hand:
/// each quoted block is compared with what <c>green analyze samples/BedrockSupportDesk</c> and <c>green fix</c> print
/// today. A stale block is rewritten from the run and the test fails, saying so: review the diff and commit it (as
/// GeneratedFilesTests does for the rule tables).
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("EndToEnd")]
public sealed class DocsTests
{
    private const string Target = "samples/BedrockSupportDesk";

    private string _analyze = null!;
    private string _fix = null!;

    [OneTimeSetUp]
    public async Task RunTheSampleAsTheDocsDo()
    {
        // A copy at <folder>/samples/BedrockSupportDesk, run from <folder>: the headline names it as the docs do.
        var folder = Sample.Folder("docs");
        var sample = Sample.Copy(Path.Combine("docs", "samples"), restore: true);
        var fixCopy = Sample.Copy("docs-fix", restore: true);
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder;
        try
        {
            var analyze = await Green.RunAsync("analyze", Target, "--no-restore", "--quiet");
            Assert.That(analyze.ExitCode, Is.Zero, analyze.ToString());
            _analyze = analyze.Output;
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }

        var fix = await Green.RunAsync("fix", fixCopy, "--no-restore", "--quiet");
        Assert.That(fix.ExitCode, Is.Zero, fix.ToString());
        _fix = fix.Output;
        Assert.That(sample, Does.EndWith(Path.Combine("samples", "BedrockSupportDesk")));
    }

    [TestCase("README.md")]
    [TestCase("docs/cli.md")]
    public void TheQuotedSummaryIsARealRun(string document)
        => Check(document, "GreenAnalyzers summary: " + Target, Section(_analyze, "GreenAnalyzers summary: " + Target, next: null));

    [Test]
    public void TheQuotedFindingsAreARealRun()
        => Check("docs/cli.md", "GA1001 ", Section(_analyze, "GA1001 ", next: "\n\n"));

    [Test]
    public void TheQuotedFixIsARealRun()
        => Check("docs/cli.md", "Fixed ", _fix.TrimEnd('\n'));

    [Test]
    public void TheFixableRulesAreThoseWithACodeFix()
    {
        var text = File.ReadAllText(RepositoryPaths.Combine("docs", "cli.md"));
        var listed = System.Text.RegularExpressions.Regex.Match(text, @"Fixes every rule that has a code fix \(today ([^)]*)\)");

        Assert.That(listed.Success, Is.True, "docs/cli.md lists the fixable rules");
        Assert.That(listed.Groups[1].Value.Split(", "), Is.EqualTo(GreenRules.Default.FixableIds), "docs/cli.md, `green fix`: the rules with a code fix");
    }

    /// <summary>From the line starting with <paramref name="start"/> to <paramref name="next"/> (or the end).</summary>
    private static string Section(string output, string start, string? next)
    {
        var from = output.IndexOf("\n" + start, StringComparison.Ordinal) + 1;
        Assert.That(from, Is.Positive, $"the run prints '{start}':\n{output}");
        var to = next is null ? -1 : output.IndexOf(next, from, StringComparison.Ordinal);
        return (to < 0 ? output[from..] : output[from..to]).TrimEnd('\n');
    }

    /// <summary>The fenced block of <paramref name="document"/> whose first line starts with <paramref name="start"/> must be
    /// <paramref name="actual"/>; if not, it is rewritten and the test fails.</summary>
    private static void Check(string document, string start, string actual)
    {
        var path = RepositoryPaths.Combine(document.Split('/'));
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var open = text.IndexOf("```\n" + start, StringComparison.Ordinal);
        Assert.That(open, Is.Not.Negative, $"{document} quotes a block starting with '{start}'");
        var from = open + "```\n".Length;
        var to = text.IndexOf("\n```", from, StringComparison.Ordinal);
        var quoted = text[from..to];
        if (quoted != actual)
        {
            File.WriteAllText(path, text[..from] + actual + text[to..]);
            Assert.Fail($"{document}: the quoted `green` output starting with '{start}' was stale and has been rewritten from a real run; review the diff and commit it.");
        }
    }
}
