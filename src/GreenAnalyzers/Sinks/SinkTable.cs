using System.Collections.Immutable;

namespace GreenAnalyzers.Sinks;

/// <summary>Every place an SDK takes a value the rules judge. A new sink is a new row.</summary>
internal static class SinkTable
{
    public static ImmutableArray<Sink> All { get; } = ImmutableArray.Create(
        // Amazon Bedrock Runtime (AWSSDK.BedrockRuntime)
        Sink.Property("Amazon.BedrockRuntime.Model.ConverseRequest", "ModelId", ValueKind.ModelId),
        Sink.Property("Amazon.BedrockRuntime.Model.ConverseStreamRequest", "ModelId", ValueKind.ModelId),
        Sink.Property("Amazon.BedrockRuntime.Model.InvokeModelRequest", "ModelId", ValueKind.ModelId),
        Sink.Property("Amazon.BedrockRuntime.Model.InvokeModelWithResponseStreamRequest", "ModelId", ValueKind.ModelId),
        Sink.Property("Amazon.BedrockRuntime.Model.StartAsyncInvokeRequest", "ModelId", ValueKind.ModelId),

        // Amazon Bedrock control plane (AWSSDK.Bedrock): batch inference, provisioned throughput, customization
        Sink.Property("Amazon.Bedrock.Model.CreateModelInvocationJobRequest", "ModelId", ValueKind.ModelId),
        Sink.Property("Amazon.Bedrock.Model.CreateProvisionedModelThroughputRequest", "ModelId", ValueKind.ModelId),
        Sink.Property("Amazon.Bedrock.Model.CreateModelCustomizationJobRequest", "BaseModelIdentifier", ValueKind.ModelId),

        // Microsoft.Extensions.AI adapters (AWSSDK.Extensions.Bedrock.MEAI) and options
        Sink.Parameter("Amazon.BedrockRuntime.AmazonBedrockRuntimeExtensions", "AsIChatClient", "defaultModelId", ValueKind.ModelId),
        Sink.Parameter("Amazon.BedrockRuntime.AmazonBedrockRuntimeExtensions", "AsIEmbeddingGenerator", "defaultModelId", ValueKind.ModelId),
        Sink.Property("Microsoft.Extensions.AI.ChatOptions", "ModelId", ValueKind.ModelId),

        // Anthropic's SDK (Anthropic.Bedrock client). Only Bedrock ids are in the catalog, so first-party
        // Anthropic ids ("claude-opus-4-5") are never matched.
        Sink.Property("Anthropic.Models.Messages.MessageCreateParams", "Model", ValueKind.ModelId),
        Sink.Property("Anthropic.Models.Beta.Messages.MessageCreateParams", "Model", ValueKind.ModelId),

        // How a Bedrock model is customized (AWSSDK.Bedrock)
        Sink.Property("Amazon.Bedrock.Model.CreateModelCustomizationJobRequest", "CustomizationType", ValueKind.CustomizationType),

        // ONNX Runtime (Microsoft.ML.OnnxRuntime): the model a session loads, and how much it optimizes the graph
        Sink.Parameter("Microsoft.ML.OnnxRuntime.InferenceSession", ".ctor", "modelPath", ValueKind.OnnxModelPath),
        Sink.Property("Microsoft.ML.OnnxRuntime.SessionOptions", "GraphOptimizationLevel", ValueKind.OptimizationLevel));
}
