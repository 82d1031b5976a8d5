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

    /// <summary>A test with the SDK references and the given <c>key = value</c> lines in a global analyzer config.</summary>
    public static Test Create(params string[] options)
    {
        var test = new Test();
        if (options.Length > 0)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + string.Join("\n", options) + "\n"));
        }

        return test;
    }

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.Net100;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
        }
    }
}
