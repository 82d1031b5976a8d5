using System.Text;
using Amazon.Bedrock;
using Amazon.Bedrock.Model;
using Amazon.BedrockRuntime;
using Amazon.BedrockRuntime.Model;

namespace Corpus.BatchSummarizer;

/// <summary>Summarises yesterday's reports: small ones inline, the nightly bulk as a batch-inference job.</summary>
public sealed class SummaryJob(IAmazonBedrockRuntime runtime, IAmazonBedrock control, string roleArn)
{
    public async Task<IReadOnlyList<string>> SummariseInlineAsync(IReadOnlyList<string> reports, CancellationToken cancellationToken)
    {
        var summaries = new List<string>();
        foreach (var report in reports)
        {
            var response = await runtime.ConverseAsync(
                new ConverseRequest
                {
                    ModelId = Models.LegacySummaries,
                    Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = "Summarise:\n" + report }] }],
                    InferenceConfig = new InferenceConfiguration { MaxTokens = 300 },
                },
                cancellationToken);
            summaries.Add(response.Output?.Message?.Content?[0].Text ?? string.Empty);
        }

        return summaries;
    }

    public async Task<string> HeadlineAsync(string report, CancellationToken cancellationToken)
    {
        var request = new ConverseRequest();
        request.ModelId = Models.Headlines;
        request.Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = report }] }];
        request.InferenceConfig = new InferenceConfiguration { MaxTokens = 40 };
        var response = await runtime.ConverseAsync(request, cancellationToken);
        return response.Output?.Message?.Content?[0].Text ?? string.Empty;
    }

    public async Task<string> SubmitNightlyAsync(string bucket, DateOnly day, CancellationToken cancellationToken)
    {
        var job = await control.CreateModelInvocationJobAsync(
            new CreateModelInvocationJobRequest
            {
                JobName = $"summaries-{day:yyyyMMdd}",
                ModelId = Models.Summaries,
                RoleArn = roleArn,
                InputDataConfig = new ModelInvocationJobInputDataConfig { S3InputDataConfig = new ModelInvocationJobS3InputDataConfig { S3Uri = $"s3://{bucket}/in/{day:yyyyMMdd}/" } },
                OutputDataConfig = new ModelInvocationJobOutputDataConfig { S3OutputDataConfig = new ModelInvocationJobS3OutputDataConfig { S3Uri = $"s3://{bucket}/out/{day:yyyyMMdd}/" } },
            },
            cancellationToken);
        return job.JobArn;
    }

    public Task<CreateProvisionedModelThroughputResponse> ReserveAsync(CancellationToken cancellationToken)
        => control.CreateProvisionedModelThroughputAsync(
            new CreateProvisionedModelThroughputRequest
            {
                ProvisionedModelName = "summaries-reserved",
                ModelId = Models.Reserved,
                ModelUnits = 1,
                CommitmentDuration = CommitmentDuration.OneMonth,
            },
            cancellationToken);

    public static string Describe(IEnumerable<string> summaries)
    {
        var text = new StringBuilder();
        foreach (var summary in summaries)
        {
            text.AppendLine("- " + summary);
        }

        return text.ToString();
    }
}
