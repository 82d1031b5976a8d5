using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Benchmarks;

/// <summary>
/// Every GreenAnalyzers analyzer against an analyzer that does nothing, on ~1,000 generated files: (a) code that
/// references none of the SDKs, (b) code that uses them heavily, with every rule firing in every file ("findings") or
/// written the way the rules ask ("compliant"). Each iteration analyzes a fresh compilation, so the semantic-model work
/// is the same for the baseline and GreenAnalyzers.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private const int Files = 1_000;

    private static readonly ImmutableArray<DiagnosticAnalyzer> GreenAnalyzers = Profile.GreenAnalyzers();

    private static readonly ImmutableArray<DiagnosticAnalyzer> Baseline = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer());

    private ImmutableArray<SyntaxTree> _plain;
    private ImmutableArray<SyntaxTree> _findings;
    private ImmutableArray<SyntaxTree> _compliant;
    private ImmutableArray<MetadataReference> _references;
    private Compilation _compilation = null!;

    [Params("no SDK", "SDK-heavy, findings", "SDK-heavy, compliant")]
    public string Code { get; set; } = "no SDK";

    [GlobalSetup]
    public void Setup()
    {
        _plain = Enumerable.Range(0, Files).Select(i => CSharpSyntaxTree.ParseText(Generated.PlainFile(i), path: $"Plain{i}.cs")).ToImmutableArray();
        _findings = Enumerable.Range(0, Files).Select(i => CSharpSyntaxTree.ParseText(Generated.SdkFile(i), path: $"Sdk{i}.cs")).ToImmutableArray();
        _compliant = Enumerable.Range(0, Files).Select(i => CSharpSyntaxTree.ParseText(Generated.CompliantSdkFile(i), path: $"Sdk{i}.cs")).ToImmutableArray();
        _references = Generated.References();
    }

    [IterationSetup]
    public void FreshCompilation()
        => _compilation = CSharpCompilation.Create("Bench", Code switch { "no SDK" => _plain, "SDK-heavy, findings" => _findings, _ => _compliant }, _references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    [Benchmark(Baseline = true)]
    public Task<ImmutableArray<Diagnostic>> NoOpAnalyzer() => _compilation.WithAnalyzers(Baseline).GetAnalyzerDiagnosticsAsync();

    [Benchmark]
    public Task<ImmutableArray<Diagnostic>> AllGreenAnalyzers() => _compilation.WithAnalyzers(GreenAnalyzers).GetAnalyzerDiagnosticsAsync();

    /// <summary>Registers a no-op operation action: the baseline pays for binding like a real analyzer does.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("BENCH0", "never", "never", "bench", DiagnosticSeverity.Hidden, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation, OperationKind.SimpleAssignment, OperationKind.Invocation, OperationKind.Argument);
        }
    }
}
