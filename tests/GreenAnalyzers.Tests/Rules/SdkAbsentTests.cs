using System.Collections.Immutable;
using GreenAnalyzers.Analyzers;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>Projects that reference none of the SDKs pay (almost) nothing: no analyzer registers a callback.</summary>
public sealed class SdkAbsentTests
{
    /// <summary>Every analyzer the package ships, found by reflection so a new one cannot be forgotten.</summary>
    public static IEnumerable<Type> Analyzers() => typeof(ModelIdAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .OrderBy(t => t.Name);

    [Test]
    public void TheAssemblyShipsAnalyzers() => Assert.That(Analyzers().Count(), Is.GreaterThanOrEqualTo(2));

    [TestCaseSource(nameof(Analyzers))]
    public async Task NothingIsRegisteredWithoutTheSdks(Type analyzerType)
    {
        var telemetry = await Telemetry(analyzerType, Basic.Reference.Assemblies.Net100.References.All);
        Assert.That(Callbacks(telemetry), Is.Zero);
    }

    /// <summary>The analyzers that judge code (all but GA9001's, which reads options once per compilation).</summary>
    public static IEnumerable<Type> CodeAnalyzers() => Analyzers().Where(t => t != typeof(PolicyAnalyzer));

    [TestCaseSource(nameof(CodeAnalyzers))]
    public async Task CallbacksAreRegisteredWhenTheSdkIsReferenced(Type analyzerType)
    {
        // The control: the same measurement with the SDKs present, so the test above can fail.
        var telemetry = await Telemetry(analyzerType, TestReferences.All, analyzerType == typeof(ConfigurationFileAnalyzer));
        Assert.That(Callbacks(telemetry), Is.GreaterThan(0));
    }

    /// <summary>The configuration-file rules depend on the project's files, not on an SDK: no file, no callback.</summary>
    [Test]
    public async Task ConfigurationFilesAreReadOnlyWhenThereAreSome()
    {
        var telemetry = await Telemetry(typeof(ConfigurationFileAnalyzer), TestReferences.All, withConfigurationFile: false);
        Assert.That(Callbacks(telemetry), Is.Zero);
    }

    /// <summary>Additional files that are no configuration file (the package hands the project's ONNX models over too):
    /// nothing to judge, no callback.</summary>
    [Test]
    public async Task ConfigurationFilesAreReadOnlyWhenThereAreSomeAmongTheAdditionalFiles()
    {
        var telemetry = await Telemetry(typeof(ConfigurationFileAnalyzer), TestReferences.All, additionalFile: new ModelFile());
        Assert.That(Callbacks(telemetry), Is.Zero);
    }

    private static int Callbacks(AnalyzerTelemetryInfo telemetry)
        => telemetry.OperationActionsCount + telemetry.OperationBlockActionsCount + telemetry.OperationBlockStartActionsCount
            + telemetry.SyntaxNodeActionsCount + telemetry.SymbolActionsCount + telemetry.AdditionalFileActionsCount;

    private static async Task<AnalyzerTelemetryInfo> Telemetry(Type analyzerType, IEnumerable<MetadataReference> references, bool withConfigurationFile = false, AdditionalText? additionalFile = null)
    {
        additionalFile ??= withConfigurationFile ? new EmptyJson() : null;
        var tree = CSharpSyntaxTree.ParseText("class C { string M() => \"anthropic.claude-opus-4-1-20250805-v1:0\"; }");
        var compilation = CSharpCompilation.Create("T", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(analyzerType)!;
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additionalFile is null ? ImmutableArray<AdditionalText>.Empty : ImmutableArray.Create(additionalFile)),
                null, true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        Assert.That(await withAnalyzers.GetAnalyzerDiagnosticsAsync(), Is.Empty);
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }

    private sealed class ModelFile : AdditionalText
    {
        public override string Path => "/models/model.onnx";

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => Microsoft.CodeAnalysis.Text.SourceText.From(string.Empty);
    }

    private sealed class EmptyJson : AdditionalText
    {
        public override string Path => "/appsettings.json";

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => Microsoft.CodeAnalysis.Text.SourceText.From("{}");
    }
}
