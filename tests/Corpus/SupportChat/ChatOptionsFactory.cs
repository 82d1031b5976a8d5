using Microsoft.Extensions.AI;

namespace Corpus.SupportChat;

/// <summary>Per-tenant chat settings. Premium tenants get the biggest model; everyone else the default.</summary>
public static class ChatOptionsFactory
{
    public const string DefaultModel = "us.anthropic.claude-sonnet-4-6";
    public const string PremiumModel = "us.anthropic.claude-opus-4-7";

    public static ChatOptions For(bool premium, string? overrideModel)
    {
        if (overrideModel is not null)
        {
            // Configured per deployment: nothing to judge at compile time.
            return new ChatOptions { ModelId = overrideModel, MaxOutputTokens = 800 };
        }

        return premium
            ? new ChatOptions { ModelId = PremiumModel, MaxOutputTokens = 1200 }
            : new ChatOptions { ModelId = DefaultModel, MaxOutputTokens = 800 };
    }
}
