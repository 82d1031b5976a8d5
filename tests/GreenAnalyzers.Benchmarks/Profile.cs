using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Benchmarks;

/// <summary>
/// Per-analyzer execution time on the SDK-heavy files, as ReportAnalyzer measures it (Roslyn's analyzer telemetry),
/// for a first run in this process (JIT and catalog loading included) and for later runs (steady state, what an IDE
/// pays on every re-analysis).
/// </summary>
internal static class Profile
{
    private static readonly string[] s_header = ["round", "total", "wall"];

    public static void Run(int files, int rounds, bool concurrent, string variant)
    {
        var trees = Enumerable.Range(0, files).Select(i => CSharpSyntaxTree.ParseText(Generated.SdkFile(i, variant), path: $"Sdk{i}.cs")).ToImmutableArray();
        var references = Generated.References();
        var analyzers = typeof(Analyzers.ModelIdAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        Console.WriteLine($"{files} SDK-heavy files ({variant}), {rounds} rounds; seconds per analyzer (Roslyn telemetry, concurrent execution {(concurrent ? "on" : "off")})");
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
        Console.WriteLine(string.Join("\t", s_header.Concat(analyzers.Select(a => a.GetType().Name))));
        for (var round = 1; round <= rounds; round++)
        {
            var compilation = CSharpCompilation.Create("Bench", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var options = new CompilationWithAnalyzersOptions(AnalyzerOptions(), null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            var wall = Stopwatch.StartNew();
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            wall.Stop();
            var times = analyzers.Select(a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalSeconds).ToArray();
            if (round > 1)
            {
                steady.Add(times);
            }

            Console.WriteLine(string.Join("\t", new[] { round.ToString(CultureInfo.InvariantCulture), times.Sum().ToString("F3", CultureInfo.InvariantCulture), wall.Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture) }.Concat(times.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))) + "\t" + string.Join(" ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}:{g.Count()}")));
        }

        if (steady.Count > 0)
        {
            var medians = Enumerable.Range(0, analyzers.Length).Select(a => Median(steady.Select(r => r[a]))).ToArray();
            Console.WriteLine(string.Join("\t", new[] { "median 2+", medians.Sum().ToString("F3", CultureInfo.InvariantCulture), "" }.Concat(medians.Select(t => t.ToString("F3", CultureInfo.InvariantCulture)))));
        }
    }

    /// <summary>Bytes each analyzer allocates beyond the no-op analyzer (both on a fresh compilation of the same files, after a
    /// warm-up): allocation is deterministic where time on a shared 2-core machine is not, and what a rule allocates is
    /// what its share of the compiler's garbage collections grows with.</summary>
    public static void Allocations(int files, string variant)
    {
        var trees = Enumerable.Range(0, files).Select(i => CSharpSyntaxTree.ParseText(Generated.SdkFile(i, variant), path: $"Sdk{i}.cs")).ToImmutableArray();
        var references = Generated.References();
        long Measure(ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            var result = long.MaxValue;
            for (var round = 0; round < 3; round++)
            {
                var compilation = CSharpCompilation.Create("Bench", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
                var options = new CompilationWithAnalyzersOptions(AnalyzerOptions(), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
                var before = GC.GetTotalAllocatedBytes(precise: true);
                compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                result = Math.Min(result, GC.GetTotalAllocatedBytes(precise: true) - before);
            }

            return result;
        }

        var baseline = Measure(ImmutableArray.Create<DiagnosticAnalyzer>(new AnalyzerBenchmarks.EmptyAnalyzer()));
        Console.WriteLine($"{files} SDK-heavy files ({variant}); no-op analyzer: {baseline / 1e6:F1} MB; beyond it, per analyzer (KB per file):");
        foreach (var analyzer in typeof(Analyzers.ModelIdAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)).OrderBy(t => t.Name))
        {
            var bytes = Measure(ImmutableArray.Create(new AnalyzerBenchmarks.EmptyAnalyzer(), (DiagnosticAnalyzer)Activator.CreateInstance(analyzer)!)) - baseline;
            Console.WriteLine($"{bytes / 1024.0 / files,8:F1}  {analyzer.Name}");
        }
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static AnalyzerOptions AnalyzerOptions() => new(ImmutableArray<AdditionalText>.Empty);
}
