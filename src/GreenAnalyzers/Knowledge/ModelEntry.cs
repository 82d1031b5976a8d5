namespace GreenAnalyzers.Knowledge;

/// <summary>What a model's lifecycle is known to be. <see cref="Retiring"/> includes unverified reports: such a
/// model is never suggested, but flagging its use as legacy needs a verified source.</summary>
internal enum ModelLifecycle
{
    Unknown,
    Active,
    Retiring,
}

/// <summary>How Bedrock serves a model on demand. A fix writes a bare id only for <see cref="InRegion"/>, and a profile
/// id only for a geography the model is known to be offered in; <see cref="Unknown"/> gets no fix.</summary>
internal enum InvocationMode
{
    Unknown,

    /// <summary>The bare model id (or its foundation-model ARN) can be invoked on demand in the Region of the client.</summary>
    InRegion,

    /// <summary>On demand only through an inference profile (<c>us.</c>, <c>eu.</c>, <c>global.</c>, …).</summary>
    ProfileOnly,
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

    /// <summary>Whether the bare id can be invoked on demand (catalog column <c>invocation</c>).</summary>
    public InvocationMode Invocation { get; init; }

    /// <summary>The geography prefixes of its system inference profiles, without the dot (<c>us</c>, <c>eu</c>, <c>apac</c>,
    /// <c>global</c>, …; catalog column <c>geo_profiles</c>). Empty when unknown.</summary>
    public ImmutableArray<string> GeoProfiles { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Where the entry comes from: empty for the embedded catalog, the file name for an overlay row.</summary>
    public string Origin { get; init; } = string.Empty;

    /// <summary>Whether it may be suggested to replace another model at <paramref name="asOf"/>: verified, and neither
    /// reported retiring nor past a lifecycle date.</summary>
    public bool IsCurrent(string asOf)
        => Verified && Lifecycle != ModelLifecycle.Retiring && Legacy?.StatusOn(asOf) is null;

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
/// instead. Dates are ISO (<c>yyyy-MM-dd</c>) or empty when the source gives none; the status is computed from them
/// against the analysis date (<c>green_analyzers.as_of</c>), never frozen into the data. <see cref="SuccessorBasis"/>
/// tells whether AWS named the successor or GreenAnalyzers chose the family's current model of the same tier because
/// AWS named none (or a larger one).</summary>
internal sealed record LegacyFact(
    string LegacyDate,
    string ExtendedAccessDate,
    string EolDate,
    string Scope,
    string SuccessorKey,
    string SuccessorBasis,
    CatalogSource Source)
{
    public bool SuccessorNamedByAws => SuccessorBasis.StartsWith("aws", System.StringComparison.Ordinal);

    /// <summary>Whether only some Regions are affected ("some Regions" in the source).</summary>
    public bool SomeRegionsOnly => Scope.StartsWith("some", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>Null while the model is still active at <paramref name="asOf"/> (an ISO date: ordinal order is date
    /// order). A fact with an end-of-life date but no legacy date is legacy until that date (the source gave no start).</summary>
    public LegacyStatus? StatusOn(string asOf)
    {
        if (EolDate.Length > 0 && string.CompareOrdinal(asOf, EolDate) >= 0)
        {
            return LegacyStatus.EndOfLife;
        }

        if (LegacyDate.Length > 0 ? string.CompareOrdinal(asOf, LegacyDate) >= 0 : EolDate.Length > 0)
        {
            return LegacyStatus.Legacy;
        }

        return null;
    }
}

/// <summary>A Bedrock embedding model: recognised so reports can name it and its output sizes; no rule judges it yet.</summary>
internal sealed record EmbeddingEntry(string Key, string Name, string Id, int DefaultDimension, ImmutableArray<int> Dimensions, decimal InputPrice, CatalogSource PriceSource);

/// <summary>Explicit prompt caching through a Converse cache point (docs/research/prompt-caching.md): AWS's minimum prompt
/// prefix per checkpoint, below which "your inference still succeeds, but your prefix isn't cached".</summary>
internal sealed record PromptCaching(int MinTokensPerCheckpoint, CatalogSource Source);

/// <summary>A Bedrock image, video or speech model the catalog knows only by its Bedrock lifecycle (GA1002 flags it once
/// legacy; AWS names no replacement, and no rule tiers it). <see cref="UsdPerImage"/>: list price of one image, if sourced.</summary>
internal sealed record MediaModelEntry(
    string Key,
    string Name,
    string Modality,
    ImmutableArray<string> BaseIds,
    LegacyFact Legacy,
    decimal? UsdPerImage,
    CatalogSource? PriceSource)
{
    public string BaseId => BaseIds[0];
}
