using Amazon.Bedrock;
using Amazon.Bedrock.Model;

namespace BedrockSupportDesk;

/// <summary>Submits the day's closed tickets as one Bedrock batch-inference job.</summary>
public sealed class NightlyDigest(IAmazonBedrock bedrock, string roleArn, string bucket)
{
    public async Task<string> SubmitAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var response = await bedrock.CreateModelInvocationJobAsync(
            new CreateModelInvocationJobRequest
            {
                JobName = $"support-digest-{day:yyyy-MM-dd}",
                ModelId = ModelIds.NightlyDigest,
                RoleArn = roleArn,
                InputDataConfig = new ModelInvocationJobInputDataConfig
                {
                    S3InputDataConfig = new ModelInvocationJobS3InputDataConfig { S3Uri = $"s3://{bucket}/digest/{day:yyyy-MM-dd}/input/" },
                },
                OutputDataConfig = new ModelInvocationJobOutputDataConfig
                {
                    S3OutputDataConfig = new ModelInvocationJobS3OutputDataConfig { S3Uri = $"s3://{bucket}/digest/{day:yyyy-MM-dd}/output/" },
                },
            },
            cancellationToken);
        return response.JobArn;
    }
}
