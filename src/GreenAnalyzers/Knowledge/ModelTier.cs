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
    /// <summary>The tier names, smallest first, as the catalog, the options and the messages spell them.</summary>
    public static ImmutableArray<string> Names { get; } = ImmutableArray.Create("tiny", "small", "medium", "large", "frontier");

    /// <summary>What a tier may be, as the catalog overlay's GA9001 names it.</summary>
    public static string AcceptedValues { get; } = string.Join(", ", Names);

    public static bool TryParse(string? text, out ModelTier tier)
    {
        var index = text is null ? -1 : Names.IndexOf(text.Trim().ToLowerInvariant());
        tier = index < 0 ? default : (ModelTier)index;
        return index >= 0;
    }

    public static string Name(this ModelTier tier) => Names[(int)tier];
}
