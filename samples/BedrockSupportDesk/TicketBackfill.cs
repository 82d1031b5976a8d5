using Amazon.BedrockRuntime;
using Amazon.BedrockRuntime.Model;

namespace BedrockSupportDesk;

/// <summary>Re-tags last quarter's closed tickets with the current product areas, one Bedrock call per ticket.</summary>
public static class TicketBackfill
{
    public static async Task<Dictionary<string, string>> RetagAsync(IReadOnlyList<(string Id, string Text)> tickets, CancellationToken cancellationToken = default)
    {
        var tags = new Dictionary<string, string>();
        foreach (var (id, text) in tickets)
        {
            using var client = new AmazonBedrockRuntimeClient();
            var response = await client.ConverseAsync(
                new ConverseRequest
                {
                    ModelId = "amazon.nova-micro-v1:0",
                    Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = "Product area of this ticket, one word: " + text }] }],
                    InferenceConfig = new InferenceConfiguration { MaxTokens = 8 },
                },
                cancellationToken);
            tags[id] = response.Output?.Message?.Content?[0].Text ?? "unknown";
        }

        return tags;
    }
}
