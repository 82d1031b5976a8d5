// Test stub mirroring the public API of Microsoft.SemanticKernel.Connectors.Amazon (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System;
using Amazon.BedrockRuntime;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.SemanticKernel
{
    public static class BedrockKernelBuilderExtensions
    {
        public static IKernelBuilder AddBedrockChatCompletionService(
            this IKernelBuilder builder, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null) =>
            throw new NotImplementedException();

        public static IKernelBuilder AddBedrockChatClient(
            this IKernelBuilder builder, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null,
            string? openTelemetrySourceName = null, Action<OpenTelemetryChatClient>? openTelemetryConfig = null) =>
            throw new NotImplementedException();

        public static IKernelBuilder AddBedrockTextGenerationService(
            this IKernelBuilder builder, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null) =>
            throw new NotImplementedException();

        [Obsolete("Use AddBedrockEmbeddingGenerator instead.")]
        public static IKernelBuilder AddBedrockTextEmbeddingGenerationService(
            this IKernelBuilder builder, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null) =>
            throw new NotImplementedException();

        public static IKernelBuilder AddBedrockEmbeddingGenerator(
            this IKernelBuilder builder, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null,
            string? openTelemetrySourceName = null, Action<OpenTelemetryEmbeddingGenerator<string, Embedding<float>>>? openTelemetryConfig = null) =>
            throw new NotImplementedException();
    }

    public static class BedrockServiceCollectionExtensions
    {
        public static IServiceCollection AddBedrockChatCompletionService(
            this IServiceCollection service, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null) =>
            throw new NotImplementedException();

        public static IServiceCollection AddBedrockTextGenerationService(
            this IServiceCollection services, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null) =>
            throw new NotImplementedException();

        [Obsolete("Use AddBedrockEmbeddingGenerator instead.")]
        public static IServiceCollection AddBedrockTextEmbeddingGenerationService(
            this IServiceCollection services, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null) =>
            throw new NotImplementedException();
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public static class BedrockServiceCollectionExtensions
    {
        public static IServiceCollection AddBedrockChatClient(
            this IServiceCollection services, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null,
            string? openTelemetrySourceName = null, Action<OpenTelemetryChatClient>? openTelemetryConfig = null) =>
            throw new NotImplementedException();

        public static IServiceCollection AddBedrockEmbeddingGenerator(
            this IServiceCollection services, string modelId, IAmazonBedrockRuntime? bedrockRuntime = null, string? serviceId = null,
            string? openTelemetrySourceName = null, Action<OpenTelemetryEmbeddingGenerator<string, Embedding<float>>>? openTelemetryConfig = null) =>
            throw new NotImplementedException();
    }
}
