using System.Collections.Immutable;

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
    CatalogSource PriceSource,
    string SmallerSiblingKey,
    string SuccessorKey,
    ModelLifecycle Lifecycle,
    bool Verified,
    ImmutableArray<string> BaseIds)
{
    public string BaseId => BaseIds[0];
}
