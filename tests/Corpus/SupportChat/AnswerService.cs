using Amazon.BedrockRuntime;
using Amazon.BedrockRuntime.Model;

namespace Corpus.SupportChat;

/// <summary>Answers a customer question from retrieved articles, with the Converse API.</summary>
public sealed class AnswerService(IAmazonBedrockRuntime bedrock, KnowledgeBase knowledge)
{
    private const string Persona = "You are Contoso's support assistant. Answer only from the articles given. Cite article titles.";

    public async Task<string> AnswerAsync(string question, CancellationToken cancellationToken = default)
    {
        var articles = await knowledge.SearchAsync(question, 4, cancellationToken);
        var request = new ConverseRequest
        {
            ModelId = "anthropic.claude-3-5-haiku-20241022-v1:0",
            System = [new SystemContentBlock { Text = Persona }],
            Messages =
            [
                new Message
                {
                    Role = ConversationRole.User,
                    Content = [new ContentBlock { Text = string.Join("\n---\n", articles) + "\n\nQuestion: " + question }],
                },
            ],
        };

        var response = await bedrock.ConverseAsync(request, cancellationToken);
        return response.Output?.Message?.Content?.FirstOrDefault()?.Text ?? string.Empty;
    }

    public async IAsyncEnumerable<string> StreamAsync(string question, string modelId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = new ConverseStreamRequest
        {
            ModelId = modelId,
            Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = question }] }],
            InferenceConfig = new InferenceConfiguration { MaxTokens = 600, Temperature = 0.2f },
        };

        var response = await bedrock.ConverseStreamAsync(request, cancellationToken);
        yield return response.ToString() ?? string.Empty;
    }
}
