using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GreenAnalyzers.Descriptors;

/// <summary>The one catalog of rule descriptors. Every analyzer reports through these; tests check each
/// against its docs page and the release-tracking files.</summary>
internal static class Rules
{
    public const string HelpLinkBase = "https://github.com/greenanalyzers/GreenAnalyzers/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor UseSmallerModel = Create(
        RuleIds.UseSmallerModel,
        title: "Use a smaller model where it serves",
        messageFormat: "'{0}' is a {1}-tier model{5}; '{2}' costs {3} ({4})",
        RuleCategory.ModelSelection,
        DiagnosticSeverity.Warning,
        description: "A frontier model spends far more energy and money per token than a smaller sibling of the same family. "
            + "Many tasks (classification, extraction, summarising, routing) are served as well by the smaller model. "
            + "The message quotes list prices from GreenAnalyzers' dated knowledge catalog.");

    public static readonly DiagnosticDescriptor ReplaceLegacyModel = Create(
        RuleIds.ReplaceLegacyModel,
        title: "Replace a legacy model",
        messageFormat: "'{0}' {1} ({2}); {3}",
        RuleCategory.ModelSelection,
        DiagnosticSeverity.Warning,
        description: "Amazon Bedrock has scheduled or passed the end of life of this model: calls fail after that date, and newer "
            + "models of the same tier do more per token. The replacement is AWS's recommendation where AWS names one of the same "
            + "tier, otherwise the family's current model of that tier; a replacement is never itself legacy.");

    public static readonly DiagnosticDescriptor BoundOutputLength = Create(
        RuleIds.BoundOutputLength,
        title: "Bound the output length",
        messageFormat: "{0} sets no InferenceConfig.MaxTokens, so each reply may run to the model's output limit{1}; bound it",
        RuleCategory.ModelSelection,
        DiagnosticSeverity.Info,
        description: "Output tokens are the slowest and, per token, the most expensive part of a call. Without MaxTokens a reply "
            + "can run to the model's output limit; a bound sized to the task caps time, energy and cost per call.");

    public static readonly DiagnosticDescriptor CacheStaticPrompt = Create(
        RuleIds.CacheStaticPrompt,
        title: "Cache a long static prompt",
        messageFormat: "{0} characters of constant {1} text have no cache point after them; '{2}' caches a prompt prefix of {3} tokens or more ({4}): add a cache point so repeated calls reuse it",
        RuleCategory.ModelSelection,
        DiagnosticSeverity.Info,
        description: "A long, constant system prompt is processed again on every call. With a cache point after it, Bedrock reuses "
            + "the processed prefix for later calls within the cache's time to live, which cuts latency and input processing.");

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.Create(UseSmallerModel, ReplaceLegacyModel, BoundOutputLength, CacheStaticPrompt);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(
        string id, string title, string messageFormat, string category, DiagnosticSeverity severity, string description)
        => new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, HelpLink(id));
}

/// <summary>Rule ids; fixed forever once shipped.</summary>
internal static class RuleIds
{
    public const string UseSmallerModel = "GA1001";
    public const string ReplaceLegacyModel = "GA1002";
    public const string BoundOutputLength = "GA1003";
    public const string CacheStaticPrompt = "GA1004";
}
