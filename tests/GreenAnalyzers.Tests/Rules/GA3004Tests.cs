using System.Collections.Immutable;
using GreenAnalyzers.Knowledge;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA3004 Move off an older accelerator generation: p2, p3, p3dn, g3, g4dn, inf1 and Elastic Inference; wins
/// over GA3001/GA3002 on the same value.</summary>
public sealed class GA3004Tests
{
    [Test]
    public Task EndpointServingMovesToInferentia2() => InstanceVerifier.CodeFixAsync(
        """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class C
        {
            ProductionVariant T4() => new() { InstanceType = {|GA3004:ProductionVariantInstanceType.MlG4dnXlarge|} };
            ProductionVariant Volta() => new() { InstanceType = {|GA3004:"ml.p3.2xlarge"|} };
            ProductionVariant Inferentia1() => new() { InstanceType = {|GA3004:ProductionVariantInstanceType.MlInf16xlarge|} };
        }
        """,
        """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class C
        {
            ProductionVariant T4() => new() { InstanceType = ProductionVariantInstanceType.MlInf2Xlarge };
            ProductionVariant Volta() => new() { InstanceType = "ml.inf2.xlarge" };
            ProductionVariant Inferentia1() => new() { InstanceType = ProductionVariantInstanceType.MlInf28xlarge };
        }
        """);

    [Test]
    public Task TrainingMovesToTrainium() => InstanceVerifier.CodeFixAsync(
        """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class C
        {
            ResourceConfig Single() => new() { InstanceType = {|GA3004:TrainingInstanceType.MlP32xlarge|} };
            InstanceGroup Network() => new() { InstanceType = {|GA3004:"ml.p3dn.24xlarge"|} };
        }
        """,
        """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class C
        {
            ResourceConfig Single() => new() { InstanceType = TrainingInstanceType.MlTrn12xlarge };
            InstanceGroup Network() => new() { InstanceType = "ml.trn1n.32xlarge" };
        }
        """);

    [Test]
    public Task Ec2WithAnInferenceSdkMovesToInferentia2() => InstanceVerifier.CodeFixAsync(
        """
        using Amazon.EC2;
        using Amazon.EC2.Model;
        class C
        {
            RunInstancesRequest Volta() => new() { InstanceType = {|GA3004:InstanceType.P32xlarge|} };
            FleetLaunchTemplateOverridesRequest T4() => new() { InstanceType = {|GA3004:"g4dn.xlarge"|} };
        }
        """,
        """
        using Amazon.EC2;
        using Amazon.EC2.Model;
        class C
        {
            RunInstancesRequest Volta() => new() { InstanceType = InstanceType.Inf2Xlarge };
            FleetLaunchTemplateOverridesRequest T4() => new() { InstanceType = "inf2.xlarge" };
        }
        """);

    [Test]
    public async Task Ec2WithoutAnInferenceSdkIsReportedWithoutAServingFix()
    {
        var result = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new Analyzers.InstanceTypeAnalyzer()),
            new[] { """
                using Amazon.EC2;
                using Amazon.EC2.Model;
                class C
                {
                    RunInstancesRequest Gpu() => new() { InstanceType = InstanceType.G4dnXlarge };
                    RunInstancesRequest Inferentia1() => new() { InstanceType = InstanceType.Inf1Xlarge };
                }
                """ },
            concurrent: true, TestReferences.WithoutInferenceSdks);

        var byLine = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(byLine.Select(d => d.Id), Is.EqualTo(new[] { "GA3004", "GA3004" }));
            // The GPU may train or render: no Inferentia2 fix, only what the research says is newer.
            Assert.That(byLine[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
                "'g4dn.xlarge' is an accelerator of an older generation (newer in line: g6 (L4) for inference, or inf2); "
                + "the catalog has no sourced successor for this use: choose a current instance type"));
            Assert.That(byLine[0].Properties.ContainsKey("fix_title"), Is.False);
            Assert.That(byLine[0].AdditionalLocations, Is.Empty);
            // Inferentia1 only serves: its successor holds whatever the code base.
            Assert.That(byLine[1].Properties["edit.0.value"], Is.EqualTo("enum:Amazon.EC2.InstanceType.Inf2Xlarge"));
        });
    }

    [Test]
    public Task ReportedWithoutFixWhereNoSuccessorIsSourced() => InstanceVerifier.AnalyzerAsync(
        """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        using Amazon.EC2.Model;
        class C
        {
            ProductionVariant Kepler() => new() { InstanceType = {|GA3004:ProductionVariantInstanceType.MlP2Xlarge|} };
            ResourceConfig Unverified() => new() { InstanceType = {|GA3004:"ml.p3.8xlarge"|} };
            ProcessingClusterConfig Processing() => new() { InstanceType = {|GA3004:ProcessingInstanceType.MlP32xlarge|} };
            RunInstancesRequest Maxwell() => new() { InstanceType = {|GA3004:"g3.4xlarge"|} };
        }
        """);

    [Test]
    public async Task WordingSaysOlderWhereAwsStillListsTheTypeAsCurrent()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class C
            {
                ProductionVariant T4() => new() { InstanceType = "ml.g4dn.xlarge" };
                ProductionVariant Inferentia1() => new() { InstanceType = ProductionVariantInstanceType.MlInf1Xlarge };
                ProductionVariant Kepler() => new() { InstanceType = "ml.p2.xlarge" };
                ResourceConfig Volta() => new() { InstanceType = "ml.p3.8xlarge" };
            }
            """);

        var messages = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(messages, Is.EqualTo(new[]
            {
                "'ml.g4dn.xlarge' is an accelerator of an older generation (newer 'ml.inf2.xlarge' available): up to 50% better performance/watt "
                    + "than comparable EC2 instances (AWS Well-Architected ML Lens, MLSUS-12); costs more per hour: $0.736 → $0.99 (AWS FMBench sample, 2025-01-26)",
                "'ml.inf1.xlarge' is an accelerator of an older generation (newer 'ml.inf2.xlarge' available): 4x higher throughput and 10x lower "
                    + "latency than Inferentia1 (AWS Machine Learning Blog)",
                "'ml.p2.xlarge' is an accelerator of an older generation; the catalog has no sourced successor for this use: choose a current instance type",
                "'ml.p3.8xlarge' is an accelerator of an older generation (newer in line: p4d / p5 (GPU) or trn1 (training)); the catalog has no sourced "
                    + "successor for this use: choose a current instance type",
            }));
            Assert.That(messages, Has.None.Contains("previous"));
            Assert.That(result.Diagnostics.Select(d => d.Properties["generation"]), Is.All.EqualTo("older"));
        });
    }

    // ---------------------------------------------------------------- Elastic Inference

    [Test]
    public Task ElasticInferenceIsReportedWithoutFix() => InstanceVerifier.AnalyzerAsync(
        """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class C
        {
            ProductionVariant Member() => new() { InstanceType = {|GA3003:"ml.c5.xlarge"|}, AcceleratorType = {|GA3004:ProductionVariantAcceleratorType.MlEia2Medium|} };
            ProductionVariant Text() => new() { AcceleratorType = {|GA3004:"ml.eia1.large"|} };
            ProductionVariant Unknown() => new() { AcceleratorType = "ml.eia9.large" };
            ProductionVariant None() => new() { AcceleratorType = null };
        }
        """);

    [Test]
    public async Task ElasticInferenceMessageCitesAws()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class C { ProductionVariant M() => new() { AcceleratorType = ProductionVariantAcceleratorType.MlEia2Medium }; }
            """);

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
                "'ml.eia2.medium' is Amazon Elastic Inference: AWS closed it to new customers on 2023-04-15 (AWS Elastic Inference API notice, "
                + "2023-02-15); drop the accelerator and serve the model on a current instance type, such as AWS Inferentia2 (ml.inf2) with a "
                + "Neuron-compiled model"));
            Assert.That(diagnostic.Properties["instance_type"], Is.EqualTo("ml.eia2.medium"));
            Assert.That(diagnostic.Properties["generation"], Is.EqualTo("elastic_inference"));
            Assert.That(diagnostic.Properties["lifecycle_source"], Is.EqualTo("AWS Elastic Inference API notice, 2023-02-15"));
            Assert.That(diagnostic.Properties.ContainsKey("fix_title"), Is.False);
        });
    }

    // ---------------------------------------------------------------- one diagnostic per value, over the whole catalog

    [TestCase("endpoint", "ProductionVariant")]
    [TestCase("training", "ResourceConfig")]
    [TestCase("processing", "ProcessingClusterConfig")]
    [TestCase("ec2", "RunInstancesRequest")]
    public async Task EveryCatalogTypeGetsTheRuleItsRowNames(string apiName, string sinkType)
    {
        Assert.That(InstanceApis.TryParse(apiName, out var api), Is.True, apiName);
        var catalog = InstanceCatalog.Default;
        var types = catalog.Entries.Where(e => catalog.IsValidFor(api, e.Type)).Select(e => e.Type).OrderBy(t => t, StringComparer.Ordinal).ToList();
        var prefix = api.UsesMlPrefix() ? "ml." : "";
        var source = "using Amazon.SageMaker.Model;\nusing Amazon.EC2.Model;\nclass C\n{\n"
            + string.Concat(types.Select((t, i) => $"    {sinkType} M{i}() => new() {{ InstanceType = \"{prefix}{t}\" }};\n"))
            + "}\n";

        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), source);
        var actual = result.Diagnostics.ToDictionary(d => d.Properties["instance_type"]!, d => d.Id);

        var expected = new Dictionary<string, string>();
        foreach (var type in types)
        {
            catalog.TryFind(type, out var entry);
            var hasRow = catalog.TryGetReplacement(api, type, out var row);
            var id = entry.OlderAccelerator ? "GA3004"
                : !hasRow ? null
                : row.Kind switch
                {
                    InstanceReplacementKind.GpuToInferentia => "GA3001",
                    InstanceReplacementKind.GpuToTrainium => "GA3002",
                    InstanceReplacementKind.X86ToGraviton => "GA3003",
                    _ => "GA3004",
                };
            if (id is not null)
            {
                expected[prefix + type] = id;
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Length, Is.EqualTo(actual.Count), "one diagnostic per value");
            Assert.That(actual, Is.EquivalentTo(expected));
            Assert.That(expected, Is.Not.Empty);
        });
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = InstanceVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = """
            using Amazon.SageMaker.Model;
            class C
            {
            #pragma warning disable GA3004 // Reserved capacity until 2027-03; move then.
                ProductionVariant M() => new() { InstanceType = "ml.g4dn.xlarge" };
            #pragma warning restore GA3004
                ProductionVariant N() => new() { InstanceType = {|GA3004:"ml.g4dn.xlarge"|} };
            }
            """;
        return test.RunAsync();
    }
}
