using System.Collections.Immutable;
using System.Globalization;
using GreenAnalyzers.Analyzers;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>The same diagnostics, in any order of execution: concurrent analysis on or off, and run after run.</summary>
public sealed class DeterminismTests
{
    private static readonly string[] Sources = Enumerable.Range(0, 12).Select(i => $$"""
        using Amazon.BedrockRuntime.Model;
        static class Models{{i}} { public const string Big = "us.anthropic.claude-opus-4-1-20250805-v1:0"; }
        class Service{{i}}
        {
            ConverseRequest A() => new() { ModelId = Models{{i}}.Big };
            ConverseStreamRequest B() => new() { ModelId = "meta.llama3-1-405b-instruct-v1:0" };
            InvokeModelRequest C() => new() { ModelId = "anthropic.claude-3-haiku-20240307-v1:0" };
            InvokeModelRequest D() => new() { ModelId = $"global.{"anthropic.claude-opus-4-6-v1"}" };
        }
        """).ToArray();

    private static readonly string[] InstanceSources = Enumerable.Range(0, 12).Select(i => $$"""
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using Amazon.EC2.Model;
        static class Sizes{{i}} { public const string Cpu = "ml.c6i.xlarge"; }
        class Deploy{{i}}
        {
            ProductionVariant A() => new() { InstanceType = ProductionVariantInstanceType.MlG5Xlarge, AcceleratorType = "ml.eia2.medium" };
            ProductionVariant B() => new() { InstanceType = Sizes{{i}}.Cpu };
            ResourceConfig C() => new() { InstanceType = "ml.p3.2xlarge" };
            RunInstancesRequest D() => new() { InstanceType = "g5.xlarge" };
        }
        """).ToArray();

    [Test]
    public Task ConcurrentAndSequentialAnalysisAgree()
        => AgreeAsync(new ModelIdAnalyzer(), Sources, 48, "4 findings in each of 12 files: GA1002 for A, B and C, GA1001 for D");

    [Test]
    public Task InstanceTypesAgree()
        => AgreeAsync(new InstanceTypeAnalyzer(), InstanceSources, 60, "5 findings in each of 12 files: GA3001 and GA3004 for A, GA3003 for B, GA3004 for C, GA3001 for D");

    private static async Task AgreeAsync(DiagnosticAnalyzer analyzer, string[] sources, int expected, string why)
    {
        var analyzers = ImmutableArray.Create(analyzer);
        var sequential = Describe(await AnalyzerRunner.RunAsync(analyzers, sources, concurrent: false));
        Assert.That(sequential, Has.Length.EqualTo(expected), why);

        for (var run = 0; run < 5; run++)
        {
            var concurrent = await AnalyzerRunner.RunAsync(analyzers, sources, concurrent: true);
            Assert.That(concurrent.AnalyzerExceptions, Is.Empty);
            Assert.That(Describe(concurrent), Is.EqualTo(sequential), $"run {run}");
        }
    }

    private static string[] Describe(AnalyzerRunner.Result result)
        => result.Diagnostics
            .Select(d => $"{d.Location.GetLineSpan()} {d.Id} {d.GetMessage(CultureInfo.InvariantCulture)} {string.Join(",", d.Properties.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))}")
            .OrderBy(text => text, StringComparer.Ordinal)
            .ToArray();
}
