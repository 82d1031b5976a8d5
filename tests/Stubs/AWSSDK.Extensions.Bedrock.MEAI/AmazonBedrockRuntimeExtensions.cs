// Test stub mirroring the public API of AWSSDK.Extensions.Bedrock.MEAI (see tests/Stubs/README.md).
// Tests compile against this assembly; nothing here is ever executed.
using System;
using Microsoft.Extensions.AI;

namespace Amazon.BedrockRuntime;

public static class AmazonBedrockRuntimeExtensions
{
    public static IChatClient AsIChatClient(this IAmazonBedrockRuntime runtime, string? defaultModelId = null) =>
        throw new NotImplementedException();

    public static IEmbeddingGenerator<string, Embedding<float>> AsIEmbeddingGenerator(
        this IAmazonBedrockRuntime runtime, string? defaultModelId = null, int? defaultModelDimensions = null) =>
        throw new NotImplementedException();
}
