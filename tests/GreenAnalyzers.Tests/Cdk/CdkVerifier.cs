using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Tests.Cdk;

/// <summary>The shared <see cref="Verifier{TAnalyzer, TCodeFix}"/> (markup, compiling fixes, Fix All in three scopes,
/// pinned analysis date) compiled against the real AWS CDK for C# (Amazon.CDK.Lib 2.160.0) beside the SDKs.</summary>
internal static class CdkVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task AnalyzerAsync(string source, params string[] options) => WithSource(Create(options), source).RunAsync();

    public static Task CodeFixAsync(string source, string fixedSource, params string[] options)
    {
        var test = WithSource(Create(options), source);
        test.FixedCode = fixedSource;
        return test.RunAsync();
    }

    public static Verifier<TAnalyzer, TCodeFix>.Test Create(params string[] options)
    {
        var test = Verifier<TAnalyzer, TCodeFix>.Create(options);
        test.TestState.AdditionalReferences.Clear();
        test.TestState.AdditionalReferences.AddRange(TestReferences.WithCdk);
        return test;
    }

    private static Verifier<TAnalyzer, TCodeFix>.Test WithSource(Verifier<TAnalyzer, TCodeFix>.Test test, string source)
    {
        test.TestCode = source;
        return test;
    }
}
