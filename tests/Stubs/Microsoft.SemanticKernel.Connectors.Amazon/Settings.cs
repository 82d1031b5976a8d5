// Test stub mirroring the public API of Microsoft.SemanticKernel.Connectors.Amazon (see tests/Stubs/README.md).
// JSON names and [JsonNumberHandling] as in the real settings classes; property bodies omitted.
using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Microsoft.SemanticKernel.Connectors.Amazon;

[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public sealed class AmazonClaudeExecutionSettings : PromptExecutionSettings
{
    [JsonPropertyName("max_tokens_to_sample")] public int MaxTokensToSample { get; set; }
    [JsonPropertyName("stop_sequences")] public List<string>? StopSequences { get; set; }
    [JsonPropertyName("temperature")] public float? Temperature { get; set; }
    [JsonPropertyName("top_p")] public float? TopP { get; set; }
    [JsonPropertyName("top_k")] public int? TopK { get; set; }
    public static AmazonClaudeExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) => throw new NotImplementedException();
}

[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public class AmazonCommandExecutionSettings : PromptExecutionSettings
{
    [JsonPropertyName("temperature")] public double? Temperature { get; set; }
    [JsonPropertyName("p")] public double? TopP { get; set; }
    [JsonPropertyName("k")] public double? TopK { get; set; }
    [JsonPropertyName("max_tokens")] public int? MaxTokens { get; set; }
    [JsonPropertyName("stop_sequences")] public List<string>? StopSequences { get; set; }
    [JsonPropertyName("return_likelihoods")] public string? ReturnLikelihoods { get; set; }
    [JsonPropertyName("stream")] public bool? Stream { get; set; }
    [JsonPropertyName("num_generations")] public int? NumGenerations { get; set; }
    [JsonPropertyName("logit_bias")] public Dictionary<int, double>? LogitBias { get; set; }
    [JsonPropertyName("truncate")] public string? Truncate { get; set; }
    public static AmazonCommandExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) => throw new NotImplementedException();
}

[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public class AmazonCommandRExecutionSettings : PromptExecutionSettings
{
    [JsonPropertyName("chat_history")] public List<CohereCommandRTools.ChatMessage>? ChatHistory { get; set; }
    [JsonPropertyName("documents")] public List<CohereCommandRTools.Document>? Documents { get; set; }
    [JsonPropertyName("search_queries_only")] public bool? SearchQueriesOnly { get; set; }
    [JsonPropertyName("preamble")] public string? Preamble { get; set; }
    [JsonPropertyName("max_tokens")] public int? MaxTokens { get; set; }
    [JsonPropertyName("temperature")] public float? Temperature { get; set; }
    [JsonPropertyName("p")] public float? TopP { get; set; }
    [JsonPropertyName("k")] public float? TopK { get; set; }
    [JsonPropertyName("prompt_truncation")] public string? PromptTruncation { get; set; }
    [JsonPropertyName("frequency_penalty")] public float? FrequencyPenalty { get; set; }
    [JsonPropertyName("presence_penalty")] public float? PresencePenalty { get; set; }
    [JsonPropertyName("seed")] public int? Seed { get; set; }
    [JsonPropertyName("return_prompt")] public bool? ReturnPrompt { get; set; }
    [JsonPropertyName("tools")] public List<CohereCommandRTools.Tool>? Tools { get; set; }
    [JsonPropertyName("tool_results")] public List<CohereCommandRTools.ToolResult>? ToolResults { get; set; }
    [JsonPropertyName("stop_sequences")] public List<string>? StopSequences { get; set; }
    [JsonPropertyName("raw_prompting")] public bool? RawPrompting { get; set; }
    public static AmazonCommandRExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) => throw new NotImplementedException();
}

[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public class AmazonJambaExecutionSettings : PromptExecutionSettings
{
    [JsonPropertyName("temperature")] public float? Temperature { get; set; }
    [JsonPropertyName("top_p")] public float? TopP { get; set; }
    [JsonPropertyName("max_tokens")] public int? MaxTokens { get; set; }
    [JsonPropertyName("stop")] public List<string>? Stop { get; set; }
    [JsonPropertyName("n")] public int? NumberOfResponses { get; set; }
    [JsonPropertyName("frequency_penalty")] public double? FrequencyPenalty { get; set; }
    [JsonPropertyName("presence_penalty")] public double? PresencePenalty { get; set; }
    public static AmazonJambaExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) => throw new NotImplementedException();
}

[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public class AmazonJurassicExecutionSettings : PromptExecutionSettings
{
    [JsonPropertyName("temperature")] public float? Temperature { get; set; }
    [JsonPropertyName("topP")] public float? TopP { get; set; }
    [JsonPropertyName("maxTokens")] public int? MaxTokens { get; set; }
    [JsonPropertyName("stopSequences")] public List<string>? StopSequences { get; set; }
    [JsonPropertyName("countPenalty")] public AI21JurassicPenalties? CountPenalty { get; set; }
    [JsonPropertyName("presencePenalty")] public AI21JurassicPenalties? PresencePenalty { get; set; }
    [JsonPropertyName("frequencyPenalty")] public AI21JurassicPenalties? FrequencyPenalty { get; set; }
    public static AmazonJurassicExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) => throw new NotImplementedException();
}

[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public class AmazonLlama3ExecutionSettings : PromptExecutionSettings
{
    [JsonPropertyName("temperature")] public float? Temperature { get; set; }
    [JsonPropertyName("top_p")] public float? TopP { get; set; }
    [JsonPropertyName("max_gen_len")] public int? MaxGenLen { get; set; }
    public static AmazonLlama3ExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) => throw new NotImplementedException();
}

[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public class AmazonMistralExecutionSettings : PromptExecutionSettings
{
    [JsonPropertyName("max_tokens")] public int? MaxTokens { get; set; }
    [JsonPropertyName("stop")] public List<string>? StopSequences { get; set; }
    [JsonPropertyName("temperature")] public float? Temperature { get; set; }
    [JsonPropertyName("top_p")] public float? TopP { get; set; }
    [JsonPropertyName("top_k")] public int? TopK { get; set; }
    public static AmazonMistralExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) => throw new NotImplementedException();
}

[JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
public class AmazonTitanExecutionSettings : PromptExecutionSettings
{
    [JsonPropertyName("topP")] public float? TopP { get; set; }
    [JsonPropertyName("temperature")] public float? Temperature { get; set; }
    [JsonPropertyName("maxTokenCount")] public int? MaxTokenCount { get; set; }
    [JsonPropertyName("stopSequences")] public List<string>? StopSequences { get; set; }
    public static AmazonTitanExecutionSettings FromExecutionSettings(PromptExecutionSettings? executionSettings) => throw new NotImplementedException();
}

/// <summary>Its members are internal in the real assembly.</summary>
public sealed class AI21JurassicPenalties
{
}

public static class CohereCommandRTools
{
    public sealed class ChatMessage { public string? Role { get; set; } public string? Message { get; set; } }
    public sealed class Document { public string? Title { get; set; } public string? Snippet { get; set; } }
    public sealed class Tool { public string? Name { get; set; } public string? Description { get; set; } public Dictionary<string, ToolParameter> ParameterDefinitions { get; set; } = []; }
    public sealed class ToolParameter { public string? Description { get; set; } public string? Type { get; set; } public bool? Required { get; set; } }
    public sealed class ToolResult { public ToolCall? Call { get; set; } public List<Dictionary<string, string>> Outputs { get; set; } = []; }
    public sealed class ToolCall { public string? Name { get; set; } public Dictionary<string, string> Parameters { get; set; } = []; public string? GenerationId { get; set; } }
}
