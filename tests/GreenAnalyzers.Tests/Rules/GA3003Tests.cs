using System.Collections.Immutable;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA3003 Use Graviton for CPU inference: x86 CPU types on SageMaker endpoints (Warning) and EC2 (Info).</summary>
public sealed class GA3003Tests
{
    [Test]
    public Task EndpointBothForms() => InstanceVerifier.CodeFixAsync(
        """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class C
        {
            ProductionVariant Embeddings() => new() { InstanceType = {|GA3003:ProductionVariantInstanceType.MlC5Xlarge|} };
            ProductionVariant Rerank() => new() { InstanceType = {|GA3003:"ml.c6i.2xlarge"|} };
            ProductionVariant Small() => new() { InstanceType = {|GA3003:ProductionVariantInstanceType.MlC7iLarge|} };
        }
        """,
        """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class C
        {
            ProductionVariant Embeddings() => new() { InstanceType = ProductionVariantInstanceType.MlC7gXlarge };
            ProductionVariant Rerank() => new() { InstanceType = "ml.c7g.2xlarge" };
            ProductionVariant Small() => new() { InstanceType = ProductionVariantInstanceType.MlC7gLarge };
        }
        """);

    [Test]
    public Task Ec2SinksBothForms() => InstanceVerifier.CodeFixAsync(
        """
        using Amazon.EC2;
        using Amazon.EC2.Model;
        class Workers
        {
            RunInstancesRequest Api() => new() { InstanceType = {|GA3003:InstanceType.M5Xlarge|}, MinCount = 2, MaxCount = 4 };
            RequestLaunchTemplateData Template() => new() { InstanceType = {|GA3003:"c6i.4xlarge"|} };
            SpotFleetLaunchSpecification Spot() => new() { InstanceType = {|GA3003:InstanceType.M7iLarge|} };
            ModifyInstanceAttributeRequest Resize() => new() { InstanceType = {|GA3003:"m6i.2xlarge"|} };
        }
        """,
        """
        using Amazon.EC2;
        using Amazon.EC2.Model;
        class Workers
        {
            RunInstancesRequest Api() => new() { InstanceType = InstanceType.M7gXlarge, MinCount = 2, MaxCount = 4 };
            RequestLaunchTemplateData Template() => new() { InstanceType = "c7g.4xlarge" };
            SpotFleetLaunchSpecification Spot() => new() { InstanceType = InstanceType.M7gLarge };
            ModifyInstanceAttributeRequest Resize() => new() { InstanceType = "m7g.2xlarge" };
        }
        """);

    [Test]
    public async Task Ec2CpuIsFlaggedWithoutAnInferenceSdkToo()
    {
        // Graviton suits any CPU workload; only GPU → Inferentia needs to know the code serves a model.
        var result = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new Analyzers.InstanceTypeAnalyzer()),
            new[] { """
                using Amazon.EC2.Model;
                class C { RunInstancesRequest M() => new() { InstanceType = "m5.large" }; }
                """ },
            concurrent: true, TestReferences.WithoutInferenceSdks);

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("GA3003"));
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Info));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
                "Use 'm7g.large' (AWS Graviton) instead of x86 instance 'm5.large': Graviton3 uses up to 60% less energy than comparable EC2 "
                + "instances (AWS Well-Architected ML Lens, MLSUS-12); $0.096 → $0.082 per hour (AWS Pricing API via Karpenter, 2026-07-20)"));
            Assert.That(diagnostic.Properties["usd_per_hour"], Is.EqualTo("0.096"));
            Assert.That(diagnostic.Properties["suggested_usd_per_hour"], Is.EqualTo("0.0816"));
            Assert.That(diagnostic.Properties["costs_more"], Is.EqualTo("false"));
            Assert.That(diagnostic.Properties["requires"], Is.EqualTo("arm64"));
            Assert.That(diagnostic.Properties["fix_title"], Is.EqualTo("Use 'm7g.large' (needs an arm64 container image)"));
        });
    }

    [Test]
    public async Task WarningOnEndpoints()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), """
            using Amazon.SageMaker.Model;
            class C { ProductionVariant M() => new() { InstanceType = "ml.c5.xlarge" }; }
            """);

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            // The catalog has the SageMaker price of ml.c5.xlarge but none of ml.c7g.xlarge: no price comparison.
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
                "Use 'ml.c7g.xlarge' (AWS Graviton) instead of x86 instance 'ml.c5.xlarge': Graviton3 uses up to 60% less energy than "
                + "comparable EC2 instances (AWS Well-Architected ML Lens, MLSUS-12)"));
            Assert.That(diagnostic.Properties["usd_per_hour"], Is.EqualTo("0.204"));
            Assert.That(diagnostic.Properties.ContainsKey("suggested_usd_per_hour"), Is.False);
        });
    }

    /// <summary>SageMaker endpoints have no ml.m7g / ml.r7g, and no ml.c7g as large as ml.c6i.24xlarge: the Graviton4
    /// family is suggested, quoting AWS's claim for Graviton-based instances of every generation (issue 18).</summary>
    [TestCase("ml.m5.xlarge", "ml.m8g.xlarge")]
    [TestCase("ml.r5.xlarge", "ml.r8g.xlarge")]
    [TestCase("ml.c6i.24xlarge", "ml.c8g.24xlarge")]
    public async Task EndpointsWithoutAGraviton3SizeGetGraviton4(string value, string expected)
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), $$"""
            using Amazon.SageMaker.Model;
            class C { ProductionVariant M() => new() { InstanceType = "{{value}}" }; }
            """);

        var diagnostic = result.Diagnostics.Single();
        Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
            $"Use '{expected}' (AWS Graviton) instead of x86 instance '{value}': AWS Graviton-based instances use up to 60% less energy "
            + "than comparable EC2 instances (AWS Well-Architected FSI Lens, FSISUS14-BP01)"));
    }

    [TestCase("ml.c7g.xlarge", TestName = "Already Graviton")]
    [TestCase("ml.t2.medium", TestName = "Not researched")]
    public Task EndpointValuesNotFlagged(string value) => InstanceVerifier.AnalyzerAsync(
        $$"""
        using Amazon.SageMaker.Model;
        class C
        {
            ProductionVariant M() => new() { InstanceType = "{{value}}" };
        }
        """);

    [Test]
    public Task TrainingAndProcessingHaveNoGraviton() => InstanceVerifier.AnalyzerAsync(
        """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class C
        {
            ResourceConfig Training() => new() { InstanceType = TrainingInstanceType.MlC5Xlarge };
            ProcessingClusterConfig Processing() => new() { InstanceType = "ml.m5.xlarge" };
        }
        """);

    [TestCase("m7g.xlarge")]
    [TestCase("z1d.large")]   // an x86 family with no Graviton counterpart in the catalog
    [TestCase("m5.metal")]
    public Task Ec2ValuesNotFlagged(string value) => InstanceVerifier.AnalyzerAsync(
        $$"""
        using Amazon.EC2.Model;
        class C
        {
            RunInstancesRequest M() => new() { InstanceType = "{{value}}" };
        }
        """);

    [Test]
    public Task PragmaSuppresses()
    {
        var test = InstanceVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = """
            using Amazon.EC2.Model;
            class C
            {
            #pragma warning disable GA3003 // The vendor agent ships x86_64 binaries only.
                RunInstancesRequest M() => new() { InstanceType = "m5.xlarge" };
            #pragma warning restore GA3003
                RunInstancesRequest N() => new() { InstanceType = {|GA3003:"m5.xlarge"|} };
            }
            """;
        return test.RunAsync();
    }
}
