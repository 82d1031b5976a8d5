using Amazon.BedrockRuntime;
using Amazon.BedrockRuntime.Model;

namespace BedrockSupportDesk;

/// <summary>Sends each new ticket to the right queue, and tags it with a product area.</summary>
public sealed class TicketTriage(IAmazonBedrockRuntime bedrock)
{
    private static readonly string[] Queues = ["billing", "outage", "how-to", "feature-request"];

    public async Task<string> RouteAsync(string ticketText, CancellationToken cancellationToken = default)
    {
        var request = new ConverseRequest
        {
            ModelId = ModelIds.Triage,
            System = [new SystemContentBlock { Text = $"Answer with one word, one of: {string.Join(", ", Queues)}." }],
            Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = ticketText }] }],
            InferenceConfig = new InferenceConfiguration { MaxTokens = 5, Temperature = 0 },
        };

        var response = await bedrock.ConverseAsync(request, cancellationToken);
        return response.Output?.Message?.Content?.FirstOrDefault()?.Text?.Trim() ?? "how-to";
    }

    public async Task<string> TagAsync(string ticketText, CancellationToken cancellationToken = default)
    {
        var response = await bedrock.ConverseAsync(
            new ConverseRequest
            {
                ModelId = ModelIds.Tagging,
                Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = "Product area of: " + ticketText }] }],
                InferenceConfig = new InferenceConfiguration { MaxTokens = 10 },
            },
            cancellationToken);
        return response.Output?.Message?.Content?.FirstOrDefault()?.Text ?? "unknown";
    }
}
