using Amazon.BedrockRuntime;
using Microsoft.Extensions.AI;

namespace Corpus.ReplyAssistant;

/// <summary>Model ids the assistant uses, kept in one place.</summary>
public static class Models
{
    public const string Drafts = "us.anthropic.claude-sonnet-4-6";
    public const string Tags = "amazon.nova-micro-v1:0";
}

/// <summary>Suggests a reply to a customer e-mail: a pipeline with logging and tool calls over the Bedrock adapter.</summary>
public sealed class ReplySuggester
{
    private readonly IChatClient _chat;

    public ReplySuggester(IAmazonBedrockRuntime bedrock)
    {
        _chat = bedrock.AsIChatClient(Models.Drafts)
            .AsBuilder()
            .UseFunctionInvocation()
            .ConfigureOptions(options => options.Temperature ??= 0.3f)
            .Build();
    }

    public async Task<string> SuggestAsync(string email, CancellationToken cancellationToken)
    {
        // Unbounded: a rambling draft runs to the model's output limit at Sonnet's output price.
        var response = await _chat.GetResponseAsync( // GA1003
            [new ChatMessage(ChatRole.System, "Draft a polite, short reply."), new ChatMessage(ChatRole.User, email)],
            cancellationToken: cancellationToken);
        return response.Text;
    }

    public async IAsyncEnumerable<string> StreamAsync(string email, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var options = new ChatOptions { Temperature = 0.3f, MaxOutputTokens = 500 };
        await foreach (var update in _chat.GetStreamingResponseAsync(email, options, cancellationToken))
        {
            yield return update.Text;
        }
    }
}

/// <summary>Tags tickets with a small model; the pipeline bounds every call.</summary>
public sealed class TicketTagger(IAmazonBedrockRuntime bedrock)
{
    private readonly IChatClient _chat = bedrock.AsIChatClient(Models.Tags)
        .AsBuilder()
        .ConfigureOptions(options => options.MaxOutputTokens = 16)
        .UseLogging()
        .Build();

    public async Task<string> TagAsync(string ticket) => (await _chat.GetResponseAsync("Tag this ticket: " + ticket)).Text;
}

/// <summary>Answers in the help widget. The chat client is injected (DI decides which one): not judged.</summary>
public sealed class HelpWidget(IChatClient chat)
{
    public async Task<string> AnswerAsync(string question) => (await chat.GetResponseAsync(question)).Text;
}

/// <summary>Translates snippets on demand.</summary>
public static class Translator
{
    public static async Task<string> TranslateAsync(IAmazonBedrockRuntime bedrock, string text, string language)
    {
        var chat = bedrock.AsIChatClient("amazon.nova-lite-v1:0");
        var options = new ChatOptions { Temperature = 0 }; // no MaxOutputTokens: the fix adds it here
        var response = await chat.GetResponseAsync($"Translate to {language}: {text}", options); // GA1003
        return response.Text;
    }
}

/// <summary>Answers order questions; a second constructor lets tests inject a fake client, production uses Bedrock.</summary>
public sealed class OrderAnswers
{
    private readonly IChatClient _chat;

    public OrderAnswers(IAmazonBedrockRuntime bedrock) => _chat = bedrock.AsIChatClient(Models.Tags);

    public OrderAnswers(IChatClient chat) => _chat = chat;

    // Unbounded on the Bedrock path, whatever a test injects.
    public async Task<string> AnswerAsync(string question) => (await _chat.GetResponseAsync(question)).Text; // GA1003
}
