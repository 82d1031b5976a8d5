using GreenAnalyzers.Analyzers;
using GreenAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace GreenAnalyzers.Tests.Cdk;

using InstanceCdk = CdkVerifier<InstanceTypeAnalyzer, ReplaceValueCodeFixProvider>;
using EndpointCdk = CdkVerifier<EndpointAnalyzer, SyntaxEditCodeFixProvider>;
using ContainerCdk = CdkVerifier<ServingContainerAnalyzer, SyntaxEditCodeFixProvider>;

/// <summary>SageMaker declared with the AWS CDK for C# (the real Amazon.CDK.Lib 2.160.0, L1 constructs): instance types of
/// production and shadow variants (GA3001/GA3003/GA3004), endpoint configurations without data capture (GA5001), TGI/LMI
/// model containers without quantization (GA4005), endpoints without scaling or alarms (GA5002).</summary>
public sealed class CdkSageMakerTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using Amazon.CDK;
        using Amazon.CDK.AWS.Sagemaker;
        using Constructs;

        """;

    private static string Stack(string body) => Usings + $$"""
        class ServingStack : Stack
        {
            public ServingStack(Construct scope, string id) : base(scope, id)
            {
        {{body}}
            }
        }
        """;

    private const string Capture = """
                    DataCaptureConfig = new CfnEndpointConfig.DataCaptureConfigProperty { EnableCapture = true, InitialSamplingPercentage = 10, DestinationS3Uri = "s3://b/c", CaptureOptions = new[] { new CfnEndpointConfig.CaptureOptionProperty { CaptureMode = "Input" } } },
        """;

    // ---------------------------------------------------------------- GA3001/GA3003/GA3004 on variants

    /// <summary>The known-image gate in the AWS CDK: a variant naming a <c>CfnModel</c> (by <c>model.AttrModelName</c>, or by the
    /// constant name of its <c>CfnModelProps</c> in the same file) whose container is a built-in algorithm image gets no
    /// Inferentia or Graviton suggestion; an older GPU keeps GA3004 without a successor.</summary>
    [Test]
    public Task VariantServingABuiltInCfnModel()
    {
        // The old g4dn keeps its finding without the Inferentia fix it would otherwise get: the fixed code is the same.
        var source = Stack("""
                var props = new CfnModelProps
                {
                    ExecutionRoleArn = "arn:aws:iam::123456789012:role/sagemaker",
                    PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1", ModelDataUrl = "s3://m/model.tar.gz" },
                };
                var model = new CfnModel(this, "Model", props);
                new CfnModel(this, "Named", new CfnModelProps { ModelName = "segments", Containers = new[] { new CfnModel.ContainerDefinitionProperty { Image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1" } } });
                new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps
                {
                    ProductionVariants = new[]
                    {
                        new CfnEndpointConfig.ProductionVariantProperty { VariantName = "gpu", ModelName = model.AttrModelName, InitialInstanceCount = 1, InstanceType = "ml.g5.xlarge" },
                        new CfnEndpointConfig.ProductionVariantProperty { VariantName = "cpu", ModelName = model.AttrModelName, InitialInstanceCount = 1, InstanceType = "ml.c5.xlarge" },
                        new CfnEndpointConfig.ProductionVariantProperty { VariantName = "old", ModelName = "segments", InitialInstanceCount = 1, InstanceType = {|GA3004:"ml.g4dn.xlarge"|} },
                    },
        """ + Capture + """
                });
        """);
        return InstanceCdk.CodeFixAsync(source, source);
    }

    [Test]
    public Task VariantServingAnUnknownCfnModelKeepsTheSuggestion() => InstanceCdk.CodeFixAsync(
        Stack("""
                var model = new CfnModel(this, "Model", new CfnModelProps { PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/own:1" } });
                new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps
                {
                    ProductionVariants = new[]
                    {
                        new CfnEndpointConfig.ProductionVariantProperty { VariantName = "gpu", ModelName = model.AttrModelName, InitialInstanceCount = 1, InstanceType = {|GA3001:"ml.g5.xlarge"|} },
                    },
        """ + Capture + """
                });
        """),
        Stack("""
                var model = new CfnModel(this, "Model", new CfnModelProps { PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/own:1" } });
                new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps
                {
                    ProductionVariants = new[]
                    {
                        new CfnEndpointConfig.ProductionVariantProperty { VariantName = "gpu", ModelName = model.AttrModelName, InitialInstanceCount = 1, InstanceType = "ml.inf2.xlarge" },
                    },
        """ + Capture + """
                });
        """));

    [Test]
    public Task ProductionAndShadowVariantsKeepTheStringForm() => InstanceCdk.CodeFixAsync(
        Stack("""
                new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps
                {
                    ProductionVariants = new[]
                    {
                        new CfnEndpointConfig.ProductionVariantProperty { VariantName = "main", ModelName = "m", InitialInstanceCount = 1, InstanceType = {|GA3001:"ml.g5.xlarge"|} },
                    },
                    ShadowProductionVariants = new object[]
                    {
                        new CfnEndpointConfig.ProductionVariantProperty { VariantName = "shadow", ModelName = "m", InstanceType = {|GA3001:"ml.g5.2xlarge"|} }, // canary
                    },
        """ + Capture + """
                });
        """),
        Stack("""
                new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps
                {
                    ProductionVariants = new[]
                    {
                        new CfnEndpointConfig.ProductionVariantProperty { VariantName = "main", ModelName = "m", InitialInstanceCount = 1, InstanceType = "ml.inf2.xlarge" },
                    },
                    ShadowProductionVariants = new object[]
                    {
                        new CfnEndpointConfig.ProductionVariantProperty { VariantName = "shadow", ModelName = "m", InstanceType = "ml.inf2.xlarge" }, // canary
                    },
        """ + Capture + """
                });
        """));

    [Test]
    public Task EveryWayToWriteAVariant() => InstanceCdk.CodeFixAsync(
        Stack("""
                const string Serving = "ml.c5.xlarge";
                var variant = new CfnEndpointConfig.ProductionVariantProperty { VariantName = "a", InstanceType = {|GA3003:Serving|} };
                var later = new CfnEndpointConfig.ProductionVariantProperty { VariantName = "b" };
                later.InstanceType = {|GA3004:"ml.p3.2xlarge"|};
                var props = new CfnEndpointConfigProps { ProductionVariants = new[] { variant, later } };
                new CfnEndpointConfig(this, "Config", props);
        """),
        Stack("""
                const string Serving = "ml.c7g.xlarge";
                var variant = new CfnEndpointConfig.ProductionVariantProperty { VariantName = "a", InstanceType = Serving };
                var later = new CfnEndpointConfig.ProductionVariantProperty { VariantName = "b" };
                later.InstanceType = "ml.inf2.xlarge";
                var props = new CfnEndpointConfigProps { ProductionVariants = new[] { variant, later } };
                new CfnEndpointConfig(this, "Config", props);
        """));

    [Test]
    public async Task SameMessageAndSeverityAsTheSdk()
    {
        var test = InstanceCdk.Create();
        var source = Stack("""
                _ = new CfnEndpointConfig.ProductionVariantProperty { InstanceType = {|#0:"ml.g5.xlarge"|} };
        """);
        test.TestCode = source;
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA3001", DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("Use 'ml.inf2.xlarge' (AWS Inferentia2) instead of GPU instance 'ml.g5.xlarge' for inference: up to 50% better performance/watt "
                + "than comparable EC2 instances (AWS Well-Architected ML Lens, MLSUS-12); $1.41 → $0.99 per hour (AWS FMBench sample, 2025-01-26)"));
        test.FixedCode = source.Replace("{|#0:\"ml.g5.xlarge\"|}", "\"ml.inf2.xlarge\"");
        await test.RunAsync();
    }

    [Test]
    public Task ElasticInferenceAccelerator() => InstanceCdk.AnalyzerAsync(Stack("""
                _ = new CfnEndpointConfig.ProductionVariantProperty { InstanceType = "ml.inf2.xlarge", AcceleratorType = {|GA3004:"ml.eia2.medium"|} };
        """));

    [Test]
    public Task TokensParametersAndUnknownsAreSilent() => InstanceCdk.AnalyzerAsync(Stack("""
                var type = new CfnParameter(this, "InstanceType", new CfnParameterProps { Type = "String", Default = "ml.g5.xlarge" });
                _ = new CfnEndpointConfig.ProductionVariantProperty { InstanceType = type.ValueAsString };
                _ = new CfnEndpointConfig.ProductionVariantProperty { InstanceType = Fn.Ref("InstanceType") };
                _ = new CfnEndpointConfig.ProductionVariantProperty { InstanceType = Lazy.String(new Producer()) };
                _ = new CfnEndpointConfig.ProductionVariantProperty { InstanceType = Fn.ImportValue("shared-instance-type") };
                _ = new CfnEndpointConfig.ProductionVariantProperty { InstanceType = "ml.inf2.xlarge" };
                _ = new CfnEndpointConfig.ProductionVariantProperty { InstanceType = "ml.g9.xlarge" };
                _ = new CfnEndpointConfig.ProductionVariantProperty { InstanceType = "g5.xlarge" }; // EC2 spelling: not a SageMaker value
                _ = new CfnEndpointConfig.ProductionVariantProperty { VariantName = "ml.g5.xlarge" };
            }

            sealed class Producer : IStableStringProducer
            {
                public string? Produce() => "ml.g5.xlarge";
        """));

    [Test]
    public async Task HalfTypedCdkCodeNeverThrows()
    {
        var sources = new[]
        {
            Stack("""
                new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps { ProductionVariants = new[] { new CfnEndpointConfig.ProductionVariantProperty { InstanceType = "ml.g5.
        """),
            Stack("""
                new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps { ProductionVariants = new[] { new CfnEndpointConfig.ProductionVariantProperty { InstanceType = } } });
                new CfnEndpointConfig(this, new CfnEndpointConfigProps { DataCaptureConfig = });
                new CfnEndpointConfig(this, "c");
                new CfnModel(this, "m", new CfnModelProps { PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Environment = new Dictionary<string, object> { ["HF_MODEL_ID"] = } } });
                new CfnEndpoint(this, "e", new CfnEndpointProps { EndpointConfigName = });
        """),
        };
        foreach (var source in sources)
        {
            var result = await AnalyzerRunner.RunAsync(
                System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(
                    new InstanceTypeAnalyzer(), new EndpointAnalyzer(), new ServingContainerAnalyzer()),
                new[] { source }, concurrent: true, references: TestReferences.WithCdk);
            Assert.That(result.CompilerErrors, Is.Not.Empty, "the code is half-typed");
            Assert.That(result.AnalyzerExceptions, Is.Empty);
        }
    }

    // ---------------------------------------------------------------- GA5001

    [Test]
    public Task EndpointConfigWithoutDataCaptureGetsTheCdkForm() => EndpointCdk.CodeFixAsync(
        Stack("""
                new CfnEndpointConfig(this, "Config", {|GA5001:new CfnEndpointConfigProps|}
                {
                    ProductionVariants = new[] { new CfnEndpointConfig.ProductionVariantProperty { VariantName = "main", ModelName = "m", InstanceType = "ml.inf2.xlarge" } },
                });
        """),
        Stack("""
                new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps
                {
                    ProductionVariants = new[] { new CfnEndpointConfig.ProductionVariantProperty { VariantName = "main", ModelName = "m", InstanceType = "ml.inf2.xlarge" } },
                    DataCaptureConfig = new CfnEndpointConfig.DataCaptureConfigProperty
                    {
                        EnableCapture = true,
                        InitialSamplingPercentage = 10,
                        DestinationS3Uri = "s3://acme-model-monitor/capture",
                        CaptureOptions = new[]
                        {
                            new CfnEndpointConfig.CaptureOptionProperty { CaptureMode = "Input" },
                            new CfnEndpointConfig.CaptureOptionProperty { CaptureMode = "Output" },
                        },
                    },
                });
        """),
        "green_analyzers.GA5001.destination_s3_uri = s3://acme-model-monitor/capture");

    [Test]
    public async Task MessageNamesTheConstruct()
    {
        var test = EndpointCdk.Create();
        test.TestCode = Stack("""
                var props = {|#0:new CfnEndpointConfigProps|} { ProductionVariants = new object[0] };
                var config = new CfnEndpointConfig(this, "Config", props);
                _ = config.AttrEndpointConfigName;
        """);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA5001", DiagnosticSeverity.Warning).WithLocation(0)
            .WithMessage("CfnEndpointConfig has no DataCaptureConfig: without data capture, SageMaker Model Monitor has no requests and responses to check for data drift and model quality loss (for a fix, set green_analyzers.GA5001.destination_s3_uri = s3://<bucket>/<prefix> in .editorconfig)"));
        await test.RunAsync();
    }

    [Test]
    public Task CaptureSwitchedOffIsSwitchedOn() => EndpointCdk.CodeFixAsync(
        Stack("""
                new CfnEndpointConfig(this, "Config", {|GA5001:new CfnEndpointConfigProps|}
                {
                    ProductionVariants = new object[0],
                    DataCaptureConfig = new CfnEndpointConfig.DataCaptureConfigProperty { EnableCapture = false, DestinationS3Uri = "s3://b/c" },
                });
        """),
        Stack("""
                new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps
                {
                    ProductionVariants = new object[0],
                    DataCaptureConfig = new CfnEndpointConfig.DataCaptureConfigProperty { EnableCapture = true, DestinationS3Uri = "s3://b/c" },
                });
        """));

    [Test]
    public Task CaptureSetAnyWhereInTheMethodIsEnough() => EndpointCdk.AnalyzerAsync(Stack("""
                var capture = new CfnEndpointConfig.DataCaptureConfigProperty { EnableCapture = true, DestinationS3Uri = "s3://b/c", InitialSamplingPercentage = 5, CaptureOptions = new object[0] };
                new CfnEndpointConfig(this, "A", new CfnEndpointConfigProps { ProductionVariants = new object[0], DataCaptureConfig = capture });
                var props = new CfnEndpointConfigProps { ProductionVariants = new object[0] };
                props.DataCaptureConfig = capture;
                new CfnEndpointConfig(this, "B", props);
                var config = new CfnEndpointConfig(this, "C", new CfnEndpointConfigProps { ProductionVariants = new object[0] });
                config.DataCaptureConfig = capture;
                new CfnEndpointConfig(this, "D", new CfnEndpointConfigProps { ProductionVariants = new object[0] }) { DataCaptureConfig = capture };
        """));

    [Test]
    public Task PropsFromElsewhereAreNotJudged() => EndpointCdk.AnalyzerAsync(Usings + """
        class ServingStack : Stack
        {
            CfnEndpointConfig _kept;

            public ServingStack(Construct scope, string id, CfnEndpointConfigProps given) : base(scope, id)
            {
                new CfnEndpointConfig(this, "A", given);
                new CfnEndpointConfig(this, "B", Build());
                var props = new CfnEndpointConfigProps { ProductionVariants = new object[0] };
                Complete(props);
                new CfnEndpointConfig(this, "C", props);
                _kept = new CfnEndpointConfig(this, "D", new CfnEndpointConfigProps { ProductionVariants = new object[0] });
            }

            static CfnEndpointConfigProps Build() => new CfnEndpointConfigProps { ProductionVariants = new object[0] };

            static void Complete(CfnEndpointConfigProps props) => props.DataCaptureConfig = new CfnEndpointConfig.DataCaptureConfigProperty { EnableCapture = true };
        }
        """);

    // ---------------------------------------------------------------- GA4005

    private const string TgiImage = "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.4.0-tgi3.0.1-gpu-py311-cu124-ubuntu22.04";
    private const string LmiImage = "763104351884.dkr.ecr.us-east-1.amazonaws.com/djl-inference:0.33.0-lmi15.0.0-cu128";

    [Test]
    public Task ModelContainerWithoutQuantization_PrimaryContainer() => ContainerCdk.CodeFixAsync(
        Stack($$"""
                new CfnModel(this, "Model", new CfnModelProps
                {
                    ExecutionRoleArn = "arn:aws:iam::123456789012:role/sm",
                    PrimaryContainer = new CfnModel.ContainerDefinitionProperty
                    {
                        Image = "{{TgiImage}}",
                        Environment = {|GA4005:new Dictionary<string, object>|}
                        {
                            ["HF_MODEL_ID"] = "meta-llama/Llama-3.1-8B-Instruct",
                        },
                    },
                });
        """),
        Stack($$"""
                new CfnModel(this, "Model", new CfnModelProps
                {
                    ExecutionRoleArn = "arn:aws:iam::123456789012:role/sm",
                    PrimaryContainer = new CfnModel.ContainerDefinitionProperty
                    {
                        Image = "{{TgiImage}}",
                        Environment = new Dictionary<string, object>
                        {
                            ["HF_MODEL_ID"] = "meta-llama/Llama-3.1-8B-Instruct",
                            ["HF_MODEL_QUANTIZE"] = "eetq",
                        },
                    },
                });
        """));

    [Test]
    public Task ModelContainerWithoutQuantization_ContainersArray() => ContainerCdk.CodeFixAsync(
        Stack($$"""
                var env = {|GA4005:new Dictionary<string, string>|} { { "HF_MODEL_ID", "meta-llama/Llama-3.1-8B-Instruct" }, { "OPTION_ROLLING_BATCH", "vllm" } };
                new CfnModel(this, "Model", new CfnModelProps
                {
                    ExecutionRoleArn = "arn:aws:iam::123456789012:role/sm",
                    Containers = new[] { new CfnModel.ContainerDefinitionProperty { Image = "{{LmiImage}}", Environment = env } },
                });
        """),
        Stack($$"""
                var env = new Dictionary<string, string> { { "HF_MODEL_ID", "meta-llama/Llama-3.1-8B-Instruct" }, { "OPTION_ROLLING_BATCH", "vllm" }, { "OPTION_QUANTIZE", "fp8" } };
                new CfnModel(this, "Model", new CfnModelProps
                {
                    ExecutionRoleArn = "arn:aws:iam::123456789012:role/sm",
                    Containers = new[] { new CfnModel.ContainerDefinitionProperty { Image = "{{LmiImage}}", Environment = env } },
                });
        """));

    [Test]
    public Task QuantizedOrUnknownContainersAreSilent() => ContainerCdk.AnalyzerAsync(Stack($$"""
                new CfnModel(this, "A", new CfnModelProps
                {
                    ExecutionRoleArn = "r",
                    PrimaryContainer = new CfnModel.ContainerDefinitionProperty
                    {
                        Image = "{{TgiImage}}",
                        Environment = new Dictionary<string, object> { ["HF_MODEL_ID"] = "m", ["HF_MODEL_QUANTIZE"] = "bitsandbytes" },
                    },
                });
                new CfnModel(this, "B", new CfnModelProps
                {
                    ExecutionRoleArn = "r",
                    PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = "{{TgiImage}}", Environment = Fn.Ref("Environment") },
                });
                new CfnModel(this, "C", new CfnModelProps
                {
                    ExecutionRoleArn = "r",
                    PrimaryContainer = new CfnModel.ContainerDefinitionProperty { Image = "123.dkr.ecr.us-east-1.amazonaws.com/my-own:1", Environment = new Dictionary<string, object> { ["MODEL"] = "x" } },
                });
        """));

    // ---------------------------------------------------------------- GA5002

    private static string EndpointStack(string watching) => Stack($$"""
                new CfnEndpointConfig(this, "Config", new CfnEndpointConfigProps { ProductionVariants = new object[0], DataCaptureConfig = new CfnEndpointConfig.DataCaptureConfigProperty { EnableCapture = true } });
                new {|#0:CfnEndpoint|}(this, "Endpoint", new CfnEndpointProps { EndpointConfigName = "config" });
        {{watching}}
        """);

    [Test]
    public Task EndpointWithoutScalingOrAlarm()
    {
        var test = EndpointCdk.Create();
        test.TestCode = EndpointStack(string.Empty);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA5002", DiagnosticSeverity.Info).WithLocation(0));
        return test.RunAsync();
    }

    [TestCase("""new Amazon.CDK.AWS.ApplicationAutoScaling.CfnScalableTarget(this, "Scale", new Amazon.CDK.AWS.ApplicationAutoScaling.CfnScalableTargetProps { ServiceNamespace = "sagemaker", ResourceId = "endpoint/e/variant/main", ScalableDimension = "sagemaker:variant:DesiredInstanceCount", MinCapacity = 1, MaxCapacity = 4 });""")]
    [TestCase("""new Amazon.CDK.AWS.ApplicationAutoScaling.ScalableTarget(this, "Scale", new Amazon.CDK.AWS.ApplicationAutoScaling.ScalableTargetProps { ServiceNamespace = Amazon.CDK.AWS.ApplicationAutoScaling.ServiceNamespace.SAGEMAKER, ResourceId = "endpoint/e/variant/main", ScalableDimension = "sagemaker:variant:DesiredInstanceCount", MinCapacity = 1, MaxCapacity = 4 });""")]
    [TestCase("""new Amazon.CDK.AWS.CloudWatch.CfnAlarm(this, "Idle", new Amazon.CDK.AWS.CloudWatch.CfnAlarmProps { Namespace = "AWS/SageMaker", MetricName = "Invocations", ComparisonOperator = "LessThanThreshold", EvaluationPeriods = 24, Threshold = 1 });""")]
    [TestCase("""new Amazon.CDK.AWS.CloudWatch.Metric(new Amazon.CDK.AWS.CloudWatch.MetricProps { Namespace = "AWS/SageMaker", MetricName = "Invocations" }).CreateAlarm(this, "Idle", new Amazon.CDK.AWS.CloudWatch.CreateAlarmOptions { Threshold = 1, EvaluationPeriods = 24 });""")]
    [TestCase("""new Amazon.CDK.AWS.CloudWatch.Alarm(this, "Idle", new Amazon.CDK.AWS.CloudWatch.AlarmProps { Metric = new Amazon.CDK.AWS.CloudWatch.Metric(new Amazon.CDK.AWS.CloudWatch.MetricProps { Namespace = "AWS/SageMaker", MetricName = "Invocations" }), Threshold = 1, EvaluationPeriods = 24 });""")]
    public Task ScalingOrAnAlarmOnSageMakerCounts(string watching) => EndpointCdk.AnalyzerAsync(EndpointStack(watching).Replace("{|#0:CfnEndpoint|}", "CfnEndpoint"));

    [TestCase("""new Amazon.CDK.AWS.ApplicationAutoScaling.CfnScalableTarget(this, "Scale", new Amazon.CDK.AWS.ApplicationAutoScaling.CfnScalableTargetProps { ServiceNamespace = "dynamodb", ResourceId = "table/t", ScalableDimension = "dynamodb:table:ReadCapacityUnits", MinCapacity = 1, MaxCapacity = 4 });""")]
    [TestCase("""new Amazon.CDK.AWS.ApplicationAutoScaling.ScalableTarget(this, "Scale", new Amazon.CDK.AWS.ApplicationAutoScaling.ScalableTargetProps { ServiceNamespace = Amazon.CDK.AWS.ApplicationAutoScaling.ServiceNamespace.ECS, ResourceId = "service/c/s", ScalableDimension = "ecs:service:DesiredCount", MinCapacity = 1, MaxCapacity = 4 });""")]
    [TestCase("""new Amazon.CDK.AWS.CloudWatch.CfnAlarm(this, "Cpu", new Amazon.CDK.AWS.CloudWatch.CfnAlarmProps { Namespace = "AWS/EC2", MetricName = "CPUUtilization", ComparisonOperator = "GreaterThanThreshold", EvaluationPeriods = 3, Threshold = 90 });""")]
    [TestCase("""new Amazon.CDK.AWS.CloudWatch.Alarm(this, "Cpu", new Amazon.CDK.AWS.CloudWatch.AlarmProps { Metric = new Amazon.CDK.AWS.CloudWatch.Metric(new Amazon.CDK.AWS.CloudWatch.MetricProps { Namespace = "AWS/ECS", MetricName = "CPUUtilization" }), Threshold = 90, EvaluationPeriods = 3 });""")]
    [TestCase("""new Amazon.CDK.AWS.CloudWatch.Metric(new Amazon.CDK.AWS.CloudWatch.MetricProps { Namespace = "AWS/EC2", MetricName = "CPUUtilization" }).CreateAlarm(this, "Cpu", new Amazon.CDK.AWS.CloudWatch.CreateAlarmOptions { Threshold = 90, EvaluationPeriods = 3 });""")]
    public Task ScalingOrAnAlarmOnSomethingElseDoesNotCount(string watching)
    {
        var test = EndpointCdk.Create();
        test.TestCode = EndpointStack(watching);
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA5002", DiagnosticSeverity.Info).WithLocation(0));
        return test.RunAsync();
    }
}
