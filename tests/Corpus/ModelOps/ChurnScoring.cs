using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.ModelOps;

/// <summary>Trains the churn scorer with SageMaker's built-in XGBoost and Linear Learner, and hosts them: the shapes a
/// data team writes when it wires training and hosting in one service class.</summary>
public sealed class ChurnScoring(IAmazonSageMaker sageMaker)
{
    private const string Region = "us-east-1";
    private const string XgboostImage = "683313688378.dkr.ecr." + Region + ".amazonaws.com/sagemaker-xgboost:1.7-1";
    private static readonly string LinearLearnerImage = $"382416733822.dkr.ecr.{Region}.amazonaws.com/linear-learner:1";

    public async Task TrainAsync(string jobName, string roleArn, CancellationToken cancellationToken)
    {
        var request = new CreateTrainingJobRequest
        {
            TrainingJobName = jobName,
            RoleArn = roleArn,
            AlgorithmSpecification = new AlgorithmSpecification { TrainingImage = XgboostImage, TrainingInputMode = TrainingInputMode.File },
            EnableManagedSpotTraining = true,
            StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = 7200 },
            ProfilerConfig = new ProfilerConfig { ProfilingIntervalInMilliseconds = 500 },
        };

        // A GPU for a built-in algorithm: XGBoost has no Neuron build, so no Trainium advice; the old p3 is still older.
        request.ResourceConfig = new ResourceConfig { InstanceCount = 1, VolumeSizeInGB = 30 };
        request.ResourceConfig.InstanceType = TrainingInstanceType.MlP32xlarge;
        await sageMaker.CreateTrainingJobAsync(request, cancellationToken);
    }

    public Task TuneAsync(string roleArn, CancellationToken cancellationToken)
        => sageMaker.CreateHyperParameterTuningJobAsync(
            new CreateHyperParameterTuningJobRequest
            {
                HyperParameterTuningJobName = "churn-xgb-hpo",
                TrainingJobDefinition = new HyperParameterTrainingJobDefinition
                {
                    RoleArn = roleArn,
                    AlgorithmSpecification = new HyperParameterAlgorithmSpecification { TrainingImage = XgboostImage, TrainingInputMode = TrainingInputMode.File },
                    // XGBoost has no Neuron build: no Trainium advice for the g5 pool; the old p3 in it is still older.
                    HyperParameterTuningResourceConfig = new HyperParameterTuningResourceConfig
                    {
                        AllocationStrategy = HyperParameterTuningAllocationStrategy.Prioritized,
                        InstanceConfigs =
                        [
                            new HyperParameterTuningInstanceConfig { InstanceType = TrainingInstanceType.MlG5Xlarge, InstanceCount = 1, VolumeSizeInGB = 30 },
                            new HyperParameterTuningInstanceConfig { InstanceType = "ml.p3.2xlarge", InstanceCount = 1, VolumeSizeInGB = 30 },
                        ],
                    },
                },
            },
            cancellationToken);

    public async Task HostAsync(string stamp, string roleArn, CancellationToken cancellationToken)
    {
        var modelName = $"churn-xgb-{stamp}";
        await sageMaker.CreateModelAsync(
            new CreateModelRequest
            {
                ModelName = modelName,
                ExecutionRoleArn = roleArn,
                PrimaryContainer = new ContainerDefinition { Image = XgboostImage, ModelDataUrl = $"s3://churn-models/{stamp}/model.tar.gz" },
            },
            cancellationToken);

        // GPU serving XGBoost: no Inferentia advice (no Neuron build). The CPU variant keeps its Graviton advice:
        // sagemaker-xgboost has an arm64 build.
        var gpu = new ProductionVariant { VariantName = "gpu", ModelName = modelName, InitialInstanceCount = 1, InitialVariantWeight = 0.1f };
        gpu.InstanceType = ProductionVariantInstanceType.MlG5Xlarge;
        var config = new CreateEndpointConfigRequest
        {
            EndpointConfigName = $"churn-{stamp}",
            ProductionVariants = [new ProductionVariant { VariantName = "cpu", ModelName = modelName, InitialInstanceCount = 2, InstanceType = "ml.c5.xlarge" }],
            DataCaptureConfig = new DataCaptureConfig { EnableCapture = true, InitialSamplingPercentage = 10, DestinationS3Uri = "s3://churn-capture/" },
        };
        config.ProductionVariants.Add(gpu);
        await sageMaker.CreateEndpointConfigAsync(config, cancellationToken);
    }

    public async Task HostBaselineAsync(string roleArn, CancellationToken cancellationToken)
    {
        const string ModelName = "churn-linear-baseline";
        await sageMaker.CreateModelAsync(
            new CreateModelRequest { ModelName = ModelName, ExecutionRoleArn = roleArn, PrimaryContainer = new() { Image = LinearLearnerImage } },
            cancellationToken);

        // Linear Learner has neither a Neuron nor an arm64 build: no Graviton advice for the x86 CPU, and the old g4dn is
        // reported without an Inferentia successor.
        await sageMaker.CreateEndpointConfigAsync(
            new CreateEndpointConfigRequest
            {
                EndpointConfigName = "churn-baseline",
                ProductionVariants =
                [
                    new ProductionVariant { VariantName = "cpu", ModelName = ModelName, InitialInstanceCount = 1, InstanceType = ProductionVariantInstanceType.MlM5Xlarge },
                    new ProductionVariant { VariantName = "gpu", ModelName = ModelName, InitialInstanceCount = 1, InstanceType = "ml.g4dn.xlarge" },
                ],
                DataCaptureConfig = new DataCaptureConfig { EnableCapture = true, InitialSamplingPercentage = 10, DestinationS3Uri = "s3://churn-capture/" },
            },
            cancellationToken);
    }
}
