using Amazon.BedrockRuntime;
using Amazon.BedrockRuntime.Model;

namespace Corpus.ClaimsDesk;

/// <summary>Reads insurance claims: triage, a second opinion for disputed ones, and letters to the customer.</summary>
public sealed class ClaimsAssistant
{
    // Written once, here, and never again: as good as a constant.
    private static string s_letterModel = "anthropic.claude-v2:1"; // GA1002 at the sink in LetterAsync: legacy (Claude 2.1)

    // Visible to other assemblies and not readonly: anyone may change it, so it is not judged.
    public static string AuditModel = "anthropic.claude-instant-v1";

    private readonly IAmazonBedrockRuntime _bedrock;
    private readonly string _reviewModel;
    private string _fallbackModel;

    public ClaimsAssistant(IAmazonBedrockRuntime bedrock)
    {
        _bedrock = bedrock;
        _reviewModel = "anthropic.claude-opus-4-6-v1"; // GA1001 where ReviewAsync writes it: a frontier model to say approve or reject
        _fallbackModel = "anthropic.claude-instant-v1";
    }

    /// <summary>Lets operators switch the fallback at run time: the field is written outside the constructor.</summary>
    public void UseFallback(string modelId) => _fallbackModel = modelId;

    public async Task<string> TriageAsync(string claim, CancellationToken cancellationToken)
    {
        var modelId = "anthropic.claude-instant-v1"; // GA1002 at the sink below: the most common shape in samples
        var response = await _bedrock.ConverseAsync(
            new ConverseRequest
            {
                ModelId = modelId,
                Messages = [User("Label this claim as glass, collision, theft or other:\n" + claim)],
                InferenceConfig = new InferenceConfiguration { MaxTokens = 5 },
            },
            cancellationToken);
        return Text(response);
    }

    public async Task<string> ReviewAsync(string claim, bool disputed, CancellationToken cancellationToken)
    {
        string modelId;
        if (disputed)
        {
            modelId = _reviewModel;
        }
        else
        {
            modelId = "amazon.nova-micro-v1:0";
        }

        var response = await _bedrock.ConverseAsync(
            new ConverseRequest
            {
                ModelId = modelId,
                Messages = [User("Approve or reject, one word:\n" + claim)],
                InferenceConfig = new InferenceConfiguration { MaxTokens = 3 },
            },
            cancellationToken);
        return Text(response);
    }

    public async Task<string> RetryAsync(string claim, string? preferred, CancellationToken cancellationToken)
    {
        // A parameter on one path and the mutable field on the other: which model answers is unknown, nothing is judged.
        var modelId = preferred ?? _fallbackModel;
        var response = await _bedrock.ConverseAsync(
            new ConverseRequest
            {
                ModelId = modelId,
                Messages = [User(claim)],
                InferenceConfig = new InferenceConfiguration { MaxTokens = 200 },
            },
            cancellationToken);
        return Text(response);
    }

    public async Task<string> LetterAsync(string customer, string decision, CancellationToken cancellationToken)
    {
        var request = new ConverseRequest // GA1003: the letter has no length bound
        {
            ModelId = s_letterModel,
            Messages = [User($"Write a letter to {customer} explaining: {decision}")],
        };
        var response = await _bedrock.ConverseAsync(request, cancellationToken);
        return Text(response);
    }

    public async Task<string> AuditAsync(string claim, CancellationToken cancellationToken)
    {
        var response = await _bedrock.ConverseAsync(
            new ConverseRequest
            {
                ModelId = AuditModel,
                Messages = [User("List missing documents:\n" + claim)],
                InferenceConfig = new InferenceConfiguration { MaxTokens = 150 },
            },
            cancellationToken);
        return Text(response);
    }

    /// <summary>Asks each candidate model the same question to compare them: three calls, not bulk work.</summary>
    public async Task<Dictionary<string, string>> CompareAsync(string claim, CancellationToken cancellationToken)
    {
        string[] candidates =
        [
            "amazon.nova-lite-v1:0",
            "anthropic.claude-instant-v1", // GA1002: the element the loop sends (sits on the element)
            "us.anthropic.claude-haiku-4-5-20251001-v1:0",
        ];

        var answers = new Dictionary<string, string>();
        foreach (var candidate in candidates)
        {
            var response = await _bedrock.ConverseAsync(
                new ConverseRequest
                {
                    ModelId = candidate,
                    Messages = [User("Summarise the claim in one line:\n" + claim)],
                    InferenceConfig = new InferenceConfiguration { MaxTokens = 60 },
                },
                cancellationToken);
            answers[candidate] = Text(response);
        }

        return answers;
    }

    private static Message User(string text) => new() { Role = ConversationRole.User, Content = [new ContentBlock { Text = text }] };

    private static string Text(ConverseResponse response) => response.Output?.Message?.Content?[0].Text ?? string.Empty;
}
