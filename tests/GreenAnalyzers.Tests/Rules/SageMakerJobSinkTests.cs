namespace GreenAnalyzers.Tests.Rules;

/// <summary>The instance-type rules on SageMaker hyperparameter tuning jobs (<c>CreateHyperParameterTuningJobRequest</c>:
/// a training job definition's <c>ResourceConfig</c> or <c>HyperParameterTuningResourceConfig</c> and its
/// <c>InstanceConfigs</c>) and processing jobs (<c>ProcessingResources.ClusterConfig</c>), as real requests build them.</summary>
public sealed class SageMakerJobSinkTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;

        """;

    private const string OwnImage = "\"123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-trainer:3\"";
    private const string XgBoost = "\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1\"";

    private static string Tuning(string definition, string image = OwnImage) => Usings + $$"""
        class Tuner
        {
            Task TuneAsync(IAmazonSageMaker sageMaker, string roleArn) => sageMaker.CreateHyperParameterTuningJobAsync(new CreateHyperParameterTuningJobRequest
            {
                HyperParameterTuningJobName = "churn-hpo",
                TrainingJobDefinition = new HyperParameterTrainingJobDefinition
                {
                    AlgorithmSpecification = new HyperParameterAlgorithmSpecification { TrainingImage = {{image}}, TrainingInputMode = TrainingInputMode.File },
                    RoleArn = roleArn,
                    {{definition}}
                },
            });
        }
        """;

    [TestCase("ResourceConfig = new ResourceConfig { InstanceCount = 1, InstanceType = {|GA3002:\"ml.g5.xlarge\"|} },", "ResourceConfig = new ResourceConfig { InstanceCount = 1, InstanceType = \"ml.trn1.2xlarge\" },", TestName = "Definition's ResourceConfig, string")]
    [TestCase("HyperParameterTuningResourceConfig = new() { InstanceCount = 1, InstanceType = {|GA3002:TrainingInstanceType.MlG5Xlarge|} },", "HyperParameterTuningResourceConfig = new() { InstanceCount = 1, InstanceType = TrainingInstanceType.MlTrn12xlarge },", TestName = "HyperParameterTuningResourceConfig, constant member")]
    [TestCase("HyperParameterTuningResourceConfig = new() { AllocationStrategy = HyperParameterTuningAllocationStrategy.Prioritized, InstanceConfigs = [new() { InstanceCount = 1, InstanceType = {|GA3004:\"ml.p3.2xlarge\"|}, VolumeSizeInGB = 30 }] },", "HyperParameterTuningResourceConfig = new() { AllocationStrategy = HyperParameterTuningAllocationStrategy.Prioritized, InstanceConfigs = [new() { InstanceCount = 1, InstanceType = \"ml.trn1.2xlarge\", VolumeSizeInGB = 30 }] },", TestName = "Instance pool (InstanceConfigs), older GPU")]
    public Task TuningJobSinks(string definition, string fixedDefinition)
        => InstanceVerifier.CodeFixAsync(Tuning(definition), Tuning(fixedDefinition));

    [TestCase("ResourceConfig = new ResourceConfig { InstanceCount = 1, InstanceType = \"ml.g5.xlarge\" },", TestName = "Built-in image: no Trainium for ResourceConfig")]
    [TestCase("HyperParameterTuningResourceConfig = new() { InstanceConfigs = [new() { InstanceCount = 1, InstanceType = TrainingInstanceType.MlG5Xlarge }] },", TestName = "Built-in image: no Trainium for the instance pool")]
    public Task TuningJobWithABuiltInImageGetsNoTrainiumSuggestion(string definition)
        => InstanceVerifier.AnalyzerAsync(Tuning(definition, XgBoost));

    [Test]
    public Task TuningJobDefinitionsAndLaterAssignments() => InstanceVerifier.CodeFixAsync(
        Usings + """
        class Tuner
        {
            Task TuneAsync(IAmazonSageMaker sageMaker, HyperParameterTrainingJobDefinition shared)
            {
                var request = new CreateHyperParameterTuningJobRequest
                {
                    HyperParameterTuningJobName = "multi",
                    TrainingJobDefinitions =
                    [
                        new HyperParameterTrainingJobDefinition { DefinitionName = "a", ResourceConfig = new() { InstanceType = {|GA3002:"ml.g5.xlarge"|} } },
                        shared,
                    ],
                };
                var single = new CreateHyperParameterTuningJobRequest { TrainingJobDefinition = new() { AlgorithmSpecification = new() { TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/own:1" } } };
                single.TrainingJobDefinition.ResourceConfig = new ResourceConfig { InstanceCount = 1 };
                single.TrainingJobDefinition.ResourceConfig.InstanceType = {|GA3002:TrainingInstanceType.MlG5Xlarge|};
                return sageMaker.CreateHyperParameterTuningJobAsync(request);
            }
        }
        """,
        Usings + """
        class Tuner
        {
            Task TuneAsync(IAmazonSageMaker sageMaker, HyperParameterTrainingJobDefinition shared)
            {
                var request = new CreateHyperParameterTuningJobRequest
                {
                    HyperParameterTuningJobName = "multi",
                    TrainingJobDefinitions =
                    [
                        new HyperParameterTrainingJobDefinition { DefinitionName = "a", ResourceConfig = new() { InstanceType = "ml.trn1.2xlarge" } },
                        shared,
                    ],
                };
                var single = new CreateHyperParameterTuningJobRequest { TrainingJobDefinition = new() { AlgorithmSpecification = new() { TrainingImage = "123456789012.dkr.ecr.us-east-1.amazonaws.com/own:1" } } };
                single.TrainingJobDefinition.ResourceConfig = new ResourceConfig { InstanceCount = 1 };
                single.TrainingJobDefinition.ResourceConfig.InstanceType = TrainingInstanceType.MlTrn12xlarge;
                return sageMaker.CreateHyperParameterTuningJobAsync(request);
            }
        }
        """);

    [Test]
    public Task TuningJobSetLaterWithABuiltInImage() => InstanceVerifier.AnalyzerAsync(Usings + """
        class Tuner
        {
            void Tune(string instanceType)
            {
                var request = new CreateHyperParameterTuningJobRequest
                {
                    TrainingJobDefinition = new() { AlgorithmSpecification = new() { TrainingImage = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" } },
                };
                request.TrainingJobDefinition.ResourceConfig = new ResourceConfig { InstanceCount = 1 };
                request.TrainingJobDefinition.ResourceConfig.InstanceType = "ml.g5.xlarge";   // k-means: no Trainium build
                request.TrainingJobDefinition.HyperParameterTuningResourceConfig = new() { InstanceType = instanceType }; // unknown
            }
        }
        """);

    private static string Processing(string clusterConfig, string statements = "") => Usings + $$"""
        class Preprocess
        {
            Task RunAsync(IAmazonSageMaker sageMaker, string instanceType)
            {
                var request = new CreateProcessingJobRequest
                {
                    ProcessingJobName = "features",
                    AppSpecification = new AppSpecification { ImageUri = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3" },
                    ProcessingResources = new ProcessingResources { ClusterConfig = {{clusterConfig}} },
                };
                {{statements}}
                return sageMaker.CreateProcessingJobAsync(request);
            }
        }
        """;

    [TestCase("new ProcessingClusterConfig { InstanceCount = 1, InstanceType = {|GA3004:ProcessingInstanceType.MlP32xlarge|}, VolumeSizeInGB = 30 }", "", TestName = "Processing cluster, older GPU constant")]
    [TestCase("new ProcessingClusterConfig { InstanceCount = 1, VolumeSizeInGB = 30 }", "request.ProcessingResources.ClusterConfig.InstanceType = {|GA3004:\"ml.g4dn.xlarge\"|};", TestName = "Processing cluster, older GPU set later")]
    public Task ProcessingJobOlderGpus(string clusterConfig, string statements)
        => InstanceVerifier.AnalyzerAsync(Processing(clusterConfig, statements));

    [TestCase("new ProcessingClusterConfig { InstanceCount = 1, InstanceType = \"ml.g5.xlarge\" }", TestName = "Current GPU: no processing replacement is sourced")]
    [TestCase("new ProcessingClusterConfig { InstanceCount = 1, InstanceType = ProcessingInstanceType.MlM5Xlarge }", TestName = "x86 CPU: ProcessingInstanceType has no Graviton type")]
    [TestCase("new ProcessingClusterConfig { InstanceCount = 1, InstanceType = instanceType }", TestName = "From a parameter: unknown")]
    public Task ProcessingJobsNotFlagged(string clusterConfig) => InstanceVerifier.AnalyzerAsync(Processing(clusterConfig));

    [Test]
    public async Task HalfTypedTuningJobDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), Usings + """
            class Tuner
            {
                CreateHyperParameterTuningJobRequest A() => new() { TrainingJobDefinition = new() { AlgorithmSpecification = new() { TrainingImage = }, ResourceConfig = new() { InstanceType = "ml.g5.xlarge" } } };
                void B() { var r = new CreateHyperParameterTuningJobRequest(); r.TrainingJobDefinition. = 3; r.TrainingJobDefinition.ResourceConfig.InstanceType = "ml.g5.xlarge"; }
                CreateHyperParameterTuningJobRequest C() => new() { TrainingJobDefinitions = [new() { HyperParameterTuningResourceConfig = new() { InstanceConfigs = [new() { InstanceType = 
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Where(d => d.Id == "GA3002").Select(d => d.Location.GetLineSpan().StartLinePosition.Line), Does.Contain(7), "B: a definition that does not compile is unknown, its g5 keeps the Trainium suggestion");
        });
    }

    [Test]
    public Task GeneratedCodeIsSilent()
        => InstanceVerifier.AnalyzerAsync("// <auto-generated/>\n" + Tuning("ResourceConfig = new ResourceConfig { InstanceType = \"ml.g5.xlarge\" },"));

    [Test]
    public Task PragmaSuppresses()
    {
        var test = InstanceVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = Usings + """
            class Tuner
            {
            #pragma warning disable GA3002 // The tuning script pins CUDA kernels.
                HyperParameterTuningInstanceConfig A() => new() { InstanceType = "ml.g5.xlarge" };
            #pragma warning restore GA3002
                HyperParameterTuningInstanceConfig B() => new() { InstanceType = {|GA3002:"ml.g5.xlarge"|} };
            }
            """;
        return test.RunAsync();
    }
}
