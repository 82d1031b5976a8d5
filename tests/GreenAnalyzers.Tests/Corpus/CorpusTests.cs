using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Tests.Corpus;

/// <summary>
/// Realistic applications under tests/Corpus, compiled with every GreenAnalyzers analyzer. Each app's diagnostics must
/// equal its checked-in <c>expected.txt</c> (file:line id). Known false positives and negatives are recorded there as
/// '#' comments with a reason. Update after an intended change with:
/// <c>GREENANALYZERS_UPDATE_CORPUS=1 dotnet test tests/GreenAnalyzers.Tests --filter FullyQualifiedName~Corpus</c>, then review the diff.
/// </summary>
[Category("Corpus")]
public sealed class CorpusTests
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static IEnumerable<string> Apps() => Directory.GetDirectories(RepositoryPaths.Combine("tests", "Corpus")).Select(Path.GetFileName).OfType<string>().OrderBy(n => n);

    /// <summary>What the package ships: the host of every rule.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() => [new Analyzers.RuleHost()];

    /// <summary>The app's sources as (path relative to the corpus folder, text).</summary>
    public static IReadOnlyList<(string Path, string Text)> Sources(string app)
    {
        var folder = RepositoryPaths.Combine("tests", "Corpus", app);
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();
    }

    public static CSharpCompilation Compile(string name, IEnumerable<(string Path, string Text)> sources, bool concurrent = true)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, path: s.Path))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: "ImplicitUsings.g.cs"));
        return CSharpCompilation.Create(name, trees, TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: concurrent));
    }

    /// <summary>The sample project's sources (samples/BedrockSupportDesk), as (path relative to its folder, text).</summary>
    public static IReadOnlyList<(string Path, string Text)> SampleSources()
    {
        var sample = RepositoryPaths.Combine("samples", "BedrockSupportDesk");
        return Directory.EnumerateFiles(sample, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(sample, f), File.ReadAllText(f))).ToList();
    }

    /// <summary>The sample project's files as the package hands them over: appsettings.json with its text, the models by path.</summary>
    public static ProjectFiles SampleFiles()
    {
        var sample = RepositoryPaths.Combine("samples", "BedrockSupportDesk");
        var files = Directory.EnumerateFiles(Path.Combine(sample, "models")).Select(f => "models/" + Path.GetFileName(f)).Append("appsettings.json")
            .ToDictionary(f => f, _ => Array.Empty<(string, string)>());
        return new ProjectFiles(files, new Dictionary<string, string> { ["appsettings.json"] = File.ReadAllText(Path.Combine(sample, "appsettings.json")) });
    }

    /// <summary>
    /// The app's model files as the package's build targets hand them to the compiler: optional <c>project-files.txt</c>,
    /// one file a line, <c>path size-in-bytes [kind]</c> (<c>models/forest.onnx 38000000 tree-ensemble</c>), '#' comments.
    /// Each becomes an AdditionalFile (path only) with the GreenAnalyzersOnnxSize/Kind metadata the targets record.
    /// </summary>
    public static ProjectFiles Files(string app)
    {
        var list = RepositoryPaths.Combine("tests", "Corpus", app, "project-files.txt");
        var files = new Dictionary<string, (string Key, string Value)[]>(StringComparer.Ordinal);
        foreach (var line in File.Exists(list) ? File.ReadAllLines(list) : [])
        {
            var parts = line.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 0)
            {
                files[parts[0]] = parts.Length switch
                {
                    1 => [],
                    2 => [("build_metadata.AdditionalFiles.GreenAnalyzersOnnxSize", parts[1])],
                    _ => [("build_metadata.AdditionalFiles.GreenAnalyzersOnnxSize", parts[1]), ("build_metadata.AdditionalFiles.GreenAnalyzersOnnxKind", parts[2])],
                };
            }
        }

        return new ProjectFiles(files);
    }

    /// <summary>Runs <paramref name="analyzers"/> (by default <see cref="AllAnalyzers"/>) on the compilation.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)> AnalyzeAsync(
        Compilation compilation, bool concurrent = true, ProjectFiles? files = null, ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
    {
        var exceptions = new List<Exception>();
        files ??= new ProjectFiles(new Dictionary<string, (string Key, string Value)[]>());
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(files.Texts, files),
            (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrent, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers ?? AllAnalyzers(), options).GetAnalyzerDiagnosticsAsync();
        return (diagnostics, exceptions);
    }

    public static List<string> Describe(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select(d => $"{d.Location.GetLineSpan().Path}:{d.Location.GetLineSpan().StartLinePosition.Line + 1} {d.Id}")
        .OrderBy(line => line, StringComparer.Ordinal)
        .ToList();

    [TestCaseSource(nameof(Apps))]
    public async Task DiagnosticsMatchTheExpectedResults(string app)
    {
        var compilation = Compile(app, Sources(app));
        Assert.That(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty, "the corpus must compile");

        var (diagnostics, exceptions) = await AnalyzeAsync(compilation, files: Files(app));
        Assert.That(exceptions, Is.Empty);
        var actual = Describe(diagnostics);

        var expectedFile = RepositoryPaths.Combine("tests", "Corpus", app, "expected.txt");
        var lines = File.Exists(expectedFile) ? File.ReadAllLines(expectedFile) : Array.Empty<string>();
        if (Environment.GetEnvironmentVariable("GREENANALYZERS_UPDATE_CORPUS") == "1")
        {
            File.WriteAllLines(expectedFile, lines.Where(l => l.StartsWith('#')).Concat(actual));
            lines = File.ReadAllLines(expectedFile);
        }

        var expected = lines.Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(" #")[0].Trim()).ToList();
        Assert.That(actual, Is.EqualTo(expected), $"{app}: diagnostics differ from expected.txt (see the class comment to update it)");
    }

    [TestCaseSource(nameof(Apps))]
    public async Task ConcurrentAndSequentialRunsAgree(string app)
    {
        var sequential = Describe((await AnalyzeAsync(Compile(app, Sources(app), concurrent: false), concurrent: false, Files(app))).Diagnostics);
        for (var run = 0; run < 3; run++)
        {
            var concurrent = Describe((await AnalyzeAsync(Compile(app, Sources(app)), concurrent: true, Files(app))).Diagnostics);
            Assert.That(concurrent, Is.EqualTo(sequential), $"run {run}");
        }
    }
}

/// <summary>A corpus app's project files (paths only, unless <paramref name="contents"/> gives a file's text) with per-file
/// build metadata; sources get no options.</summary>
public sealed class ProjectFiles(IReadOnlyDictionary<string, (string Key, string Value)[]> files, IReadOnlyDictionary<string, string>? contents = null) : AnalyzerConfigOptionsProvider
{
    private static readonly Options None = new([]);

    public ImmutableArray<AdditionalText> Texts { get; } = files.Keys.OrderBy(p => p, StringComparer.Ordinal)
        .Select(p => (AdditionalText)new PathOnly(p, contents?.GetValueOrDefault(p))).ToImmutableArray();

    public override AnalyzerConfigOptions GlobalOptions => None;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => files.TryGetValue(textFile.Path, out var metadata) ? new Options(metadata) : None;

    private sealed class Options((string Key, string Value)[] values) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys => values.Select(v => v.Key);

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
        {
            value = values.FirstOrDefault(v => string.Equals(v.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
            return value is not null;
        }
    }

    private sealed class PathOnly(string path, string? text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default)
            => text is null ? null : Microsoft.CodeAnalysis.Text.SourceText.From(text);
    }
}
