using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.BedrockRuntime;
using Amazon.BedrockRuntime.Model;

namespace Corpus.NativeInvoke;

/// <summary>Picks a cheaper model for short inputs and calls it with one body: the model id depends on the branch.</summary>
public sealed class Fallbacks(IAmazonBedrockRuntime bedrock)
{
    public async Task<Stream> SummarizeAsync(string text, string? overrideModel)
    {
        string modelId;
        if (overrideModel is not null)
        {
            modelId = overrideModel;
        }
        else if (text.Length < 2_000)
        {
            modelId = "mistral.mistral-7b-instruct-v0:2";
        }
        else
        {
            modelId = "meta.llama3-70b-instruct-v1:0";
        }

        // max_tokens bounds Mistral; Llama reads max_gen_len, so the long-input path is unbounded.
        var body = new JsonObject { ["prompt"] = $"<s>[INST] Summarize: {text} [/INST]", ["max_tokens"] = 300 };
        var response = await bedrock.InvokeModelAsync(new InvokeModelRequest // GA1003: Llama path, no max_gen_len
        {
            ModelId = modelId,
            Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(body)),
        });
        return response.Body;
    }
}
