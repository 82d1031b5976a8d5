using Amazon.EC2;
using Amazon.EC2.Model;

namespace BedrockSupportDesk;

/// <summary>EC2 capacity the support desk runs itself: a GPU host for the self-hosted reply-ranking model, and CPU
/// workers that index ticket attachments.</summary>
public sealed class WorkerFleet(IAmazonEC2 ec2, string imageId)
{
    public Task<CreateLaunchTemplateResponse> CreateRankerTemplateAsync(CancellationToken cancellationToken = default)
        => ec2.CreateLaunchTemplateAsync(
            new CreateLaunchTemplateRequest
            {
                LaunchTemplateName = "reply-ranker",
                LaunchTemplateData = new RequestLaunchTemplateData { ImageId = imageId, InstanceType = InstanceType.G6Xlarge },
            },
            cancellationToken);

    public Task<RunInstancesResponse> StartIndexWorkersAsync(int count, CancellationToken cancellationToken = default)
        => ec2.RunInstancesAsync(new RunInstancesRequest(imageId, count, count) { InstanceType = InstanceTypes.IndexWorkers }, cancellationToken);
}
