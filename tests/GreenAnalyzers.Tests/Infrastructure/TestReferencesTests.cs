using Microsoft.CodeAnalysis.CSharp;

namespace GreenAnalyzers.Tests.Infrastructure;

/// <summary>Test snippets bind against the real SDK shapes every rule family needs (stubs where the real package
/// cannot be restored, the real packages otherwise).</summary>
public sealed class TestReferencesTests
{
    [Test]
    public void EverySdkTheRulesNameCompiles()
    {
        const string source = """
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            using Amazon.EC2;
            using Amazon.EC2.Model;
            using Microsoft.ML.OnnxRuntime;

            class C
            {
                async Task M(IAmazonBedrockRuntime bedrock, IAmazonSageMaker sageMaker, IAmazonEC2 ec2)
                {
                    await bedrock.ConverseAsync(new ConverseRequest { ModelId = "x.y", InferenceConfig = new InferenceConfiguration { MaxTokens = 512 } });
                    ProductionVariantInstanceType fromString = "ml.g5.xlarge";
                    await sageMaker.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
                    {
                        ProductionVariants = [new ProductionVariant { InstanceType = ProductionVariantInstanceType.MlG5Xlarge }],
                        DataCaptureConfig = new DataCaptureConfig { EnableCapture = true, InitialSamplingPercentage = 10 },
                    });
                    await sageMaker.CreateTrainingJobAsync(new CreateTrainingJobRequest
                    {
                        ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlP4d24xlarge },
                        EnableManagedSpotTraining = true,
                        StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = 7200 },
                    });
                    await ec2.RunInstancesAsync(new RunInstancesRequest { InstanceType = InstanceType.P4d24xlarge, MinCount = 1, MaxCount = 1 });
                    using var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
                    using var session = new InferenceSession("model.int8.onnx", options);
                    _ = new Amazon.CloudWatch.Model.PutMetricAlarmRequest { Namespace = "AWS/SageMaker" };
                    _ = new Amazon.ApplicationAutoScaling.Model.RegisterScalableTargetRequest { ServiceNamespace = Amazon.ApplicationAutoScaling.ServiceNamespace.Sagemaker };
                    _ = new Amazon.Bedrock.Model.CreateModelCustomizationJobRequest { CustomizationType = Amazon.Bedrock.CustomizationType.CONTINUED_PRE_TRAINING };
                    _ = new Amazon.SageMakerRuntime.Model.InvokeEndpointRequest { EndpointName = "e" };
                }
            }
            """;
        var compilation = CSharpCompilation.Create(
            "T",
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            TestReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        Assert.That(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
    }
}
