using System.Globalization;

namespace GreenAnalyzers.Knowledge;

/// <summary>
/// The embedded, dated catalog of Bedrock text models (Data/models.tsv, generated from the research catalog).
/// Immutable and shared: loaded once per process, never per compilation. Unknown ids are simply unknown.
/// </summary>
internal sealed class ModelCatalog
{
    private static readonly Lazy<ModelCatalog> s_default = new(() => Load(
        Tsv.ReadResource("models.tsv"), Tsv.ReadResource("sources.tsv"), Tsv.ReadResource("embeddings.tsv")));

    private readonly Dictionary<string, ModelEntry> _byKey;
    private readonly Dictionary<string, ModelEntry> _byBaseId;
    private readonly Dictionary<string, EmbeddingEntry> _embeddingsById;

    private ModelCatalog(Dictionary<string, ModelEntry> byKey, Dictionary<string, EmbeddingEntry> embeddingsById)
    {
        _byKey = byKey;
        _embeddingsById = embeddingsById;
        _byBaseId = new Dictionary<string, ModelEntry>(StringComparer.Ordinal);
        foreach (var entry in byKey.Values)
        {
            foreach (var id in entry.BaseIds)
            {
                _byBaseId[id] = entry;
            }
        }
    }

    public static ModelCatalog Default => s_default.Value;

    public IEnumerable<ModelEntry> Entries => _byKey.Values;

    /// <summary>Finds the model a reference names (ignoring a provisioned-throughput context suffix).</summary>
    public bool TryFind(ModelReference reference, out ModelEntry entry, out ModelReference matched)
    {
        matched = reference;
        if (reference.Shape != ModelReferenceShape.OtherArn)
        {
            if (_byBaseId.TryGetValue(reference.BaseId, out entry!))
            {
                return true;
            }

            if (reference.WithoutContextSuffix() is { } trimmed && _byBaseId.TryGetValue(trimmed.BaseId, out entry!))
            {
                matched = trimmed;
                return true;
            }
        }

        entry = null!;
        return false;
    }

    public IEnumerable<EmbeddingEntry> Embeddings => _embeddingsById.Values;

    public bool TryFindEmbedding(ModelReference reference, out EmbeddingEntry entry)
    {
        if (reference.Shape != ModelReferenceShape.OtherArn && _embeddingsById.TryGetValue(reference.BaseId, out entry!))
        {
            return true;
        }

        entry = null!;
        return false;
    }

    public ModelEntry? ByKey(string key) => key.Length > 0 && _byKey.TryGetValue(key, out var entry) ? entry : null;

    /// <summary>The smaller sibling to suggest instead of <paramref name="entry"/>: never a model that may be retiring
    /// (its successor is tried instead) nor one the research could not verify. Null when there is none.</summary>
    public ModelEntry? CurrentSmallerSibling(ModelEntry entry)
        => FirstCurrent(ByKey(entry.SmallerSiblingKey), candidate => candidate.Tier < entry.Tier);

    /// <summary>Where a retiring model should go: its successor, or the successor's successor while those are retiring
    /// too, never a larger tier (a legacy model is replaced, not upgraded). Null when the chain ends.</summary>
    public ModelEntry? CurrentSuccessor(ModelEntry entry)
        => FirstCurrent(ByKey(entry.SuccessorKey), candidate => candidate.Tier <= entry.Tier);

    /// <summary>Walks successor links from <paramref name="candidate"/> to the first model that is current, verified and fits.</summary>
    private ModelEntry? FirstCurrent(ModelEntry? candidate, Func<ModelEntry, bool> fits)
    {
        for (var steps = 0; candidate is not null && steps < 8; steps++)
        {
            if (candidate.Lifecycle != ModelLifecycle.Retiring)
            {
                return candidate.Verified && fits(candidate) ? candidate : null;
            }

            candidate = ByKey(candidate.SuccessorKey);
        }

        return null;
    }

    internal static ModelCatalog Load(
        List<TsvRow> models, List<TsvRow> sources, List<TsvRow> embeddings)
    {
        var sourcesById = new Dictionary<string, CatalogSource>(StringComparer.Ordinal);
        foreach (var row in sources)
        {
            sourcesById[row["id"]] = new CatalogSource(row["id"], row["label"], row["date"], row["title"]);
        }

        var byKey = new Dictionary<string, ModelEntry>(StringComparer.Ordinal);
        foreach (var row in models)
        {
            _ = ModelTiers.TryParse(row["tier"], out var tier); // the catalog tests check every tier parses
            byKey[row["key"]] = new ModelEntry(
                row["key"],
                row["provider"],
                row["family"],
                row["name"],
                tier,
                decimal.Parse(row["input_usd_per_1m"], NumberStyles.Float, CultureInfo.InvariantCulture),
                decimal.Parse(row["output_usd_per_1m"], NumberStyles.Float, CultureInfo.InvariantCulture),
                OptionalPrice(row, "global_input_usd_per_1m"),
                OptionalPrice(row, "global_output_usd_per_1m"),
                sourcesById[row["price_source"]],
                row["smaller_sibling"],
                row["lifecycle"] switch { "active" => ModelLifecycle.Active, "retiring" => ModelLifecycle.Retiring, _ => ModelLifecycle.Unknown },
                ReadLegacy(row, sourcesById),
                row["cache_min_tokens"].Length > 0
                    ? new PromptCaching(int.Parse(row["cache_min_tokens"], CultureInfo.InvariantCulture), sourcesById[row["cache_source"]])
                    : null,
                row["verified"] == "yes",
                ImmutableArray.Create(row["ids"].Split(' ')));
        }

        var embeddingsById = new Dictionary<string, EmbeddingEntry>(StringComparer.Ordinal);
        foreach (var row in embeddings)
        {
            embeddingsById[row["id"]] = new EmbeddingEntry(
                row["key"],
                row["name"],
                row["id"],
                int.Parse(row["default_dimension"], CultureInfo.InvariantCulture),
                ImmutableArray.CreateRange(Array.ConvertAll(row["dimensions"].Split(' '), d => int.Parse(d, CultureInfo.InvariantCulture))),
                decimal.Parse(row["input_usd_per_1m"], NumberStyles.Float, CultureInfo.InvariantCulture),
                sourcesById[row["price_source"]]);
        }

        return new ModelCatalog(byKey, embeddingsById);
    }

    private static LegacyFact? ReadLegacy(TsvRow row, Dictionary<string, CatalogSource> sourcesById)
        => row["legacy_status"] switch
        {
            "legacy" or "eol" => new LegacyFact(
                row["legacy_status"] == "eol" ? LegacyStatus.EndOfLife : LegacyStatus.Legacy,
                row["eol_date"],
                row["eol_scope"],
                row["successor"],
                row["successor_basis"],
                sourcesById[row["lifecycle_source"]]),
            _ => null,
        };

    private static decimal? OptionalPrice(TsvRow row, string column)
        => row.TryGetValue(column, out var text) && text.Length > 0
            ? decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;
}
