namespace BedrockSupportDesk;

/// <summary>The Bedrock models this service uses, in one place so a review sees every choice.</summary>
public static class ModelIds
{
    /// <summary>Routes each ticket to a queue. Short prompt, one-word answer.</summary>
    public const string Triage = "us.anthropic.claude-opus-4-7";

    /// <summary>Tags tickets with a product area: a small model is plenty. Chosen in 2024.</summary>
    public const string Tagging = "amazon.titan-text-express-v1";

    /// <summary>Drafts replies for agents to edit.</summary>
    public const string ReplyDrafts = "global.anthropic.claude-opus-4-6-v1";

    /// <summary>Summarises the day's closed tickets overnight, in batch.</summary>
    public const string NightlyDigest = "meta.llama3-2-90b-instruct-v1:0";

    /// <summary>Answers questions about the refund policy, which is sent with every request.</summary>
    public const string PolicyAnswers = "us.anthropic.claude-sonnet-4-6";
}
