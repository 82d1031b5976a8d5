using Amazon.SageMaker;
using Amazon.SageMaker.Model;

namespace BedrockSupportDesk;

/// <summary>Hosts an open-weights reply model on SageMaker with Hugging Face's text-generation-inference container.</summary>
public sealed class ReplyModelHosting(IAmazonSageMaker sageMaker, string roleArn)
{
    public Task<CreateModelResponse> CreateModelAsync(CancellationToken cancellationToken = default) => sageMaker.CreateModelAsync(
        new CreateModelRequest
        {
            ModelName = "support-reply-llm",
            ExecutionRoleArn = roleArn,
            PrimaryContainer = new ContainerDefinition
            {
                Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.4.0-tgi3.0.1-gpu-py311-cu124-ubuntu22.04",
                Environment = new Dictionary<string, string>
                {
                    ["HF_MODEL_ID"] = "meta-llama/Llama-3.1-8B-Instruct",
                    ["SM_NUM_GPUS"] = "1",
                    ["MAX_TOTAL_TOKENS"] = "4096",
                },
            },
        },
        cancellationToken);
}
