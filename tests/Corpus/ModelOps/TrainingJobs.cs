using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace Corpus.ModelOps;

/// <summary>Training tooling: a nightly retrain done right, and an ad-hoc experiment that is not.</summary>
public sealed class TrainingJobs(IAmazonSageMaker sageMaker, string roleArn)
{
    private const int FourHours = 4 * 3600;

    public Task<CreateTrainingJobResponse> NightlyAsync(string image, string output, CancellationToken cancellationToken)
        => sageMaker.CreateTrainingJobAsync(
            new CreateTrainingJobRequest
            {
                TrainingJobName = "nightly-" + DateTime.UtcNow.ToString("yyyyMMdd"),
                RoleArn = roleArn,
                AlgorithmSpecification = new AlgorithmSpecification { TrainingImage = image, TrainingInputMode = TrainingInputMode.FastFile },
                OutputDataConfig = new OutputDataConfig { S3OutputPath = output },
                ResourceConfig = new ResourceConfig { InstanceCount = 1, InstanceType = TrainingInstanceType.MlTrn12xlarge, VolumeSizeInGB = 50 },
                EnableManagedSpotTraining = true,
                CheckpointConfig = new CheckpointConfig { S3Uri = output + "checkpoints/" },
                StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = FourHours, MaxWaitTimeInSeconds = 2 * FourHours },
                ProfilerConfig = new ProfilerConfig { ProfilingIntervalInMilliseconds = 500 },
            },
            cancellationToken);

    public async Task<string> ExperimentAsync(string image, string output, string instanceType, CancellationToken cancellationToken)
    {
        var request = new CreateTrainingJobRequest
        {
            TrainingJobName = "experiment-" + Guid.NewGuid().ToString("N")[..8],
            RoleArn = roleArn,
            AlgorithmSpecification = new AlgorithmSpecification { TrainingImage = image, TrainingInputMode = TrainingInputMode.File },
            OutputDataConfig = new OutputDataConfig { S3OutputPath = output },
            ResourceConfig = new ResourceConfig { InstanceCount = 2, InstanceType = "ml.p3.8xlarge" },
        };
        request.StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 7200 };
        request.ProfilerConfig = new ProfilerConfig { DisableProfiler = true };

        var response = await sageMaker.CreateTrainingJobAsync(request, cancellationToken);
        return response.TrainingJobArn;
    }
}
