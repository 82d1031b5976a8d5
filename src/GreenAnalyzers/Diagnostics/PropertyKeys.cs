namespace GreenAnalyzers.Diagnostics;

/// <summary>Keys of <c>Diagnostic.Properties</c>. Reports (SARIF, the impact report) read the figures; the code fix reads
/// <see cref="FixTitle"/> and the <see cref="SyntaxEdit"/> script (<c>edit.*</c>) and edits the additional locations.</summary>
internal static class PropertyKeys
{
    /// <summary>The code action's title; present exactly when the diagnostic has a fix.</summary>
    public const string FixTitle = "fix_title";

    /// <summary>Whether a property only tells the code fix what to do (<see cref="FixTitle"/>, the <see cref="SyntaxEdit"/>
    /// script): reports (the tool's SARIF and JSON) leave those out and keep the figures.</summary>
    public static bool IsFixPlumbing(string key)
        => key == FixTitle || key.StartsWith(SyntaxEdit.KeyPrefix, System.StringComparison.Ordinal);

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

    /// <summary>GA1002 on an image model: the list price of one generated image, where the catalog sources one.</summary>
    public const string ImagePrice = "usd_per_image";
    public const string PriceDate = "price_date";

    public const string LifecycleStatus = "lifecycle_status";
    public const string LegacyDate = "legacy_date";
    public const string ExtendedAccessDate = "extended_access_date";
    public const string EndOfLifeDate = "eol_date";
    public const string LifecycleScope = "eol_scope";

    /// <summary>GA1002: the date the lifecycle was judged at (<c>green_analyzers.as_of</c>, else the catalog's date).</summary>
    public const string AsOf = "as_of";
    public const string LifecycleSource = "lifecycle_source";
    public const string SuccessorBasis = "successor_basis";

    /// <summary>GA1003: the MaxTokens the fix writes.</summary>
    public const string MaxTokens = "max_tokens";

    /// <summary>GA1004: the constant characters before the missing cache point, the model's minimum, and the block type.</summary>
    public const string PromptChars = "prompt_chars";
    public const string CacheMinTokens = "cache_min_tokens";
    public const string BlockType = "block_type";

    /// <summary>GA3001–GA3004: the instance (or accelerator) type as the SDK sends it, and the SDK api it goes to
    /// (endpoint, training, processing, ec2). <see cref="Suggested"/> holds the replacement in the same form.</summary>
    public const string InstanceType = "instance_type";
    public const string InstanceApi = "instance_api";

    /// <summary>GA3001–GA3004: on-demand USD per hour of the type and of the suggestion (SageMaker hosting for endpoints,
    /// EC2 Linux us-east-1 for EC2), with <see cref="PriceSource"/>/<see cref="PriceDate"/> and their twins for the
    /// suggestion. Absent where the catalog has no sourced price (training has none).</summary>
    public const string HourlyPrice = "usd_per_hour";
    public const string SuggestedHourlyPrice = "suggested_usd_per_hour";
    public const string SuggestedPriceSource = "suggested_price_source";
    public const string SuggestedPriceDate = "suggested_price_date";

    /// <summary>GA3001–GA3004: "true" when the suggestion costs more per hour (the message then says so).</summary>
    public const string CostsMore = "costs_more";

    /// <summary>GA3001–GA3004: the efficiency claim quoted in the message, word for word, and its citation.</summary>
    public const string Claim = "claim";
    public const string ClaimSource = "claim_source";

    /// <summary>GA3001–GA3004: what the move needs besides the new type: <c>neuron</c> (a Neuron-compiled model and
    /// container) or <c>arm64</c> (an arm64 image).</summary>
    public const string Requires = "requires";

    /// <summary>GA3004: the container image (its repository) whose lack of a Neuron build kept the Neuron successor from
    /// being suggested.</summary>
    public const string Image = "image";

    /// <summary>GA3004: <c>older</c> (AWS still lists the type as current generation, or does not say),
    /// <c>previous</c> (AWS lists it as previous generation), or <c>elastic_inference</c>.</summary>
    public const string Generation = "generation";

    /// <summary>GA4001: the model file loaded, and its quantized sibling in the project when there is one.</summary>
    public const string ModelFile = "model_file";
    public const string QuantizedSibling = "quantized_sibling";

    /// <summary>GA4004: the optimization level set.</summary>
    public const string OptimizationLevel = "optimization_level";

    /// <summary>GA4002: the type created per iteration.</summary>
    public const string CreatedType = "created_type";

    /// <summary>GA4003: whether the session created per call is disposed (a reload per call) or not (a reload and a leak).</summary>
    public const string Disposed = "disposed";

    /// <summary>GA4005: the serving container, the quantization key and value the fix writes.</summary>
    public const string Container = "container";
    public const string QuantizeKey = "quantize_key";
    public const string QuantizeValue = "quantize_value";

    /// <summary>GA4006: the batch discount and its source.</summary>
    public const string BatchDiscountPercent = "batch_discount_percent";
    public const string Source = "source";

    /// <summary>A finding in a configuration file: the value's RFC 6901 JSON pointer (<c>/Bedrock/ModelId</c>), which
    /// baselines fingerprint, and the .NET configuration key that reaches it (<c>Bedrock:ModelId</c>).</summary>
    public const string JsonPointer = "json_pointer";
    public const string ConfigurationKey = "configuration_key";
}
