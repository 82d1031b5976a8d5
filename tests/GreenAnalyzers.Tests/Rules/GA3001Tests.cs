using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA3001 Serve on Inferentia instead of GPU: SageMaker endpoints (Warning) and EC2 launches in code that uses
/// an inference SDK (Info).</summary>
public sealed class GA3001Tests
{
    // ---------------------------------------------------------------- every sink, both value forms

    [Test]
    public Task EndpointVariantsKeepTheirForm() => InstanceVerifier.CodeFixAsync(
        """
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class Deploy
        {
            Task M(IAmazonSageMaker sageMaker) => sageMaker.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
            {
                EndpointConfigName = "classifier",
                ProductionVariants =
                [
                    new ProductionVariant { VariantName = "a", InstanceType = {|GA3001:ProductionVariantInstanceType.MlG5Xlarge|} },
                    new ProductionVariant { VariantName = "b", InstanceType = {|GA3001:"ml.g5.2xlarge"|} },
                ],
                ShadowProductionVariants = [new ProductionVariant { InstanceType = {|GA3001:Amazon.SageMaker.ProductionVariantInstanceType.MlG6Xlarge|} }],
            });
        }
        """,
        """
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class Deploy
        {
            Task M(IAmazonSageMaker sageMaker) => sageMaker.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
            {
                EndpointConfigName = "classifier",
                ProductionVariants =
                [
                    new ProductionVariant { VariantName = "a", InstanceType = ProductionVariantInstanceType.MlInf2Xlarge },
                    new ProductionVariant { VariantName = "b", InstanceType = "ml.inf2.xlarge" },
                ],
                ShadowProductionVariants = [new ProductionVariant { InstanceType = Amazon.SageMaker.ProductionVariantInstanceType.MlInf2Xlarge }],
            });
        }
        """);

    [TestCase("RunInstancesRequest")]
    [TestCase("RequestLaunchTemplateData")]
    [TestCase("FleetLaunchTemplateOverridesRequest")]
    [TestCase("SpotFleetLaunchSpecification")]
    public Task Ec2Sinks(string type) => InstanceVerifier.CodeFixAsync(
        $$"""
        using Amazon.EC2;
        using Amazon.EC2.Model;
        class Fleet
        {
            {{type}} Member() => new() { InstanceType = {|GA3001:InstanceType.G5Xlarge|} };
            {{type}} Text() => new() { InstanceType = {|GA3001:"g6.xlarge"|} };
        }
        """,
        $$"""
        using Amazon.EC2;
        using Amazon.EC2.Model;
        class Fleet
        {
            {{type}} Member() => new() { InstanceType = InstanceType.Inf2Xlarge };
            {{type}} Text() => new() { InstanceType = "inf2.xlarge" };
        }
        """);

    [Test]
    public Task Ec2ResizeTakesAPlainString() => InstanceVerifier.CodeFixAsync(
        """
        using Amazon.EC2.Model;
        class Resize
        {
            ModifyInstanceAttributeRequest Text(string id) => new() { InstanceId = id, InstanceType = {|GA3001:"g5.2xlarge"|} };
            ModifyInstanceAttributeRequest Member(string id) => new() { InstanceId = id, InstanceType = {|GA3001:Amazon.EC2.InstanceType.G5Xlarge|} };
        }
        """,
        """
        using Amazon.EC2.Model;
        class Resize
        {
            ModifyInstanceAttributeRequest Text(string id) => new() { InstanceId = id, InstanceType = "inf2.xlarge" };
            ModifyInstanceAttributeRequest Member(string id) => new() { InstanceId = id, InstanceType = Amazon.EC2.InstanceType.Inf2Xlarge };
        }
        """);

    // ---------------------------------------------------------------- every value form

    [Test]
    public Task StringValueForms() => InstanceVerifier.CodeFixAsync(
        """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        static class Hosting
        {
            public const string Serving = "ml.g5.xlarge"; // sized for the 7B model
            public static readonly string Canary = "ml.g6.2xlarge";
            public static readonly ProductionVariantInstanceType Batch = ProductionVariantInstanceType.MlG524xlarge;
        }
        class C
        {
            ProductionVariant Const() => new() { InstanceType = {|GA3001:Hosting.Serving|} };
            ProductionVariant ReadOnly() => new() { InstanceType = {|GA3001:Hosting.Canary|} };
            ProductionVariant Alias() => new() { InstanceType = {|GA3001:Hosting.Batch|} };
            ProductionVariant Local()
            {
                const string type = @"ml.g6.xlarge";
                return new() { InstanceType = {|GA3001:type|} };
            }
            ProductionVariant FindValue() => new() { InstanceType = {|GA3001:ProductionVariantInstanceType.FindValue("ml.g5.8xlarge")|} };
            ProductionVariant Created() => new() { InstanceType = {|GA3001:new ProductionVariantInstanceType("ml.g5.48xlarge")|} };
            ProductionVariant Later()
            {
                var variant = new ProductionVariant();
                variant.InstanceType = {|GA3001:"ml.g6.24xlarge"|};
                return variant;
            }
        }
        """,
        """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        static class Hosting
        {
            public const string Serving = "ml.inf2.xlarge"; // sized for the 7B model
            public static readonly string Canary = "ml.inf2.xlarge";
            public static readonly ProductionVariantInstanceType Batch = ProductionVariantInstanceType.MlInf224xlarge;
        }
        class C
        {
            ProductionVariant Const() => new() { InstanceType = Hosting.Serving };
            ProductionVariant ReadOnly() => new() { InstanceType = Hosting.Canary };
            ProductionVariant Alias() => new() { InstanceType = Hosting.Batch };
            ProductionVariant Local()
            {
                const string type = @"ml.inf2.xlarge";
                return new() { InstanceType = type };
            }
            ProductionVariant FindValue() => new() { InstanceType = ProductionVariantInstanceType.FindValue("ml.inf2.8xlarge") };
            ProductionVariant Created() => new() { InstanceType = new ProductionVariantInstanceType("ml.inf2.24xlarge") };
            ProductionVariant Later()
            {
                var variant = new ProductionVariant();
                variant.InstanceType = "ml.inf2.24xlarge";
                return variant;
            }
        }
        """);

    [Test]
    public Task ConstantInterpolationKeepsThePrefixConstant() => InstanceVerifier.CodeFixAsync(
        """
        using Amazon.SageMaker.Model;
        class C
        {
            const string Ml = "ml.";
            ProductionVariant M() => new() { InstanceType = {|GA3001:$"{Ml}g5.xlarge"|} };
        }
        """,
        """
        using Amazon.SageMaker.Model;
        class C
        {
            const string Ml = "ml.";
            ProductionVariant M() => new() { InstanceType = $"{Ml}inf2.xlarge" };
        }
        """);

    [Test]
    public Task NoFixWhenTheTypeIsSplitAcrossConstants() => InstanceVerifier.AnalyzerAsync(
        """
        using Amazon.SageMaker.Model;
        class C
        {
            const string Family = "g5";
            ProductionVariant M() => new() { InstanceType = {|GA3001:"ml." + Family + ".xlarge"|} };
        }
        """);

    // ---------------------------------------------------------------- must not flag

    [TestCase("ml.inf2.xlarge", TestName = "Already Inferentia2")]
    [TestCase("ml.c7g.xlarge", TestName = "Graviton CPU")]
    [TestCase("ml.g9.xlarge", TestName = "Future type the SDK does not list")]
    [TestCase("ml.g5", TestName = "Malformed: no size")]
    [TestCase("ml.g5.xlarge ", TestName = "Malformed: trailing space")]
    [TestCase(" ml.g5.xlarge", TestName = "Malformed: leading space")]
    [TestCase("ML.G5.XLARGE", TestName = "Upper case: not a value the API takes")]
    [TestCase("g5.xlarge", TestName = "EC2 spelling on a SageMaker endpoint")]
    [TestCase("ml.g6e.xlarge", TestName = "Unverified row: one L40S would need six Inferentia2 chips")]
    [TestCase("ml.p5.48xlarge", TestName = "More GPU memory than any Inferentia2 size")]
    [TestCase("", TestName = "Empty string")]
    [TestCase("ml..xlarge", TestName = "Empty family")]
    public Task EndpointValuesNotFlagged(string value) => InstanceVerifier.AnalyzerAsync(
        $$"""
        using Amazon.SageMaker.Model;
        class C
        {
            ProductionVariant M() => new() { InstanceType = "{{value}}" };
        }
        """);

    [TestCase("inf2.xlarge")]
    [TestCase("ml.g5.xlarge")]
    [TestCase("g5.xlarge ")]
    [TestCase("g5.Xlarge")]
    [TestCase("g99.xlarge")]
    public Task Ec2ValuesNotFlagged(string value) => InstanceVerifier.AnalyzerAsync(
        $$"""
        using Amazon.EC2.Model;
        class C
        {
            RunInstancesRequest M() => new() { InstanceType = "{{value}}" };
        }
        """);

    [Test]
    public Task ValuesUnknownAtCompileTimeAreNotFlagged() => InstanceVerifier.AnalyzerAsync(
        """
        using System;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class C
        {
            static string mutableType = "ml.g5.xlarge";   // reconfigured by a method: unknown
            ProductionVariantInstanceType _field = ProductionVariantInstanceType.MlG5Xlarge;
            void Configure(string type) { mutableType = type; _field = type; }
            static string Load() => Environment.GetEnvironmentVariable("INSTANCE_TYPE")!;

            ProductionVariant Parameter(string type) => new() { InstanceType = type };
            ProductionVariant Environment_() => new() { InstanceType = Environment.GetEnvironmentVariable("INSTANCE_TYPE") };
            ProductionVariant Mutable() => new() { InstanceType = mutableType };
            ProductionVariant InstanceField() => new() { InstanceType = _field };
            ProductionVariant Local()
            {
                var type = "ml.g5.xlarge"; // overwritten by configuration before use: this write never reaches the sink
                type = Load();
                return new() { InstanceType = type };
            }
            ProductionVariant Conditional(bool big) => new() { InstanceType = big ? Load() : Environment.GetEnvironmentVariable("T") };
            ProductionVariant Null() => new() { InstanceType = null };
        }
        """);

    [Test]
    public Task OtherTypesWithAnInstanceTypePropertyAreNotSinks() => InstanceVerifier.AnalyzerAsync(
        """
        class MyVariant { public string InstanceType { get; set; } = ""; }
        class C
        {
            MyVariant M() => new() { InstanceType = "ml.g5.xlarge" };
            string Plain() => "g5.xlarge";
        }
        """);

    [Test]
    public Task ProcessingAndTrainingAreNotServing() => InstanceVerifier.AnalyzerAsync(
        """
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class C
        {
            ProcessingClusterConfig Processing() => new() { InstanceType = ProcessingInstanceType.MlG5Xlarge };
            ResourceConfig Training() => new() { InstanceType = "ml.g5.8xlarge" }; // GA3002's row for this size is unverified
        }
        """);

    // ---------------------------------------------------------------- EC2 only in code that runs inference

    private const string Ec2Launch = """
        using Amazon.EC2;
        using Amazon.EC2.Model;
        class Fleet
        {
            RunInstancesRequest Gpu() => new() { InstanceType = InstanceType.G5Xlarge, MinCount = 1, MaxCount = 1 };
        }
        """;

    [Test]
    public async Task Ec2GpuWithoutAnInferenceSdkIsNotFlagged()
    {
        var result = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new Analyzers.InstanceTypeAnalyzer()),
            new[] { Ec2Launch }, concurrent: true, TestReferences.WithoutInferenceSdks);
        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics, Is.Empty);
        });
    }

    [TestCase("AWSSDK.BedrockRuntime")]
    [TestCase("AWSSDK.SageMakerRuntime")]
    [TestCase("Microsoft.ML.OnnxRuntime")]
    [TestCase("Microsoft.ML.OnnxRuntimeGenAI")]
    [TestCase("Anthropic.Bedrock")]
    public async Task AnyInferenceSdkTurnsItOn(string assemblyName)
    {
        // A stand-in assembly with only the name: a reference is enough, the code need not call it.
        var marker = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText("namespace Marker { public sealed class M { } }") },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).ToMetadataReference();
        var result = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new Analyzers.InstanceTypeAnalyzer()),
            new[] { Ec2Launch }, concurrent: true, TestReferences.WithoutInferenceSdks.Add(marker));
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "GA3001" }));
    }

    // ---------------------------------------------------------------- severity per API

    private const string BothApis = """
        using Amazon.SageMaker.Model;
        using Amazon.EC2.Model;
        class C
        {
            ProductionVariant Endpoint() => new() { InstanceType = "ml.g5.xlarge" };
            RunInstancesRequest Ec2() => new() { InstanceType = "g5.xlarge" };
        }
        """;

    [Test]
    public async Task WarningOnSageMakerInfoOnEc2()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), BothApis);
        Assert.That(result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.Severity),
            Is.EqualTo(new[] { DiagnosticSeverity.Warning, DiagnosticSeverity.Info }));
    }

    [Test]
    public Task MarkupSeesTheEffectiveSeverity()
    {
        var test = InstanceVerifier.Create();
        test.TestCode = BothApis.Replace("= \"ml.g5.xlarge\"", "= {|#0:\"ml.g5.xlarge\"|}").Replace("= \"g5.xlarge\"", "= {|#1:\"g5.xlarge\"|}");
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA3001", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("Use 'ml.inf2.xlarge' (AWS Inferentia2) instead of GPU instance 'ml.g5.xlarge' for inference: up to 50% better performance/watt "
                + "than comparable EC2 instances (AWS Well-Architected ML Lens, MLSUS-12); $1.41 → $0.99 per hour (AWS FMBench sample, 2025-01-26)"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA3001", DiagnosticSeverity.Info).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("Use 'inf2.xlarge' (AWS Inferentia2) instead of GPU instance 'g5.xlarge' for inference: up to 50% better performance/watt "
                + "than comparable EC2 instances (AWS Well-Architected ML Lens, MLSUS-12); $1.01 → $0.758 per hour (AWS Pricing API via Karpenter, 2026-07-20)"));
        return test.RunAsync();
    }

    [TestCase(ReportDiagnostic.Warn, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning)]
    [TestCase(ReportDiagnostic.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Error)]
    [TestCase(ReportDiagnostic.Info, DiagnosticSeverity.Info, DiagnosticSeverity.Info)]
    public async Task ConfiguredSeverityWinsForBothApis(ReportDiagnostic configured, DiagnosticSeverity endpoint, DiagnosticSeverity ec2)
    {
        // dotnet_diagnostic.GA3001.severity reaches the compiler as a per-id report option, which overrides the effective
        // severity the analyzer chose per API.
        var result = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new Analyzers.InstanceTypeAnalyzer()),
            new[] { BothApis }, concurrent: true, severities: ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("GA3001", configured));
        Assert.That(result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.Severity), Is.EqualTo(new[] { endpoint, ec2 }));
    }

    [Test]
    public async Task ConfiguredNoneSilencesBothApis()
    {
        var result = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new Analyzers.InstanceTypeAnalyzer()),
            new[] { BothApis }, concurrent: true, severities: ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("GA3001", ReportDiagnostic.Suppress));
        Assert.That(result.Diagnostics, Is.Empty);
    }

    // ---------------------------------------------------------------- message and properties

    [Test]
    public async Task CostsMoreIsSaidAndTheClaimQuoted()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class C { ProductionVariant M() => new() { InstanceType = ProductionVariantInstanceType.MlG54xlarge }; }
            """);

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
                "Use 'ml.inf2.8xlarge' (AWS Inferentia2) instead of GPU instance 'ml.g5.4xlarge' for inference: up to 50% better "
                + "performance/watt than comparable EC2 instances (AWS Well-Architected ML Lens, MLSUS-12); costs more per hour: $2.03 → $2.36 "
                + "(AWS FMBench sample, 2025-01-26)"));
            Assert.That(diagnostic.Properties["instance_type"], Is.EqualTo("ml.g5.4xlarge"));
            Assert.That(diagnostic.Properties["instance_api"], Is.EqualTo("endpoint"));
            Assert.That(diagnostic.Properties["suggested"], Is.EqualTo("ml.inf2.8xlarge"));
            Assert.That(diagnostic.Properties["usd_per_hour"], Is.EqualTo("2.03"));
            Assert.That(diagnostic.Properties["suggested_usd_per_hour"], Is.EqualTo("2.36"));
            Assert.That(diagnostic.Properties["price_source"], Is.EqualTo("AWS FMBench sample"));
            Assert.That(diagnostic.Properties["price_date"], Is.EqualTo("2025-01-26"));
            Assert.That(diagnostic.Properties["suggested_price_source"], Is.EqualTo("AWS FMBench sample"));
            Assert.That(diagnostic.Properties["suggested_price_date"], Is.EqualTo("2025-01-26"));
            Assert.That(diagnostic.Properties["costs_more"], Is.EqualTo("true"));
            Assert.That(diagnostic.Properties["claim"], Is.EqualTo("up to 50% better performance/watt than comparable EC2 instances"));
            Assert.That(diagnostic.Properties["claim_source"], Is.EqualTo("AWS Well-Architected ML Lens, MLSUS-12"));
            Assert.That(diagnostic.Properties["requires"], Is.EqualTo("neuron"));
            Assert.That(diagnostic.Properties["edit.0.value"], Is.EqualTo("enum:Amazon.SageMaker.ProductionVariantInstanceType.MlInf28xlarge"));
            Assert.That(diagnostic.Properties["fix_title"], Is.EqualTo("Use 'ml.inf2.8xlarge' (needs a Neuron-compiled model and a Neuron container)"));
            Assert.That(diagnostic.AdditionalLocations, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task NoPriceWhereTheCatalogHasNone()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), """
            using Amazon.SageMaker.Model;
            class C { ProductionVariant M() => new() { InstanceType = "ml.g6.xlarge" }; }
            """);

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.EndWith("(AWS Well-Architected ML Lens, MLSUS-12)"));
            Assert.That(diagnostic.Properties.ContainsKey("usd_per_hour"), Is.False);
            Assert.That(diagnostic.Properties.ContainsKey("costs_more"), Is.False);
            Assert.That(diagnostic.Properties["suggested_usd_per_hour"], Is.EqualTo("0.99"));
            Assert.That(diagnostic.Properties["edit.0.value"], Is.EqualTo("string:inf2.xlarge"));
        });
    }

    // ---------------------------------------------------------------- robustness

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            using Amazon.EC2.Model;
            class C
            {
                ProductionVariant A() => new ProductionVariant { InstanceType = };
                ProductionVariant B() => new ProductionVariant { InstanceType = "ml.g5.xlarge"
                ProductionVariant C1() => new ProductionVariant { InstanceType = ProductionVariantInstanceType.MlG99Xlarge };
                ProductionVariant D() => new ProductionVariant { InstanceTyp = "ml.g5.xlarge" };
                object E() => new UnknownVariant { InstanceType = "ml.g5.xlarge" };
                object F() => new RunInstancesRequest { InstanceType = 42 };
                const string Cycle = Cycle;
                ProductionVariant G() => new ProductionVariant { InstanceType = Cycle };
                static readonly ProductionVariantInstanceType R1 = R2, R2 = R1;
                ProductionVariant H() => new ProductionVariant { InstanceType = R1 };
                ProductionVariant I() => new ProductionVariant { InstanceType = $"ml.{Undefined}.xlarge" };
                ProductionVariant J() => new ProductionVariant { InstanceType = "ml.g5.xlarge" + };
                ProductionVariant K() => new ProductionVariant { InstanceType = ProductionVariantInstanceType. };
                ProductionVariant L() => new ProductionVariant { AcceleratorType = ProductionVariantAcceleratorType.MlEia9 };
                ModifyInstanceAttributeRequest N() => new() { InstanceType = Amazon.EC2.InstanceType. };
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty, "the snippet is meant to be broken");
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.All.EqualTo("GA3001"));
            // The recoverable assignment in B() is still judged.
            Assert.That(result.Diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line), Does.Contain(6));
        });
    }

    [Test]
    public Task GeneratedCodeIsNotAnalyzed()
    {
        var test = InstanceVerifier.Create();
        test.TestState.Sources.Add(("/Deploy.g.cs", """
            using Amazon.SageMaker.Model;
            class G1 { ProductionVariant M() => new() { InstanceType = "ml.g5.xlarge" }; }
            """));
        test.TestState.Sources.Add(("/Marked.cs", """
            // <auto-generated/>
            using Amazon.SageMaker.Model;
            class G2 { ProductionVariant M() => new() { InstanceType = "ml.g5.xlarge" }; }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task PragmaSuppresses()
    {
        // The framework's file-wide #pragma check would nest inside this scoped pair, so it is off here.
        var test = InstanceVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = """
            using Amazon.SageMaker.Model;
            class C
            {
            #pragma warning disable GA3001 // The model uses CUDA kernels the Neuron compiler does not support yet.
                ProductionVariant M() => new() { InstanceType = "ml.g5.xlarge" };
            #pragma warning restore GA3001
                ProductionVariant N() => new() { InstanceType = {|GA3001:"ml.g5.xlarge"|} };
            }
            """;
        return test.RunAsync();
    }

    [Test]
    public Task SuppressMessageAttributeSuppresses() => InstanceVerifier.AnalyzerAsync(
        """
        using System.Diagnostics.CodeAnalysis;
        using Amazon.SageMaker.Model;
        class C
        {
            [SuppressMessage("EfficientSilicon", "GA3001", Justification = "Custom CUDA kernels; re-check with Neuron 2.x.")]
            ProductionVariant M() => new() { InstanceType = "ml.g5.xlarge" };
        }
        """);
}
