namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA4004 Keep ONNX graph optimizations on: GraphOptimizationLevel below ORT_ENABLE_ALL, in any value form.</summary>
public sealed class GA4004Tests
{
    private static string Options(string value) => $$"""
        using Microsoft.ML.OnnxRuntime;
        class C
        {
            SessionOptions Make() => new SessionOptions { GraphOptimizationLevel = {{value}} };
        }
        """;

    // ---------------------------------------------------------------- flagged, with the fix

    [TestCase("GraphOptimizationLevel.ORT_DISABLE_ALL")]
    [TestCase("GraphOptimizationLevel.ORT_ENABLE_BASIC")]
    [TestCase("GraphOptimizationLevel.ORT_ENABLE_EXTENDED")]
    [TestCase("GraphOptimizationLevel.ORT_ENABLE_LAYOUT")]
    [TestCase("(GraphOptimizationLevel)1")]
    [TestCase("0")]
    [TestCase("Microsoft.ML.OnnxRuntime.GraphOptimizationLevel.ORT_DISABLE_ALL")]
    public Task EveryLevelBelowAllIsSetToAll(string value)
        => OnnxLevelVerifier.CodeFixAsync(Options("{|GA4004:" + value + "|}"), Options("GraphOptimizationLevel.ORT_ENABLE_ALL"));

    [Test]
    public Task AssignmentStatementsAndConstantsInTheSameFile() => OnnxLevelVerifier.CodeFixAsync("""
        using Microsoft.ML.OnnxRuntime;
        class C
        {
            private const GraphOptimizationLevel Level = GraphOptimizationLevel.ORT_ENABLE_BASIC; // tuned in 2023
            private static readonly GraphOptimizationLevel Fast = GraphOptimizationLevel.ORT_DISABLE_ALL;

            SessionOptions A()
            {
                var options = new SessionOptions();
                options.GraphOptimizationLevel = {|GA4004:Level|};
                return options;
            }

            SessionOptions B()
            {
                const GraphOptimizationLevel local = GraphOptimizationLevel.ORT_ENABLE_EXTENDED;
                return new SessionOptions { IntraOpNumThreads = 2, GraphOptimizationLevel = {|GA4004:local|} };
            }

            void D(SessionOptions options) => options.GraphOptimizationLevel = {|GA4004:Fast|};
        }
        """, """
        using Microsoft.ML.OnnxRuntime;
        class C
        {
            private const GraphOptimizationLevel Level = GraphOptimizationLevel.ORT_ENABLE_ALL; // tuned in 2023
            private static readonly GraphOptimizationLevel Fast = GraphOptimizationLevel.ORT_ENABLE_ALL;

            SessionOptions A()
            {
                var options = new SessionOptions();
                options.GraphOptimizationLevel = Level;
                return options;
            }

            SessionOptions B()
            {
                const GraphOptimizationLevel local = GraphOptimizationLevel.ORT_ENABLE_ALL;
                return new SessionOptions { IntraOpNumThreads = 2, GraphOptimizationLevel = local };
            }

            void D(SessionOptions options) => options.GraphOptimizationLevel = Fast;
        }
        """);

    [Test]
    public Task TheUsingIsAddedWhenTheFileHasNone() => OnnxLevelVerifier.CodeFixAsync("""
        class C
        {
            void M(Microsoft.ML.OnnxRuntime.SessionOptions o) => o.GraphOptimizationLevel = {|GA4004:0|};
        }
        """, """
        using Microsoft.ML.OnnxRuntime;

        class C
        {
            void M(Microsoft.ML.OnnxRuntime.SessionOptions o) => o.GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL;
        }
        """);

    [Test]
    public Task AConstantInAnotherFileIsFlaggedWithoutAFix()
    {
        const string Source = """
            using Microsoft.ML.OnnxRuntime;
            class C { SessionOptions M() => new SessionOptions { GraphOptimizationLevel = {|GA4004:Tuning.Level|} }; }
            """;
        var test = OnnxLevelVerifier.Create();
        test.TestCode = Source;
        test.TestState.Sources.Add(("/Tuning.cs", "static class Tuning { public const Microsoft.ML.OnnxRuntime.GraphOptimizationLevel Level = Microsoft.ML.OnnxRuntime.GraphOptimizationLevel.ORT_ENABLE_BASIC; }"));
        test.FixedCode = Source;
        test.FixedState.Sources.Add(("/Tuning.cs", "static class Tuning { public const Microsoft.ML.OnnxRuntime.GraphOptimizationLevel Level = Microsoft.ML.OnnxRuntime.GraphOptimizationLevel.ORT_ENABLE_BASIC; }"));
        return test.RunAsync();
    }

    /// <summary>The properties are kept per level and per whether there is a fix (issue 21): one level written in this file and
    /// in another, in one compilation, in either order of analysis, gives the fixable finding the script and the other none.</summary>
    [Test]
    public async Task TheSameLevelWithAndWithoutAFixCarriesItsOwnProperties()
    {
        var result = await AnalyzerRunner.RunAsync(
            new Analyzers.OnnxSessionAnalyzer(),
            """
            using Microsoft.ML.OnnxRuntime;
            class C
            {
                SessionOptions Here() => new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC };
                SessionOptions Elsewhere() => new SessionOptions { GraphOptimizationLevel = Tuning.Level };
                SessionOptions Again() => new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC };
            }
            """,
            "static class Tuning { public const Microsoft.ML.OnnxRuntime.GraphOptimizationLevel Level = Microsoft.ML.OnnxRuntime.GraphOptimizationLevel.ORT_ENABLE_BASIC; }");

        var findings = result.Diagnostics.Where(d => d.Id == "GA4004").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(findings.Select(d => d.Properties["optimization_level"]), Is.EqualTo(new[] { "ORT_ENABLE_BASIC", "ORT_ENABLE_BASIC", "ORT_ENABLE_BASIC" }));
            Assert.That(findings.Select(d => d.Properties.ContainsKey("edit.0.kind")), Is.EqualTo(new[] { true, false, true }));
            Assert.That(findings.Select(d => d.AdditionalLocations.Count), Is.EqualTo(new[] { 1, 0, 1 }));
            Assert.That(findings[0].Properties, Is.EquivalentTo(findings[2].Properties));
            Assert.That(findings[1].Properties.Keys, Is.EqualTo(new[] { "optimization_level" }));
        });
    }

    // ---------------------------------------------------------------- not flagged

    [Test]
    public Task AllUnknownAndOtherPropertiesAreNotFlagged() => OnnxLevelVerifier.AnalyzerAsync("""
        using Microsoft.ML.OnnxRuntime;
        class C
        {
            static GraphOptimizationLevel Mutable = GraphOptimizationLevel.ORT_DISABLE_ALL;
            static void Configure(bool debug) => Mutable = debug ? GraphOptimizationLevel.ORT_DISABLE_ALL : GraphOptimizationLevel.ORT_ENABLE_ALL;
            SessionOptions A() => new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
            SessionOptions B(GraphOptimizationLevel level) => new SessionOptions { GraphOptimizationLevel = level };
            SessionOptions D(bool debug) => new SessionOptions { GraphOptimizationLevel = debug ? GraphOptimizationLevel.ORT_DISABLE_ALL : GraphOptimizationLevel.ORT_ENABLE_ALL };
            SessionOptions E() => new SessionOptions { GraphOptimizationLevel = Mutable };
            SessionOptions F() => new SessionOptions { GraphOptimizationLevel = (GraphOptimizationLevel)100, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
            GraphOptimizationLevel G() => GraphOptimizationLevel.ORT_DISABLE_ALL;
            void H(SessionOptions o) { var level = o.GraphOptimizationLevel; level = GraphOptimizationLevel.ORT_DISABLE_ALL; }
        }
        """);

    // ---------------------------------------------------------------- message, robustness, generated code, suppression

    [Test]
    public async Task MessageNamesTheLevel()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.OnnxSessionAnalyzer(), """
            using Microsoft.ML.OnnxRuntime;
            class C
            {
                SessionOptions A() => new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_BASIC };
                SessionOptions B() => new SessionOptions { GraphOptimizationLevel = (GraphOptimizationLevel)42 };
            }
            """);

        var diagnostics = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[]
            {
                "GraphOptimizationLevel is set to ORT_ENABLE_BASIC; ONNX Runtime enables all graph optimizations (constant folding, node fusions, layout changes) by default: keep ORT_ENABLE_ALL",
                "GraphOptimizationLevel is set to 42; ONNX Runtime enables all graph optimizations (constant folding, node fusions, layout changes) by default: keep ORT_ENABLE_ALL",
            }));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(diagnostics[0].Properties["optimization_level"], Is.EqualTo("ORT_ENABLE_BASIC"));
        });
    }

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.OnnxSessionAnalyzer(), """
            using Microsoft.ML.OnnxRuntime;
            class C
            {
                SessionOptions A() => new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel. };
                SessionOptions B() => new SessionOptions { GraphOptimizationLevel = Unknown.X };
                SessionOptions D() => new SessionOptions { GraphOptimizationLevel = (GraphOptimizationLevel)"x" };
                void E(SessionOptions o) { o.GraphOptimizationLevel = ; o.GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.All.EqualTo("GA4004"));
        });
    }

    [Test]
    public Task GeneratedCodeIsNotAnalyzed()
    {
        var test = OnnxLevelVerifier.Create();
        test.TestState.Sources.Add(("/Options.g.cs", """
            class G { Microsoft.ML.OnnxRuntime.SessionOptions M() => new() { GraphOptimizationLevel = Microsoft.ML.OnnxRuntime.GraphOptimizationLevel.ORT_DISABLE_ALL }; }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = OnnxLevelVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = """
            using Microsoft.ML.OnnxRuntime;
            class C
            {
            #pragma warning disable GA4004 // The model was optimized offline; skip the work at start-up.
                SessionOptions A() => new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL };
            #pragma warning restore GA4004
                SessionOptions B() => new SessionOptions { GraphOptimizationLevel = {|GA4004:GraphOptimizationLevel.ORT_DISABLE_ALL|} };
            }
            """;
        return test.RunAsync();
    }
}
