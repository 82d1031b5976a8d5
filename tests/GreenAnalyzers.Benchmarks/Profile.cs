using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Benchmarks;

/// <summary>
/// Per-analyzer execution time on one of the generated code shapes, as ReportAnalyzer measures it (Roslyn's analyzer
/// telemetry), for a first run in this process (JIT and catalog loading included) and for later runs (steady state, what
/// an IDE pays on every re-analysis); and the bytes the analyzers allocate.
/// </summary>
internal static class Profile
{
    private static readonly string[] s_header = ["round", "total", "wall"];

    /// <param name="separately">Each rule as an analyzer of its own (the per-rule breakdown) instead of the one analyzer the
    /// package ships (<see cref="Analyzers.RuleHost"/>); the compiler then walks each member once per rule.</param>
    public static void Run(string shape, int files, int rounds, bool concurrent, string variant, bool separately = false)
    {
        var (trees, references, lines, analyzerOptions) = Compile(shape, files, variant);
        var analyzers = separately ? Rules() : GreenAnalyzers();
        Console.WriteLine($"{shape} ({trees.Length} files, {lines / 1000.0:F1} kLOC{(shape == "sdk" ? ", " + variant : "")}), {rounds} rounds; seconds per analyzer (Roslyn telemetry, concurrent execution {(concurrent ? "on" : "off")})");
        var bind = Stopwatch.StartNew();
        var bound = CSharpCompilation.Create("Bind", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _ = bound.Assembly;
        Console.WriteLine($"(binding the references of a fresh compilation: {bind.Elapsed.TotalSeconds:F3} s, paid by whatever asks for a symbol first)");
        var errors = bound.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (errors.Length > 0)
        {
            throw new InvalidOperationException($"The generated files do not compile ({errors.Length} errors), so the analyzers would judge nothing: {errors[0]}");
        }

        var steady = new List<double[]>();
        var findings = 0;
        Console.WriteLine(string.Join("\t", s_header.Concat(analyzers.Select(a => a.GetType().Name))));
        for (var round = 1; round <= rounds; round++)
        {
            var compilation = CSharpCompilation.Create("Bench", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var options = new CompilationWithAnalyzersOptions(analyzerOptions, null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            var wall = Stopwatch.StartNew();
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            wall.Stop();
            findings = diagnostics.Length;
            var times = analyzers.Select(a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalSeconds).ToArray();
            if (round > 1)
            {
                steady.Add(times);
            }

            Console.WriteLine(string.Join("\t", new[] { round.ToString(CultureInfo.InvariantCulture), times.Sum().ToString("F3", CultureInfo.InvariantCulture), wall.Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture) }.Concat(times.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))) + "\t" + string.Join(" ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}")));
        }

        Console.WriteLine($"GreenAnalyzers findings: {findings}, {findings / (lines / 1000.0):F1} per kLOC");
        if (steady.Count > 0)
        {
            var medians = Enumerable.Range(0, analyzers.Length).Select(a => Median(steady.Select(r => r[a]))).ToArray();
            Console.WriteLine(string.Join("\t", new[] { "median 2+", medians.Sum().ToString("F3", CultureInfo.InvariantCulture), "" }.Concat(medians.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))));
            // The median of the rounds' totals, not the sum of the analyzers' medians: a sum of medians leaves out each
            // analyzer's slow rounds (a garbage collection that lands in its callback), so it reads lower the more
            // analyzers the time is split over, and one hosted analyzer and fourteen separate ones would not compare.
            Console.WriteLine($"steady state: {1000 * Median(steady.Select(r => r.Sum())) / (lines / 1000.0):F2} ms/kLOC of GreenAnalyzers' own time (median of the rounds' totals; sum of the analyzers' medians: {1000 * medians.Sum() / (lines / 1000.0):F2})");
        }
    }

    /// <summary>One analysis per analyzer package (GreenAnalyzers, then each folder given), each alone and with every one
    /// of its rules on (as <c>AnalysisMode=All</c> does in a build): wall time, the package's own time and its slowest
    /// analyzers (Roslyn telemetry). For a shape where a build does not finish, this names the analyzer that does not.</summary>
    public static void Packages(string shape, int files, string variant, IReadOnlyList<string> packages)
    {
        var (trees, references, lines, analyzerOptions) = Compile(shape, files, variant);
        Console.WriteLine($"{shape} ({trees.Length} files, {lines / 1000.0:F1} kLOC): each package alone, every rule on, nullable on, one analysis (Roslyn telemetry, concurrent execution off)");
        foreach (var (name, analyzers) in new[] { ("GreenAnalyzers", GreenAnalyzers()) }.Concat(packages.Select(p => (p, Load(p)))))
        {
            var everyRule = analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct()
                .ToImmutableDictionary(id => id, _ => ReportDiagnostic.Warn);
            // Nullable annotations on, as the benchmark's projects have them: the compiler's nullable analysis is part of what
            // an analyzer's semantic queries cost.
            var compilation = CSharpCompilation.Create("Bench", trees, references, new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary, specificDiagnosticOptions: everyRule, nullableContextOptions: NullableContextOptions.Enable));
            var options = new CompilationWithAnalyzersOptions(analyzerOptions, null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            var wall = Stopwatch.StartNew();
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            wall.Stop();
            var times = analyzers.Select(a => (Name: a.GetType().Name, Seconds: withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalSeconds))
                .OrderByDescending(t => t.Seconds).ToArray();
            Console.WriteLine($"{name}: {analyzers.Length} analyzers, analysis {wall.Elapsed.TotalSeconds:F1} s wall, own time {times.Sum(t => t.Seconds):F3} s, {diagnostics.Length} diagnostics; slowest: "
                + string.Join("; ", times.Take(5).Select(t => $"{t.Name} {t.Seconds:F3} s")));
        }
    }

    /// <summary>Bytes the analyzers allocate beyond the no-op analyzer (both on a fresh compilation of the same files, after
    /// a warm-up), per kLOC: GreenAnalyzers together (and each of its analyzers with --each), and each other analyzer package given
    /// (a folder of analyzer DLLs, as the build benchmark restores them). Allocation is deterministic where time on a
    /// shared 2-core machine is not, and what a package allocates is what its share of the compiler's collections grows with.</summary>
    public static void Allocations(string shape, int files, string variant, IReadOnlyList<string> packages, bool each)
    {
        var (trees, references, lines, analyzerOptions) = Compile(shape, files, variant);
        var kloc = lines / 1000.0;
        long Measure(ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var result = long.MaxValue;
            for (var round = 0; round < 3; round++)
            {
                // Bound on one thread: with concurrent binding the compiler's own allocations vary by up to ±250 KB/kLOC
                // between runs of one commit (2026-12-08), more than most changes measured here.
                var compilation = CSharpCompilation.Create("Bench", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, concurrentBuild: false));
                var options = new CompilationWithAnalyzersOptions(analyzerOptions, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
                var before = GC.GetTotalAllocatedBytes(precise: true);
                compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                result = Math.Min(result, GC.GetTotalAllocatedBytes(precise: true) - before);
            }

            return result;
        }

        var noOp = new AnalyzerBenchmarks.EmptyAnalyzer();
        var baseline = Measure(ImmutableArray.Create<DiagnosticAnalyzer>(noOp));
        long Beyond(IEnumerable<DiagnosticAnalyzer> analyzers) => Measure(ImmutableArray.Create<DiagnosticAnalyzer>(noOp).AddRange(analyzers)) - baseline;
        Console.WriteLine($"{shape} ({trees.Length} files, {kloc:F1} kLOC{(shape == "sdk" ? ", " + variant : "")}); no-op analyzer: {baseline / 1e6:F1} MB; allocated beyond it, KB per kLOC:");
        Console.WriteLine($"{Beyond(GreenAnalyzers()) / 1024.0 / kloc,10:F1}  GreenAnalyzers (the shipped analyzer, every rule)");
        foreach (var package in packages)
        {
            Console.WriteLine($"{Beyond(Load(package)) / 1024.0 / kloc,10:F1}  {package}");
        }

        foreach (var analyzer in each ? Rules().OrderBy(a => a.GetType().Name, StringComparer.Ordinal) : Enumerable.Empty<DiagnosticAnalyzer>())
        {
            Console.WriteLine($"{Beyond([analyzer]) / 1024.0 / kloc,10:F1}    {analyzer.GetType().Name}");
        }
    }

    private static (ImmutableArray<SyntaxTree> Trees, ImmutableArray<MetadataReference> References, int Lines, AnalyzerOptions Options) Compile(string shape, int files, string variant)
    {
        var (sources, sdk) = Generated.Shape(shape, files, variant);
        var trees = sources.Where(f => f.Name.EndsWith(".cs", StringComparison.Ordinal)).Select(f => CSharpSyntaxTree.ParseText(f.Text, path: f.Name)).ToImmutableArray();
        var additional = sources.Where(f => !f.Name.EndsWith(".cs", StringComparison.Ordinal)).Select(f => (AdditionalText)new Additional(f.Name, f.Text)).ToImmutableArray();
        return (trees, Generated.References(sdk), Generated.Lines(sources), new AnalyzerOptions(additional));
    }

    private sealed class Additional(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>What the package ships: the one analyzer that runs every rule.</summary>
    internal static ImmutableArray<DiagnosticAnalyzer> GreenAnalyzers() => [new Analyzers.RuleHost()];

    /// <summary>Each rule as an analyzer of its own, for a per-rule breakdown.</summary>
    internal static ImmutableArray<DiagnosticAnalyzer> Rules() => Analyzers.RuleHost.CreateRules().CastArray<DiagnosticAnalyzer>();

    /// <summary>The C# analyzers of every DLL in a folder (an analyzer package's <c>analyzers/dotnet/…/cs</c>).</summary>
    private static ImmutableArray<DiagnosticAnalyzer> Load(string folder)
    {
        var loader = new Loader();
        return Directory.GetFiles(folder, "*.dll")
            .SelectMany(dll => new AnalyzerFileReference(Path.GetFullPath(dll), loader).GetAnalyzers(LanguageNames.CSharp))
            .ToImmutableArray();
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
