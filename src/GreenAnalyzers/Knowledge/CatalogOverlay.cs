using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using GreenAnalyzers.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Knowledge;

/// <summary>A row of <c>green-catalog.json</c> that was not applied, and why (GA9001 names the file and the row).</summary>
internal sealed record OverlayProblem(string Where, string Value, string Reason, int Line, int Column);

/// <summary>
/// A team's catalog overlay: <c>green-catalog.json</c> given to the compiler as an AdditionalFile adds models (own
/// fine-tunes, launches newer than the package) and overrides what the embedded catalog says about a model (tier,
/// smaller sibling, successor, prices, invocation, profiles, lifecycle dates). Format: docs/knowledge.md. A row with
/// any problem is skipped whole; a document that cannot be read (invalid JSON, over 4 MB) leaves the embedded catalog
/// as it is. Read once per file content and shared by every compilation that has the same file.
/// </summary>
internal sealed class CatalogOverlay
{
    public const string FileName = "green-catalog.json";

    private const int MaxCacheEntries = 16;
    private static readonly ConcurrentDictionary<string, CatalogOverlay> s_byContent = new(StringComparer.Ordinal);
    private static readonly CatalogOverlay s_none = new(null, ModelCatalog.Default, ImmutableArray<OverlayProblem>.Empty);

    private static readonly HashSet<string> s_fields = new(StringComparer.Ordinal)
    {
        "id", "name", "tier", "input_usd_per_1m", "output_usd_per_1m", "smaller_sibling", "successor", "invocation",
        "geo_profiles", "legacy_date", "extended_access_date", "eol_date", "eol_scope", "source", "comment",
    };

    private CatalogOverlay(AdditionalText? file, ModelCatalog catalog, ImmutableArray<OverlayProblem> problems)
    {
        File = file;
        Catalog = catalog;
        Problems = problems;
    }

    /// <summary>The overlay file read, or null when the project has none.</summary>
    public AdditionalText? File { get; }

    /// <summary>The embedded catalog with the overlay's rows applied.</summary>
    public ModelCatalog Catalog { get; }

    public ImmutableArray<OverlayProblem> Problems { get; }

    /// <summary>Other <c>green-catalog.json</c> files of the project: only the first is read.</summary>
    public ImmutableArray<AdditionalText> Ignored { get; private init; } = ImmutableArray<AdditionalText>.Empty;

    public static bool IsOverlay(string path) => string.Equals(ModelPath.FileName(path), FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The overlay of a compilation: the first <c>green-catalog.json</c> among its AdditionalFiles.</summary>
    public static CatalogOverlay From(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken)
    {
        var files = additionalFiles.Where(f => IsOverlay(f.Path)).ToImmutableArray();
        if (files.IsEmpty)
        {
            return s_none;
        }

        var text = files[0].GetText(cancellationToken);
        if (text is null)
        {
            return s_none;
        }

        var key = Convert.ToBase64String(text.GetChecksum().ToArray()) + ":" + text.Length.ToString(CultureInfo.InvariantCulture);
        if (!s_byContent.TryGetValue(key, out var overlay))
        {
            if (s_byContent.Count >= MaxCacheEntries)
            {
                s_byContent.Clear();
            }

            overlay = s_byContent.GetOrAdd(key, _ => Read(text.ToString(), ModelCatalog.Default));
        }

        return new CatalogOverlay(files[0], overlay.Catalog, overlay.Problems) { Ignored = files.RemoveAt(0) };
    }

    /// <summary>Reads a document against <paramref name="catalog"/>; never throws.</summary>
    internal static CatalogOverlay Read(string json, ModelCatalog catalog)
    {
        var problems = ImmutableArray.CreateBuilder<OverlayProblem>();
        var root = JsonReader.Parse(json, out var error);
        if (root is null)
        {
            problems.Add(new OverlayProblem("(document)", string.Empty, (error?.ToString() ?? "unreadable") + "; the overlay is ignored", error?.Line ?? 1, error?.Column ?? 1));
            return new CatalogOverlay(null, catalog, problems.ToImmutable());
        }

        if (root.Kind != JsonKind.Object || root["models"] is not { Kind: JsonKind.Array } models)
        {
            problems.Add(new OverlayProblem("(document)", string.Empty, "expected an object with a \"models\" array; the overlay is ignored", root.Line, root.Column));
            return new CatalogOverlay(null, catalog, problems.ToImmutable());
        }

        foreach (var member in root.Members)
        {
            if (member.Key is not ("models" or "$schema" or "comment"))
            {
                problems.Add(new OverlayProblem(member.Key, string.Empty, "unknown field (expected \"models\"); ignored", member.Value.Line, member.Value.Column));
            }
        }

        // Ids first, so rows may name each other as sibling or successor whatever their order.
        var newIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in models.Items)
        {
            if (row["id"]?.AsString is { } text && BaseId(text) is { } id && !catalog.TryFind(ModelReference.Parse(id)!, out _, out _))
            {
                newIds[id] = "overlay:" + id;
            }
        }

        var applied = new Dictionary<string, ModelEntry>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < models.Items.Count; i++)
        {
            var row = new Row(models.Items[i], "models[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            if (ReadRow(row, catalog, newIds, seen) is { } entry)
            {
                applied[entry.Key] = entry;
            }

            problems.AddRange(row.Problems);
        }

        return new CatalogOverlay(null, applied.Count == 0 ? catalog : catalog.With(applied.Values), problems.ToImmutable());
    }

    private static ModelEntry? ReadRow(Row row, ModelCatalog catalog, Dictionary<string, string> newIds, HashSet<string> seen)
    {
        if (row.Value.Kind != JsonKind.Object)
        {
            return row.Fail(row.Value, string.Empty, "expected an object");
        }

        var idValue = row.Value["id"];
        if (idValue?.AsString is not { } idText || BaseId(idText) is not { } id)
        {
            return row.Fail(idValue ?? row.Value, "id", "expected a Bedrock model id");
        }

        row.Name = row.Where + " ('" + id + "')";
        if (!seen.Add(id))
        {
            return row.Fail(idValue, "id", "duplicate id; the first row for it applies");
        }

        foreach (var member in row.Value.Members)
        {
            if (!s_fields.Contains(member.Key))
            {
                row.Fail(member.Value, member.Key, $"unknown field '{member.Key}' (expected {string.Join(", ", s_fields)})");
            }
        }

        var existing = catalog.TryFind(ModelReference.Parse(id)!, out var found, out _) ? found : null;
        var source = new CatalogSource("overlay", row.String("source") ?? FileName, "undated", FileName);

        var tier = existing?.Tier ?? default;
        if (row.Value["tier"] is { } tierValue && !ModelTiers.TryParse(tierValue.AsString, out tier))
        {
            row.Fail(tierValue, "tier", "expected " + ModelTiers.AcceptedValues);
        }
        else if (existing is null && row.Value["tier"] is null)
        {
            row.Fail(row.Value, "tier", "a model the catalog does not know needs a tier");
        }

        var input = row.Price("input_usd_per_1m");
        var output = row.Price("output_usd_per_1m");
        if (existing is null && (row.Value["input_usd_per_1m"] is null || row.Value["output_usd_per_1m"] is null))
        {
            row.Fail(row.Value, row.Value["input_usd_per_1m"] is null ? "input_usd_per_1m" : "output_usd_per_1m",
                "a model the catalog does not know needs its prices (input_usd_per_1m, output_usd_per_1m)");
        }

        var sibling = row.Reference("smaller_sibling", catalog, newIds);
        var successor = row.Reference("successor", catalog, newIds);
        var invocation = existing?.Invocation ?? InvocationMode.Unknown;
        if (row.String("invocation") is { } invocationText && (invocation = ModelCatalog.ParseInvocation(invocationText)) == InvocationMode.Unknown)
        {
            row.Fail(row.Value["invocation"]!, "invocation", "expected in-region or profile-only");
        }

        var profiles = row.Profiles() ?? existing?.GeoProfiles ?? ImmutableArray<string>.Empty;
        var legacyDate = row.Date("legacy_date");
        var extendedDate = row.Date("extended_access_date");
        var eolDate = row.Date("eol_date");
        if (row.Problems.Count > 0)
        {
            return null;
        }

        var legacy = existing?.Legacy;
        if (legacyDate is not null || eolDate is not null || extendedDate is not null || successor is not null || row.String("eol_scope") is not null)
        {
            legacy = new LegacyFact(
                legacyDate ?? legacy?.LegacyDate ?? string.Empty,
                extendedDate ?? legacy?.ExtendedAccessDate ?? string.Empty,
                eolDate ?? legacy?.EolDate ?? string.Empty,
                row.String("eol_scope") ?? legacy?.Scope ?? string.Empty,
                successor ?? legacy?.SuccessorKey ?? string.Empty,
                successor is not null ? "overlay" : legacy?.SuccessorBasis ?? string.Empty,
                legacyDate is not null || eolDate is not null || extendedDate is not null ? source : legacy?.Source ?? source);
            if (legacy.LegacyDate.Length == 0 && legacy.EolDate.Length == 0)
            {
                return row.Fail(row.Value, successor is not null ? "successor" : "eol_scope", "needs a legacy_date or eol_date (for this model, in the catalog or in the row)");
            }
        }

        var priced = input is not null || output is not null;
        if (existing is null)
        {
            return new ModelEntry(
                newIds[id], id.Substring(0, id.IndexOf('.')), string.Empty, row.String("name") ?? id, tier, input!.Value, output!.Value,
                null, null, source, sibling ?? string.Empty, legacy is null ? ModelLifecycle.Active : ModelLifecycle.Retiring, legacy,
                null, Verified: true, ImmutableArray.Create(id))
            {
                Invocation = invocation,
                GeoProfiles = profiles,
                Origin = FileName,
            };
        }

        // The team vouches for what it writes: an overridden model counts as verified.
        return existing with
        {
            Name = row.String("name") ?? existing.Name,
            Tier = tier,
            InputPrice = input ?? existing.InputPrice,
            OutputPrice = output ?? existing.OutputPrice,
            GlobalInputPrice = priced ? null : existing.GlobalInputPrice,
            GlobalOutputPrice = priced ? null : existing.GlobalOutputPrice,
            PriceSource = priced ? source : existing.PriceSource,
            SmallerSiblingKey = sibling ?? existing.SmallerSiblingKey,
            Lifecycle = legacy is null ? existing.Lifecycle : ModelLifecycle.Retiring,
            Legacy = legacy,
            Verified = true,
            Invocation = invocation,
            GeoProfiles = profiles,
            Origin = FileName,
        };
    }

    /// <summary>A model id as a catalog base id (prefix, ARN and context suffix dropped), or null.</summary>
    private static string? BaseId(string text)
        => Options.GreenOptions.IsModelIdShape(text) && ModelReference.Parse(text) is { Shape: not ModelReferenceShape.OtherArn } reference ? reference.BaseId : null;

    /// <summary>One row being read: its fields, typed, with a problem recorded for each field that does not read.</summary>
    private sealed class Row
    {
        public Row(JsonValue value, string where)
        {
            Value = value;
            Where = where;
            Name = where;
        }

        public JsonValue Value { get; }

        public string Where { get; }

        public string Name { get; set; }

        public List<OverlayProblem> Problems { get; } = new();

        public ModelEntry? Fail(JsonValue at, string field, string reason)
        {
            var value = at.Kind is JsonKind.String or JsonKind.Number ? at.Text ?? string.Empty : string.Empty;
            Problems.Add(new OverlayProblem(field.Length == 0 ? Name : Name + "." + field, value, reason + "; the row is ignored", at.Line, at.Column));
            return null;
        }

        public string? String(string field)
        {
            if (Value[field] is not { } value)
            {
                return null;
            }

            if (value.AsString is { } text)
            {
                return text.Trim();
            }

            Fail(value, field, "expected a string");
            return null;
        }

        public decimal? Price(string field)
        {
            if (Value[field] is not { } value)
            {
                return null;
            }

            if (value.TryGetDecimal(out var price) && price >= 0 && price < 1_000_000)
            {
                return price;
            }

            Fail(value, field, "expected a price in USD per 1M tokens, 0 or more");
            return null;
        }

        public string? Date(string field)
        {
            if (String(field) is not { } text)
            {
                return null;
            }

            if (IsoDate.IsValid(text))
            {
                return text;
            }

            Fail(Value[field]!, field, "expected an ISO date (yyyy-MM-dd)");
            return null;
        }

        /// <summary>The catalog key of a model the row names (in the embedded catalog or in the overlay).</summary>
        public string? Reference(string field, ModelCatalog catalog, Dictionary<string, string> newIds)
        {
            if (String(field) is not { } text)
            {
                return null;
            }

            if (BaseId(text) is { } id)
            {
                if (newIds.TryGetValue(id, out var key))
                {
                    return key;
                }

                if (catalog.TryFind(ModelReference.Parse(id)!, out var entry, out _))
                {
                    return entry.Key;
                }
            }

            Fail(Value[field]!, field, "not a model of the catalog or of this file");
            return null;
        }

        public ImmutableArray<string>? Profiles()
        {
            if (Value["geo_profiles"] is not { } value)
            {
                return null;
            }

            var texts = value.Kind == JsonKind.Array ? value.Items.Select(i => i.AsString).ToList() : new List<string?> { value.AsString };
            var profiles = ImmutableArray.CreateBuilder<string>();
            foreach (var text in texts)
            {
                if (text is null)
                {
                    Fail(value, "geo_profiles", "expected profile prefixes such as [\"us\", \"eu\", \"global\"]");
                    return null;
                }

                foreach (var profile in ModelCatalog.ParseGeoProfiles(text))
                {
                    if (ModelReference.Parse(profile + ".p.m") is not { Prefix.Length: > 0 })
                    {
                        Fail(value, "geo_profiles", $"'{profile}' is not an inference-profile prefix (us, eu, apac, jp, au, ca, us-gov, global)");
                        return null;
                    }

                    profiles.Add(profile);
                }
            }

            return profiles.ToImmutable();
        }
    }
}
