using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace GreenAnalyzers.Tests.Cdk;

/// <summary>Analyzer and code-fix tests against the real AWS CDK for C# (Amazon.CDK.Lib 2.160.0), as
/// <see cref="Verifier{TAnalyzer, TCodeFix}"/> does for the SDKs: markup, compiling fixes, Fix All in three scopes.</summary>
internal static class CdkVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task AnalyzerAsync(string source, params string[] options)
    {
        var test = Create(options);
        test.TestCode = source;
        return test.RunAsync();
    }

    public static Task CodeFixAsync(string source, string fixedSource, params string[] options)
    {
        var test = Create(options);
        test.TestCode = source;
        test.FixedCode = fixedSource;
        return test.RunAsync();
    }

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
            TestState.AdditionalReferences.AddRange(TestReferences.WithCdk);
        }
    }
}
