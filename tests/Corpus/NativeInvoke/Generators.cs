using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.BedrockRuntime;
using Amazon.BedrockRuntime.Model;

namespace Corpus.NativeInvoke;

/// <summary>Calls models through InvokeModel with their native JSON bodies, the way the AWS code examples do.</summary>
public sealed class Generators(IAmazonBedrockRuntime bedrock)
{
    private const string LlamaModel = "meta.llama3-8b-instruct-v1:0";

    /// <summary>Llama with an anonymous body and no max_gen_len: runs to the model's default length.</summary>
    public async Task<string> HeadlineAsync(string article)
    {
        var prompt = $"<|begin_of_text|><|start_header_id|>user<|end_header_id|>\nWrite a headline for:\n{article}<|eot_id|><|start_header_id|>assistant<|end_header_id|>";
        var payload = new { prompt, temperature = 0.5 };
        var request = new InvokeModelRequest // GA1003: no max_gen_len
        {
            ModelId = LlamaModel,
            Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(payload)),
            ContentType = "application/json",
        };

        var response = await bedrock.InvokeModelAsync(request);
        using var document = await JsonDocument.ParseAsync(response.Body);
        return document.RootElement.GetProperty("generation").GetString() ?? string.Empty;
    }

    /// <summary>Titan with a JsonObject whose generation config sets no token count.</summary>
    public async Task<Stream> ExpandAsync(string notes)
    {
        var body = new JsonObject
        {
            ["inputText"] = "Expand these notes into a paragraph: " + notes,
            ["textGenerationConfig"] = new JsonObject { ["temperature"] = 0.7, ["topP"] = 0.9 },
        };
        var response = await bedrock.InvokeModelWithResponseStreamAsync(new InvokeModelWithResponseStreamRequest // GA1003: no maxTokenCount
        {
            ModelId = "amazon.titan-text-express-v1",
            Body = new MemoryStream(Encoding.UTF8.GetBytes(body.ToJsonString())),
        });
        return new MemoryStream(Encoding.UTF8.GetBytes(response.ToString() ?? string.Empty));
    }

    /// <summary>Claude through the Messages API, bounded: not flagged.</summary>
    public async Task<Stream> ClassifyAsync(string ticket)
    {
        var body = new Dictionary<string, object>
        {
            ["anthropic_version"] = "bedrock-2023-05-31",
            ["messages"] = new[] { new { role = "user", content = "Classify: " + ticket } },
        };
        body["max_tokens"] = 20;
        var response = await bedrock.InvokeModelAsync(new InvokeModelRequest
        {
            ModelId = "anthropic.claude-3-haiku-20240307-v1:0",
            Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(body)),
        });
        return response.Body;
    }

    /// <summary>Mistral with a typed request record: the analyzer does not read typed bodies, so it stays silent.</summary>
    public async Task<Stream> DraftAsync(string topic)
    {
        var response = await bedrock.InvokeModelAsync(new InvokeModelRequest
        {
            ModelId = "mistral.mistral-7b-instruct-v0:2",
            Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new MistralRequest("<s>[INST] Draft a note about " + topic + " [/INST]"))),
        });
        return response.Body;
    }

    /// <summary>A canned smoke-test body in a constant: Nova without inferenceConfig.</summary>
    public Task<InvokeModelResponse> SmokeTestAsync() => bedrock.InvokeModelAsync(new InvokeModelRequest // GA1003: no inferenceConfig.maxTokens
    {
        ModelId = "us.amazon.nova-micro-v1:0",
        Body = new MemoryStream(Encoding.UTF8.GetBytes(SmokeTestBody)),
    });

    private const string SmokeTestBody = """{"messages":[{"role":"user","content":[{"text":"Reply with OK"}]}]}""";
}

public sealed record MistralRequest(string prompt, int max_tokens = 300);
