namespace BedrockSupportDesk;

/// <summary>The Bedrock models this service uses, in one place so a review sees every choice.</summary>
public static class ModelIds
{
    /// <summary>Routes each ticket to a queue. Short prompt, one-word answer.</summary>
    public const string Triage = "us.anthropic.claude-opus-4-1-20250805-v1:0";

    /// <summary>Tags tickets with a product area: a small model is plenty.</summary>
    public const string Tagging = "us.anthropic.claude-3-haiku-20240307-v1:0";

    /// <summary>Drafts replies for agents to edit.</summary>
    public const string ReplyDrafts = "global.anthropic.claude-opus-4-6-v1";

    /// <summary>Summarises the day's closed tickets overnight, in batch.</summary>
    public const string NightlyDigest = "meta.llama3-1-405b-instruct-v1:0";
}
