using Amazon.EC2;
using Amazon.EC2.Model;
using Amazon.SageMakerRuntime;

namespace Corpus.FleetProvisioner;

/// <summary>Provisions the inference fleet: GPU hosts for the embedding service, CPU hosts for the API tier.</summary>
public sealed class Fleet(IAmazonEC2 ec2)
{
    private static readonly InstanceType ApiHost = InstanceType.M5Xlarge;

    public Task<RunInstancesResponse> LaunchGpuHostsAsync(string imageId, int count, CancellationToken cancellationToken)
        => ec2.RunInstancesAsync(
            new RunInstancesRequest
            {
                ImageId = imageId,
                InstanceType = InstanceType.G5Xlarge,
                MinCount = count,
                MaxCount = count,
            },
            cancellationToken);

    public Task<RunInstancesResponse> LaunchApiHostsAsync(string imageId, int count, CancellationToken cancellationToken)
        => ec2.RunInstancesAsync(new RunInstancesRequest { ImageId = imageId, InstanceType = ApiHost, MinCount = count, MaxCount = count }, cancellationToken);

    public Task<ModifyInstanceAttributeResponse> ResizeAsync(string instanceId, string newType, CancellationToken cancellationToken)
        => ec2.ModifyInstanceAttributeAsync(new ModifyInstanceAttributeRequest { InstanceId = instanceId, InstanceType = newType }, cancellationToken);

    public static RequestLaunchTemplateData Template(string imageId) => new()
    {
        ImageId = imageId,
        InstanceType = "c5.2xlarge",
    };

    // Keeps the SageMaker runtime assembly referenced: the fleet also calls hosted endpoints.
    public static Type RuntimeClient => typeof(AmazonSageMakerRuntimeClient);
}
