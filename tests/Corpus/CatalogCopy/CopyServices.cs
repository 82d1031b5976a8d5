using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.BedrockRuntime;
using Amazon.BedrockRuntime.Model;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.Amazon;

namespace Corpus.CatalogCopy;

/// <summary>Writes product descriptions for the shop through Microsoft.Extensions.AI.</summary>
public sealed class DescriptionWriter
{
    private readonly IChatClient _writer;
    private readonly IChatClient _checker;

    public DescriptionWriter(IAmazonBedrockRuntime bedrock)
    {
        var writerModel = "amazon.nova-lite-v1:0";
        _writer = bedrock.AsIChatClient(writerModel);

        // A client whose pipeline bounds every answer.
        var checkerModel = "amazon.nova-micro-v1:0";
        _checker = bedrock.AsIChatClient(checkerModel)
            .AsBuilder()
            .ConfigureOptions(options => options.MaxOutputTokens = 10)
            .Build();
    }

    public async Task<string> DescribeAsync(string product, CancellationToken cancellationToken)
    {
        var response = await _writer.GetResponseAsync("Describe for the shop page: " + product, cancellationToken: cancellationToken); // GA1003
        return response.Text;
    }

    public async Task<string> ShortenAsync(string description, CancellationToken cancellationToken)
    {
        var options = new ChatOptions { MaxOutputTokens = 80 };
        var response = await _writer.GetResponseAsync("Shorten to two sentences: " + description, options, cancellationToken);
        return response.Text;
    }

    public async Task<bool> IsOnBrandAsync(string description, CancellationToken cancellationToken)
    {
        var response = await _checker.GetResponseAsync("Answer yes or no: is this on brand? " + description, cancellationToken: cancellationToken);
        return response.Text.Trim().StartsWith("yes", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A legacy model for the legacy catalog, chosen on one branch only.</summary>
    public static IChatClient ForCatalog(IAmazonBedrockRuntime bedrock, bool legacyCatalog)
    {
        var modelId = legacyCatalog
            ? "anthropic.claude-instant-v1" // GA1002
            : "amazon.nova-lite-v1:0";
        return bedrock.AsIChatClient(modelId);
    }
}

/// <summary>Translates listings with native InvokeModel bodies; model ids live in fields set once.</summary>
public sealed class ListingTranslator
{
    private static string s_cohereModel = "cohere.command-r-v1:0"; // GA1002 at the sink: Command R is past its end-of-life date

    private readonly IAmazonBedrockRuntime _bedrock;
    private readonly string _mistralModel;

    public ListingTranslator(IAmazonBedrockRuntime bedrock)
    {
        _bedrock = bedrock;
        _mistralModel = "mistral.mistral-7b-instruct-v0:2";
    }

    public async Task<string> ToGermanAsync(string listing)
    {
        var body = new { prompt = $"<s>[INST] Translate to German: {listing} [/INST]", max_tokens = 400, temperature = 0.2 };
        var response = await _bedrock.InvokeModelAsync(new InvokeModelRequest
        {
            ModelId = _mistralModel,
            Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(body)),
        });
        using var document = await JsonDocument.ParseAsync(response.Body);
        return document.RootElement.GetProperty("outputs")[0].GetProperty("text").GetString() ?? string.Empty;
    }

    public async Task<string> ToFrenchAsync(string listing)
    {
        var body = new JsonObject
        {
            ["message"] = "Translate to French: " + listing,
            ["temperature"] = 0.2,
        };
        var response = await _bedrock.InvokeModelAsync(new InvokeModelRequest // GA1003: Cohere without max_tokens
        {
            ModelId = s_cohereModel,
            Body = new MemoryStream(Encoding.UTF8.GetBytes(body.ToJsonString())),
        });
        using var document = await JsonDocument.ParseAsync(response.Body);
        return document.RootElement.GetProperty("text").GetString() ?? string.Empty;
    }
}

/// <summary>Suggests search keywords with Semantic Kernel's Amazon connector.</summary>
public sealed class KeywordSuggester
{
    private readonly Kernel _kernel;

    public KeywordSuggester(IAmazonBedrockRuntime bedrock)
    {
        var chatModel = "anthropic.claude-v2:1"; // GA1002 at the sink below
        var builder = Kernel.CreateBuilder();
        builder.AddBedrockChatCompletionService(chatModel, bedrock);
        _kernel = builder.Build();
    }

    public async Task<string> SuggestAsync(string product)
    {
        var result = await _kernel.InvokePromptAsync("Five search keywords for: " + product); // GA1003: no execution settings
        return result.ToString();
    }
}
