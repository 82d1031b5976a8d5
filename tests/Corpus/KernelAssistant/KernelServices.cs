using Amazon.BedrockRuntime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.Amazon;

namespace Corpus.KernelAssistant;

/// <summary>Registers the app's AI services with Semantic Kernel's Amazon connector.</summary>
public static class AiServices
{
    public const string ChatModel = "anthropic.claude-opus-4-6-v1";

    public static IServiceCollection AddAssistant(this IServiceCollection services)
    {
        services.AddBedrockChatCompletionService(ChatModel); // GA1001: a frontier model for routine chat
        services.AddKernel();
        return services;
    }
}

/// <summary>Summarizes meeting notes with a kernel it builds itself (Llama on Bedrock).</summary>
public sealed class MeetingSummarizer
{
    private readonly Kernel _kernel;

    public MeetingSummarizer(IAmazonBedrockRuntime bedrock)
    {
        var builder = Kernel.CreateBuilder();
        builder.AddBedrockChatCompletionService("meta.llama3-8b-instruct-v1:0", bedrock);
        _kernel = builder.Build();
    }

    public async Task<string> SummarizeAsync(string notes)
    {
        var arguments = new KernelArguments(new AmazonLlama3ExecutionSettings { Temperature = 0.2f }) { ["notes"] = notes };
        var result = await _kernel.InvokePromptAsync("Summarize these notes in five bullets: {{$notes}}", arguments); // GA1003: no MaxGenLen
        return result.ToString();
    }

    public async Task<string> TitleAsync(string notes)
    {
        var settings = new AmazonLlama3ExecutionSettings { MaxGenLen = 20 };
        var result = await _kernel.InvokePromptAsync("A short title for: {{$notes}}", new KernelArguments(settings) { ["notes"] = notes });
        return result.ToString();
    }
}

/// <summary>Chats through whatever kernel DI provides: its services are configured elsewhere, so it is not judged.</summary>
public sealed class HelpDesk(Kernel kernel)
{
    public async Task<string> AnswerAsync(ChatHistory history)
    {
        var chat = kernel.GetRequiredService<IChatCompletionService>();
        var reply = await chat.GetChatMessageContentAsync(history);
        return reply.Content ?? string.Empty;
    }
}

/// <summary>Drafts release notes with the connector's text service created directly.</summary>
public sealed class ReleaseNotes(IAmazonBedrockRuntime bedrock)
{
    private readonly BedrockTextGenerationService _text = new("amazon.titan-text-premier-v1:0", bedrock);

    public async Task<string> DraftAsync(string changes)
    {
        var drafts = await _text.GetTextContentsAsync("Write release notes for: " + changes); // GA1003: no MaxTokenCount
        return drafts.Count > 0 ? drafts[0].Text ?? string.Empty : string.Empty;
    }
}
