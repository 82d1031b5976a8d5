namespace GreenAnalyzers.Diagnostics;

/// <summary>Keys of <c>Diagnostic.Properties</c>. Reports (SARIF, the impact report) read the figures; the code fix reads
/// <see cref="Replacement"/> and <see cref="FixTitle"/> and rewrites <c>AdditionalLocations[0]</c>.</summary>
internal static class PropertyKeys
{
    /// <summary>The text to write over the span of <c>AdditionalLocations[0]</c>. Absent when there is no safe fix.</summary>
    public const string Replacement = "replacement";
    public const string FixTitle = "fix_title";

    public const string Model = "model";
    public const string ModelId = "model_id";
    public const string Tier = "tier";
    public const string Suggested = "suggested";
    public const string SuggestedId = "suggested_id";
    public const string InputPrice = "input_usd_per_1m_tokens";
    public const string OutputPrice = "output_usd_per_1m_tokens";
    public const string SuggestedInputPrice = "suggested_input_usd_per_1m_tokens";
    public const string SuggestedOutputPrice = "suggested_output_usd_per_1m_tokens";
    public const string PriceSource = "price_source";
    public const string PriceDate = "price_date";

    public const string LifecycleStatus = "lifecycle_status";
    public const string EndOfLifeDate = "eol_date";
    public const string LifecycleSource = "lifecycle_source";
    public const string SuccessorBasis = "successor_basis";

    /// <summary>GA1003: the MaxTokens the fix writes.</summary>
    public const string MaxTokens = "max_tokens";

    /// <summary>GA1004: the constant characters before the missing cache point, the model's minimum, and the block type.</summary>
    public const string PromptChars = "prompt_chars";
    public const string CacheMinTokens = "cache_min_tokens";
    public const string BlockType = "block_type";

    /// <summary>GA4001: the model file loaded, and its quantized sibling in the project when there is one.</summary>
    public const string ModelFile = "model_file";
    public const string QuantizedSibling = "quantized_sibling";

    /// <summary>GA4004: the optimization level set.</summary>
    public const string OptimizationLevel = "optimization_level";

    /// <summary>GA4002: the type created per iteration.</summary>
    public const string CreatedType = "created_type";

    /// <summary>GA4005: the serving container, the quantization key and value the fix writes.</summary>
    public const string Container = "container";
    public const string QuantizeKey = "quantize_key";
    public const string QuantizeValue = "quantize_value";

    /// <summary>GA4006: the batch discount and its source.</summary>
    public const string BatchDiscountPercent = "batch_discount_percent";
    public const string Source = "source";
}
