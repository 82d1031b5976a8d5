using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace BedrockSupportDesk;

/// <summary>Trains and hosts the models the support desk runs itself on SageMaker: a fine-tuned ticket classifier
/// and a sentence-embedding model for ticket search.</summary>
public sealed class ModelHosting(IAmazonSageMaker sageMaker, string roleArn, string bucket)
{
    public async Task<string> TrainClassifierAsync(string jobName, string image, CancellationToken cancellationToken = default)
    {
        var response = await sageMaker.CreateTrainingJobAsync(
            new CreateTrainingJobRequest
            {
                TrainingJobName = jobName,
                RoleArn = roleArn,
                AlgorithmSpecification = new AlgorithmSpecification { TrainingImage = image, TrainingInputMode = TrainingInputMode.File },
                ResourceConfig = new ResourceConfig
                {
                    InstanceType = TrainingInstanceType.MlP4d24xlarge,
                    InstanceCount = 1,
                    VolumeSizeInGB = 200,
                },
                OutputDataConfig = new OutputDataConfig { S3OutputPath = $"s3://{bucket}/classifier/models/" },
                StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 6 * 3600 },
            },
            cancellationToken);
        return response.TrainingJobArn;
    }

    public async Task<string> DeployClassifierAsync(string modelName, string nextModelName, CancellationToken cancellationToken = default)
    {
        await sageMaker.CreateEndpointConfigAsync(
            new CreateEndpointConfigRequest
            {
                EndpointConfigName = $"{modelName}-config",
                ProductionVariants =
                [
                    new ProductionVariant
                    {
                        VariantName = "primary",
                        ModelName = modelName,
                        InitialInstanceCount = 2,
                        InstanceType = ProductionVariantInstanceType.MlG5Xlarge,
                    },
                ],
                ShadowProductionVariants =
                [
                    new ProductionVariant
                    {
                        VariantName = "shadow",
                        ModelName = nextModelName,
                        InitialInstanceCount = 1,
                        InstanceType = InstanceTypes.ClassifierShadow,
                    },
                ],
            },
            cancellationToken);
        var endpoint = await sageMaker.CreateEndpointAsync(
            new CreateEndpointRequest { EndpointName = "ticket-classifier", EndpointConfigName = $"{modelName}-config" },
            cancellationToken);
        return endpoint.EndpointArn;
    }

    public async Task<string> DeployEmbeddingsAsync(string modelName, CancellationToken cancellationToken = default)
    {
        await sageMaker.CreateEndpointConfigAsync(
            new CreateEndpointConfigRequest
            {
                EndpointConfigName = $"{modelName}-config",
                ProductionVariants =
                [
                    new ProductionVariant { VariantName = "primary", ModelName = modelName, InitialInstanceCount = 1, InstanceType = InstanceTypes.Embeddings },
                ],
            },
            cancellationToken);
        var endpoint = await sageMaker.CreateEndpointAsync(
            new CreateEndpointRequest { EndpointName = "ticket-embeddings", EndpointConfigName = $"{modelName}-config" },
            cancellationToken);
        return endpoint.EndpointArn;
    }
}
