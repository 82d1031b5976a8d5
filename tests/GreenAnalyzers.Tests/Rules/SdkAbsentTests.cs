using System.Collections.Immutable;
using GreenAnalyzers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>Projects that reference none of the SDKs pay (almost) nothing: no operation callback is registered.</summary>
public sealed class SdkAbsentTests
{
    [Test]
    public async Task NothingIsRegisteredWithoutTheSdks()
    {
        var telemetry = await Telemetry(Basic.Reference.Assemblies.Net100.References.All);
        Assert.That(telemetry.OperationActionsCount, Is.Zero);
    }

    [Test]
    public async Task CallbacksAreRegisteredWhenTheSdkIsReferenced()
    {
        // The control: the same measurement with the SDK present, so the test above can fail.
        var telemetry = await Telemetry(TestReferences.All);
        Assert.That(telemetry.OperationActionsCount, Is.GreaterThan(0));
    }

    private static async Task<AnalyzerTelemetryInfo> Telemetry(IEnumerable<MetadataReference> references)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { string M() => \"anthropic.claude-opus-4-1-20250805-v1:0\"; }");
        var compilation = CSharpCompilation.Create("T", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var analyzer = new ModelIdAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create<DiagnosticAnalyzer>(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, true, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        Assert.That(await withAnalyzers.GetAnalyzerDiagnosticsAsync(), Is.Empty);
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }
}
