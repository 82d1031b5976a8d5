using Amazon.ApplicationAutoScaling;
using Amazon.ApplicationAutoScaling.Model;
using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.ModelOps;

/// <summary>Deploys a model behind an endpoint, with data capture and auto scaling.</summary>
public sealed class Deployment(IAmazonSageMaker sageMaker, IAmazonApplicationAutoScaling scaling)
{
    public async Task DeployAsync(string model, string captureBucket, CancellationToken cancellationToken)
    {
        var config = new CreateEndpointConfigRequest
        {
            EndpointConfigName = model + "-config",
            ProductionVariants =
            [
                new ProductionVariant
                {
                    VariantName = "main",
                    ModelName = model,
                    InitialInstanceCount = 1,
                    InstanceType = ProductionVariantInstanceType.MlG5Xlarge,
                },
            ],
            DataCaptureConfig = new DataCaptureConfig
            {
                EnableCapture = true,
                InitialSamplingPercentage = 20,
                DestinationS3Uri = $"s3://{captureBucket}/{model}/",
                CaptureOptions = [new CaptureOption { CaptureMode = CaptureMode.Input }, new CaptureOption { CaptureMode = CaptureMode.Output }],
            },
        };
        await sageMaker.CreateEndpointConfigAsync(config, cancellationToken);
        await sageMaker.CreateEndpointAsync(new CreateEndpointRequest { EndpointName = model, EndpointConfigName = config.EndpointConfigName }, cancellationToken);

        await scaling.RegisterScalableTargetAsync(
            new RegisterScalableTargetRequest
            {
                ServiceNamespace = ServiceNamespace.Sagemaker,
                ResourceId = $"endpoint/{model}/variant/main",
                ScalableDimension = ScalableDimension.SagemakerVariantDesiredInstanceCount,
                MinCapacity = 1,
                MaxCapacity = 3,
            },
            cancellationToken);
    }

    public Task StagingAsync(string model, CancellationToken cancellationToken)
        => sageMaker.CreateEndpointConfigAsync(
            new CreateEndpointConfigRequest
            {
                EndpointConfigName = model + "-staging",
                ProductionVariants = [new ProductionVariant { VariantName = "main", ModelName = model, InitialInstanceCount = 1, InstanceType = "ml.m5.xlarge" }],
            },
            cancellationToken);
}
