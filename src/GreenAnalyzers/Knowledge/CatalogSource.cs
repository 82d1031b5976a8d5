namespace GreenAnalyzers.Knowledge;

/// <summary>Where a catalog figure comes from, and how old it is. Messages quote <see cref="Citation"/>.</summary>
internal sealed record CatalogSource(string Id, string Label, string Date, string Title)
{
    public string Citation { get; } = Date == "undated" ? Label : Label + ", " + Date;
}
