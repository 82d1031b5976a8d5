namespace GreenAnalyzers.Options;

/// <summary>A team's own tier (and smaller sibling) for a model id the catalog does not know, or knows differently:
/// private fine-tunes, imported models, models newer than the catalog.</summary>
internal sealed record CustomModel(string BaseId, ModelTier Tier, string? SmallerSiblingBaseId);

/// <summary>Parses <c>green_analyzers.custom_models = acme.support-v2 frontier acme.support-mini-v1, acme.support-mini-v1 small</c>:
/// comma-separated entries of a model id, its tier, and optionally its smaller sibling (spaces separate the parts, because
/// model ids contain colons).</summary>
internal static class CustomModels
{
    private static readonly char[] s_blanks = [' ', '\t'];

    /// <summary>The entries, or null when any entry is malformed (then none is used, and GA9001 reports the key).</summary>
    public static ImmutableArray<CustomModel>? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ImmutableArray<CustomModel>.Empty; // the usual case, read for every file
        }

        var builder = ImmutableArray.CreateBuilder<CustomModel>();
        foreach (var item in value!.Split(','))
        {
            var parts = item.Split(s_blanks, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                continue;
            }

            if (parts.Length is < 2 or > 3
                || BaseId(parts[0]) is not { } id
                || !ModelTiers.TryParse(parts[1], out var tier)
                || (parts.Length == 3 && BaseId(parts[2]) is null))
            {
                return null;
            }

            builder.Add(new CustomModel(id, tier, parts.Length == 3 ? BaseId(parts[2]) : null));
        }

        return builder.ToImmutable();
    }

    private static string? BaseId(string text)
        => GreenOptions.IsModelIdShape(text) && ModelReference.Parse(text) is { Shape: not ModelReferenceShape.OtherArn } reference ? reference.BaseId : null;
}
