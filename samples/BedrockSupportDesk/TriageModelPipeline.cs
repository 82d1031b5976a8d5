using Amazon.Bedrock;
using Amazon.Bedrock.Model;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace BedrockSupportDesk;

/// <summary>
/// The nightly pipeline behind ticket routing: retrains the small queue classifier on yesterday's labeled tickets,
/// deploys it to a SageMaker endpoint, and adapts a Bedrock model to the support vocabulary.
/// </summary>
public sealed class TriageModelPipeline(IAmazonSageMaker sageMaker, IAmazonBedrock bedrock, string roleArn, string bucket)
{
    public async Task<string> TrainAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var request = new CreateTrainingJobRequest
        {
            TrainingJobName = $"triage-classifier-{day:yyyyMMdd}",
            RoleArn = roleArn,
            AlgorithmSpecification = new AlgorithmSpecification { TrainingImage = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1", TrainingInputMode = TrainingInputMode.File },
            OutputDataConfig = new Amazon.SageMaker.Model.OutputDataConfig { S3OutputPath = $"s3://{bucket}/triage/models/" },
            StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600 },
        };

        var response = await sageMaker.CreateTrainingJobAsync(request, cancellationToken);
        return response.TrainingJobArn;
    }

    public async Task DeployAsync(string modelName, CancellationToken cancellationToken = default)
    {
        var configName = modelName + "-config";
        await sageMaker.CreateEndpointConfigAsync(
            new CreateEndpointConfigRequest
            {
                EndpointConfigName = configName,
                ProductionVariants = [new ProductionVariant { VariantName = "main", ModelName = modelName, InitialInstanceCount = 1 }],
            },
            cancellationToken);

        await sageMaker.CreateEndpointAsync(new CreateEndpointRequest { EndpointName = "triage", EndpointConfigName = configName }, cancellationToken);
    }

    public async Task<string> AdaptVocabularyAsync(CancellationToken cancellationToken = default)
    {
        var response = await bedrock.CreateModelCustomizationJobAsync(
            new CreateModelCustomizationJobRequest
            {
                JobName = "support-vocabulary",
                CustomModelName = "support-desk-nova",
                RoleArn = roleArn,
                BaseModelIdentifier = "amazon.nova-lite-v1:0",
                CustomizationType = CustomizationType.CONTINUED_PRE_TRAINING,
                TrainingDataConfig = new TrainingDataConfig { S3Uri = $"s3://{bucket}/tickets/corpus/" },
                OutputDataConfig = new Amazon.Bedrock.Model.OutputDataConfig { S3Uri = $"s3://{bucket}/custom-models/" },
            },
            cancellationToken);
        return response.JobArn;
    }
}
