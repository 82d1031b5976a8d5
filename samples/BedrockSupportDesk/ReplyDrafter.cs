using Amazon.BedrockRuntime;
using Microsoft.Extensions.AI;

namespace BedrockSupportDesk;

/// <summary>Drafts a reply through Microsoft.Extensions.AI, so the model can be swapped in configuration later.</summary>
public sealed class ReplyDrafter(IAmazonBedrockRuntime bedrock)
{
    private readonly IChatClient _chat = bedrock.AsIChatClient(ModelIds.ReplyDrafts);

    public async Task<string> DraftAsync(string ticketText, string? modelOverride, CancellationToken cancellationToken = default)
    {
        // A model chosen at run time (configuration, feature flag) is not something an analyzer can judge.
        var options = new ChatOptions { ModelId = modelOverride, MaxOutputTokens = 600 };
        var response = await _chat.GetResponseAsync(
            [new ChatMessage(ChatRole.System, "You are a friendly support agent."), new ChatMessage(ChatRole.User, ticketText)],
            options,
            cancellationToken);
        return response.Text;
    }
}
