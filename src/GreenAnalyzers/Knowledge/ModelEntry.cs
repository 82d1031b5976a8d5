namespace GreenAnalyzers.Knowledge;

/// <summary>What a model's lifecycle is known to be. <see cref="Retiring"/> includes unverified reports: such a
/// model is never suggested, but flagging its use as legacy needs a verified source.</summary>
internal enum ModelLifecycle
{
    Unknown,
    Active,
    Retiring,
}

/// <summary>One Bedrock text model of the knowledge catalog. Prices are USD per 1M tokens, on-demand list prices.</summary>
internal sealed record ModelEntry(
    string Key,
    string Provider,
    string Family,
    string Name,
    ModelTier Tier,
    decimal InputPrice,
    decimal OutputPrice,
    decimal? GlobalInputPrice,
    decimal? GlobalOutputPrice,
    CatalogSource PriceSource,
    string SmallerSiblingKey,
    ModelLifecycle Lifecycle,
    LegacyFact? Legacy,
    PromptCaching? PromptCaching,
    bool Verified,
    ImmutableArray<string> BaseIds)
{
    /// <summary>Where to go when this model is retiring: a catalog key, or empty.</summary>
    public string SuccessorKey => Legacy?.SuccessorKey ?? string.Empty;

    public string BaseId => BaseIds[0];

    /// <summary>The list price that applies to how the model is called: <c>global.</c> profiles are billed at their own
    /// (for Claude 4.5 and later, lower) price when the catalog has one; every other profile at the source-Region price.</summary>
    public ModelPrice PriceFor(ModelReference reference)
        => reference.Prefix == "global." && GlobalInputPrice is { } input && GlobalOutputPrice is { } output
            ? new ModelPrice(input, output, IsGlobalProfile: true, PriceSource)
            : new ModelPrice(InputPrice, OutputPrice, IsGlobalProfile: false, PriceSource);
}

/// <summary>USD per 1M input and output tokens, on-demand list price.</summary>
internal sealed record ModelPrice(decimal Input, decimal Output, bool IsGlobalProfile, CatalogSource Source);

/// <summary>Legacy: Bedrock has scheduled the end of life. EndOfLife: the date has passed (in the Regions the source lists).</summary>
internal enum LegacyStatus
{
    Legacy,
    EndOfLife,
}

/// <summary>What AWS says about a retiring model on Bedrock (docs/research/bedrock-model-lifecycle.md), and where to go
/// instead. <see cref="SuccessorBasis"/> tells whether AWS named the successor or GreenAnalyzers chose the family's
/// current model of the same tier because AWS named none (or a larger one).</summary>
internal sealed record LegacyFact(
    LegacyStatus Status,
    string EolDate,
    string Scope,
    string SuccessorKey,
    string SuccessorBasis,
    CatalogSource Source)
{
    public bool SuccessorNamedByAws => SuccessorBasis.StartsWith("aws", System.StringComparison.Ordinal);
}

/// <summary>A Bedrock embedding model: recognised so reports can name it and its output sizes; no rule judges it yet.</summary>
internal sealed record EmbeddingEntry(string Key, string Name, string Id, int DefaultDimension, ImmutableArray<int> Dimensions, decimal InputPrice, CatalogSource PriceSource);

/// <summary>Explicit prompt caching through a Converse cache point (docs/research/prompt-caching.md): AWS's minimum prompt
/// prefix per checkpoint, below which "your inference still succeeds, but your prefix isn't cached".</summary>
internal sealed record PromptCaching(int MinTokensPerCheckpoint, CatalogSource Source);
