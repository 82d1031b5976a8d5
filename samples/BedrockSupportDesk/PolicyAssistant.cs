using Amazon.BedrockRuntime;
using Amazon.BedrockRuntime.Model;

namespace BedrockSupportDesk;

/// <summary>Answers customers' refund questions from the policy, which goes out as the system prompt of every call.</summary>
public sealed class PolicyAssistant(IAmazonBedrockRuntime bedrock)
{
    public async Task<string> AnswerAsync(string question, CancellationToken cancellationToken = default)
    {
        var request = new ConverseRequest
        {
            ModelId = ModelIds.PolicyAnswers,
            System = [new SystemContentBlock { Text = RefundPolicy.Text }],
            Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = question }] }],
        };

        var response = await bedrock.ConverseAsync(request, cancellationToken);
        return response.Output?.Message?.Content?.FirstOrDefault()?.Text ?? "A support agent will follow up.";
    }
}
