using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Tests.Infrastructure;

/// <summary>Runs analyzers straight on a compilation, collecting their exceptions instead of hiding them in AD0001:
/// for broken code, and for tests that read <c>Diagnostic.Properties</c>.</summary>
internal static class AnalyzerRunner
{
    public sealed record Result(
        ImmutableArray<Diagnostic> Diagnostics,
        ImmutableArray<Diagnostic> CompilerErrors,
        ImmutableArray<Exception> AnalyzerExceptions);

    public static async Task<Result> RunAsync(DiagnosticAnalyzer analyzer, params string[] sources)
        => await RunAsync(ImmutableArray.Create(analyzer), sources, concurrent: true);

    /// <summary>With files the project shows the analyzer (AdditionalFiles): paths only, empty contents.</summary>
    public static async Task<Result> RunWithFilesAsync(DiagnosticAnalyzer analyzer, IEnumerable<string> additionalFiles, params string[] sources)
        => await RunAsync(ImmutableArray.Create(analyzer), sources, concurrent: true, additionalFiles);

    public static async Task<Result> RunAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, IEnumerable<string> sources, bool concurrent, IEnumerable<string>? additionalFiles = null)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/Test{i}.cs"));
        var compilation = CSharpCompilation.Create(
            "Test",
            trees,
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: concurrent));

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions((additionalFiles ?? []).Select(path => (AdditionalText)new PathOnlyText(path)).ToImmutableArray()),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return new Result(diagnostics, errors, exceptions.ToImmutableArray());
    }

    private sealed class PathOnlyText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
