namespace GreenAnalyzers.Knowledge;

/// <summary>A SageMaker LLM serving container and how it is told to quantize a model when it loads.</summary>
/// <param name="Name">What messages call it.</param>
/// <param name="QuantizeKeys">Environment keys that set quantization; the first is the one the fix writes.</param>
/// <param name="FixValue">The value the fix writes: quantizes on load, needs no pre-quantized weights, works on most GPUs.</param>
/// <param name="ImageMarkers">Substrings of the image URI that name the container.</param>
/// <param name="EvidenceKeys">Environment keys only this container reads (besides the model id).</param>
/// <param name="EvidencePrefix">Keys with this prefix are this container's (LMI's <c>OPTION_*</c>), or empty.</param>
/// <param name="Source">Where the keys and the value come from.</param>
internal sealed record ServingContainer(
    string Name, ImmutableArray<string> QuantizeKeys, string FixValue, ImmutableArray<string> ImageMarkers,
    ImmutableArray<string> EvidenceKeys, string EvidencePrefix, CatalogSource Source);

/// <summary>
/// Efficient-inference facts the GA4xxx rules quote, each with its source (details and quotes in
/// docs/research/efficient-inference.md). Curated by hand: a handful of facts, no generated table.
/// </summary>
internal static class InferenceFacts
{
    /// <summary>AWS: batch inference "50% cost savings vs on-demand" (for the models that support batch).</summary>
    public const int BatchDiscountPercent = 50;

    public static CatalogSource BatchPriceSource { get; } = new(
        "aws-bedrock-capacity", "AWS Bedrock User Guide, Capacity, Limits, and Cost Optimization", "undated",
        "Amazon Bedrock User Guide, Capacity, Limits, and Cost Optimization (capacity options table: Batch, 50% cost savings vs on-demand)");

    /// <summary>AWS quota "Minimum number of records per batch inference job" (default 100, per model): a loop over a
    /// constant collection of fewer items cannot become a batch job, so it is not bulk work for GA4006.</summary>
    public const int BatchMinimumRecords = 100;

    public static CatalogSource BatchMinimumSource { get; } = new(
        "aws-bedrock-quotas", "Amazon Bedrock endpoints and quotas (AWS General Reference)", "undated",
        "Amazon Bedrock endpoints and quotas, AWS General Reference (quota: Minimum number of records per batch inference job, default 100)");

    /// <summary>Model-id keys of the serving containers: which model they serve (a pre-quantized one needs no key).</summary>
    public static ImmutableArray<string> ModelIdKeys { get; } = ImmutableArray.Create("HF_MODEL_ID", "OPTION_MODEL_ID");

    /// <summary>Image URI fragments of AWS Neuron (Inferentia/Trainium) containers, which quantize differently.</summary>
    public static ImmutableArray<string> NeuronImageMarkers { get; } = ImmutableArray.Create("neuron");

    /// <summary>Words in a model id that say its weights are already quantized (TheBloke/…-AWQ, …-FP8, …-GPTQ-Int4).</summary>
    public static ImmutableArray<string> PreQuantizedMarkers { get; } = ImmutableArray.Create(
        "awq", "gptq", "gguf", "exl2", "marlin", "fp8", "fp4", "int4", "int8", "w4a16", "w8a8", "w8a16", "bnb", "4bit", "8bit", "nf4", "quantized");

    public static ServingContainer Tgi { get; } = new(
        "Hugging Face TGI",
        ImmutableArray.Create("HF_MODEL_QUANTIZE", "QUANTIZE"),
        "eetq",
        ImmutableArray.Create("tgi", "text-generation-inference"),
        ImmutableArray.Create("SM_NUM_GPUS", "MAX_INPUT_LENGTH", "MAX_INPUT_TOKENS", "MAX_TOTAL_TOKENS", "MAX_BATCH_PREFILL_TOKENS", "MAX_BATCH_TOTAL_TOKENS", "MESSAGES_API_ENABLED"),
        string.Empty,
        new CatalogSource(
            "tgi-launcher", "TGI launcher reference", "undated",
            "huggingface/text-generation-inference docs/source/reference/launcher.md (QUANTIZE values) and sagemaker-entrypoint.sh (HF_MODEL_QUANTIZE → QUANTIZE)"));

    public static ServingContainer Lmi { get; } = new(
        "AWS LMI (DJL Serving)",
        ImmutableArray.Create("OPTION_QUANTIZE", "OPTION_QUANTIZATION"),
        "fp8",
        ImmutableArray.Create("djl-inference", "djl-lmi", "djl-serving"),
        ImmutableArray.Create("TENSOR_PARALLEL_DEGREE"),
        "OPTION_",
        new CatalogSource(
            "lmi-user-guides", "LMI vLLM and TensorRT-LLM user guides", "2026-06-24",
            "deepjavalibrary/djl-serving serving/docs/lmi/user_guides/vllm_user_guide.md and trt_llm_user_guide.md @ d21927c4 (OPTION_QUANTIZE runtime values)"));

    public static ImmutableArray<ServingContainer> Containers { get; } = ImmutableArray.Create(Tgi, Lmi);

    public static bool ContainsAny(string text, ImmutableArray<string> markers)
    {
        foreach (var marker in markers)
        {
            if (text.IndexOf(marker, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
