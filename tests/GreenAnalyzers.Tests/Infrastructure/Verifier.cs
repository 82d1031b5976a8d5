using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Tests.Infrastructure;

/// <summary>
/// Analyzer and code-fix tests on Microsoft.CodeAnalysis.Testing. Markup <c>{|GA1001:…|}</c> marks where a diagnostic
/// is expected; every unmarked diagnostic fails the test. A code-fix test also checks that the fixed code compiles
/// and runs Fix All in document, project and solution scope, each of which must give the same result.
/// </summary>
internal static class Verifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task AnalyzerAsync(string source, params string[] options)
    {
        var test = Create(options);
        test.TestCode = source; // no FixedCode: the fix is not run
        return test.RunAsync();
    }

    public static Task CodeFixAsync(string source, string fixedSource, params string[] options)
    {
        var test = Create(options);
        test.TestCode = source;
        test.FixedCode = fixedSource;
        return test.RunAsync();
    }

    /// <summary>A code-fix test where some diagnostics have no fix and stay, marked in <paramref name="fixedSource"/>.</summary>
    public static Task PartialFixAsync(string source, string fixedSource, params string[] options)
    {
        var test = Create(options);
        test.TestCode = source;
        test.FixedCode = fixedSource;
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    /// <summary>A test with the SDK references, the test catalog (<see cref="TestCatalog"/>: pinned date, and for the
    /// model-id rules the overlay)
    /// and the given <c>key = value</c> lines in a global analyzer config.</summary>
    public static Test Create(params string[] options)
    {
        var test = new Test();
        if (typeof(TAnalyzer) == typeof(Analyzers.ModelIdAnalyzer))
        {
            test.TestState.AdditionalFiles.Add((TestCatalog.OverlayPath, TestCatalog.Overlay)); // rules on model ids only
        }

        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + string.Join("\n", options.Prepend(TestCatalog.AsOfOption)) + "\n"));
        return test;
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net100;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
        }

        /// <summary>The rule as the package runs it: inside <see cref="Analyzers.RuleHost"/>, so every rule test also
        /// exercises the host's recording and merging contexts.</summary>
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers()
            => new TAnalyzer() is Analyzers.GreenAnalyzer rule ? [new Analyzers.RuleHost([rule])] : [new TAnalyzer()];
    }
}
