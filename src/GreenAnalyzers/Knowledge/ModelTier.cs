namespace GreenAnalyzers.Knowledge;

/// <summary>Model size tiers, smallest first (catalog rule: public total parameters, else the input-price band).</summary>
internal enum ModelTier
{
    Tiny,
    Small,
    Medium,
    Large,
    Frontier,
}

internal static class ModelTiers
{
    /// <summary>What a tier may be, as messages name it (the catalog overlay's GA9001).</summary>
    public const string AcceptedValues = "tiny, small, medium, large, frontier";

    public static bool TryParse(string? text, out ModelTier tier)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "tiny": tier = ModelTier.Tiny; return true;
            case "small": tier = ModelTier.Small; return true;
            case "medium": tier = ModelTier.Medium; return true;
            case "large": tier = ModelTier.Large; return true;
            case "frontier": tier = ModelTier.Frontier; return true;
            default: tier = default; return false;
        }
    }

    public static string Name(this ModelTier tier) => tier.ToString().ToLowerInvariant();
}
