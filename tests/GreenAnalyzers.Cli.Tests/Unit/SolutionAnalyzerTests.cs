using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using GreenAnalyzers.Cli.Analysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Cli.Tests.Unit;

/// <summary>How the tool words an analyzer's crash: every rule runs inside the one shipped analyzer, so the message names
/// the rule whose code threw.</summary>
public sealed class SolutionAnalyzerTests
{
    private const string Bug = "a provider's bug";

    [Test]
    public async Task ACrashNamesTheRuleThatFailedNotTheHost()
    {
        // GA9001's rule (PolicyAnalyzer) reads every option key once per compilation; here reading them throws.
        var analyzers = GreenRules.AnalyzersFor(new HashSet<string>(["GA9001"], StringComparer.Ordinal));
        var compilation = CSharpCompilation.Create(
            "P",
            [CSharpSyntaxTree.ParseText("class C { }")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var failures = new List<(Exception Exception, DiagnosticAnalyzer Analyzer)>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([], new FailingOptions()),
            (exception, analyzer, _) => { lock (failures) { failures.Add((exception, analyzer)); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);

        await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.That(failures, Has.Count.EqualTo(1), "the control: the rule failed");
        var (exception, analyzer) = failures[0];
        Assert.Multiple(() =>
        {
            Assert.That(analyzer.GetType().Name, Is.EqualTo("RuleHost"), "what the compiler names");
            Assert.That(SolutionAnalyzer.Failure(exception, analyzer, "P"), Is.EqualTo($"PolicyAnalyzer (in RuleHost) failed in P: {Bug}"));
        });
    }

    [Test]
    public void ACrashOutsideEveryRuleNamesTheAnalyzer()
    {
        var analyzer = GreenRules.AnalyzersFor(new HashSet<string>(["GA9001"], StringComparer.Ordinal))[0];
        Exception? caught = null;
        try
        {
            throw new InvalidOperationException(Bug);
        }
        catch (InvalidOperationException exception)
        {
            caught = exception;
        }

        Assert.That(SolutionAnalyzer.Failure(caught, analyzer, "P"), Is.EqualTo($"RuleHost failed in P: {Bug}"));
    }

    /// <summary>Options whose project-wide keys cannot be listed.</summary>
    private sealed class FailingOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Empty = new Options(fail: false);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(fail: true);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

        private sealed class Options(bool fail) : AnalyzerConfigOptions
        {
            public override IEnumerable<string> Keys => fail ? throw new InvalidOperationException(Bug) : [];

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = null;
                return false;
            }
        }
    }
}
