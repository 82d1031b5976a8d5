using System.Collections.Immutable;
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

    /// <summary>With the test catalog (<see cref="TestCatalog"/>): the pinned date and the overlay.</summary>
    public static async Task<Result> RunAsync(DiagnosticAnalyzer analyzer, params string[] sources)
        => await RunAsync(ImmutableArray.Create(analyzer), sources, concurrent: true, optionsProvider: new DictionaryOptionsProvider(PinnedDate),
            additionalTexts: new[] { TestCatalog.OverlayText });

    /// <summary>Runs with raw option keys and values (as the compiler would hand them over), bypassing config-file parsing;
    /// with the test catalog unless the options set a date.</summary>
    public static Task<Result> RunWithOptionsAsync(DiagnosticAnalyzer analyzer, string source, params (string Key, string Value)[] options)
        => RunAsync(ImmutableArray.Create(analyzer), new[] { source }, concurrent: true,
            optionsProvider: new DictionaryOptionsProvider(options.Any(o => o.Key.Contains("as_of", StringComparison.OrdinalIgnoreCase) || o.Key.Contains("AsOf", StringComparison.Ordinal)) ? options : options.Append(PinnedDate).ToArray()),
            additionalTexts: new[] { TestCatalog.OverlayText });

    private static readonly (string, string) PinnedDate = ("build_property.GreenAnalyzersAsOf", TestCatalog.AsOf);

    /// <summary>With files the project shows the analyzer (AdditionalFiles): paths only, empty contents.</summary>
    public static async Task<Result> RunWithFilesAsync(DiagnosticAnalyzer analyzer, IEnumerable<string> additionalFiles, params string[] sources)
        => await RunAsync(ImmutableArray.Create(analyzer), sources, concurrent: true, additionalFiles: additionalFiles);

    public static async Task<Result> RunAsync(
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        IEnumerable<string> sources,
        bool concurrent,
        IEnumerable<MetadataReference>? references = null,
        ImmutableDictionary<string, ReportDiagnostic>? severities = null,
        AnalyzerConfigOptionsProvider? optionsProvider = null,
        IEnumerable<string>? additionalFiles = null,
        IEnumerable<AdditionalText>? additionalTexts = null)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"/Test{i}.cs"));
        // severities: what `dotnet_diagnostic.<id>.severity` turns into (the compiler's per-id report options).
        var compilation = CSharpCompilation.Create(
            "Test",
            trees,
            references ?? TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: concurrent)
                .WithSpecificDiagnosticOptions(severities ?? ImmutableDictionary<string, ReportDiagnostic>.Empty));

        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions((additionalFiles ?? []).Select(path => (AdditionalText)new PathOnlyText(path)).Concat(additionalTexts ?? []).ToImmutableArray(), optionsProvider ?? new DictionaryOptionsProvider()),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();
        return new Result(diagnostics, errors, exceptions.ToImmutableArray());
    }

    /// <summary>An AdditionalFile with contents (a catalog overlay).</summary>
    public sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default)
            => Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }

    private sealed class PathOnlyText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}

/// <summary>The same options for every file and for the global section, keys case-insensitive as in the compiler.</summary>
internal sealed class DictionaryOptionsProvider(params (string Key, string Value)[] options) : AnalyzerConfigOptionsProvider
{
    private readonly Options _options = new(options.ToDictionary(o => o.Key, o => o.Value, StringComparer.OrdinalIgnoreCase));

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => values.Keys;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
