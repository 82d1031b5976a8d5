using Amazon.BedrockRuntime;
using Amazon.BedrockRuntime.Model;
using Microsoft.Extensions.Configuration;

namespace BedrockSupportDesk;

/// <summary>Writes the hand-over note when a ticket is escalated to a human. The model id comes from appsettings.json.</summary>
public sealed class Escalation(IAmazonBedrockRuntime bedrock, IConfiguration configuration)
{
    public async Task<string> HandOverNoteAsync(string ticketText, CancellationToken cancellationToken = default)
    {
        var response = await bedrock.ConverseAsync(
            new ConverseRequest
            {
                ModelId = configuration["Bedrock:EscalationModelId"],
                Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = "Summarise for the on-call engineer: " + ticketText }] }],
                InferenceConfig = new InferenceConfiguration { MaxTokens = 400 },
            },
            cancellationToken);
        return response.Output?.Message?.Content?.FirstOrDefault()?.Text ?? string.Empty;
    }
}
