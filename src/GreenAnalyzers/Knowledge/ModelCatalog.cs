namespace GreenAnalyzers.Knowledge;

/// <summary>
/// The embedded, dated catalog of Bedrock text models (Data/models.tsv, generated from the research catalog).
/// Immutable and shared: loaded once per process, never per compilation. Unknown ids are simply unknown.
/// </summary>
internal sealed class ModelCatalog
{
    private static readonly Lazy<ModelCatalog> s_default = new(() => Load(
        Tsv.ReadResource("models.tsv"), Tsv.ReadResource("sources.tsv"), Tsv.ReadResource("embeddings.tsv"), Tsv.TryReadResource("catalog.tsv"),
        Tsv.TryReadResource("media_models.tsv")));

    private readonly Dictionary<string, ModelEntry> _byKey;
    private readonly Dictionary<string, ModelEntry> _byBaseId;
    private readonly Dictionary<string, EmbeddingEntry> _embeddingsById;
    private readonly Dictionary<string, MediaModelEntry> _mediaByBaseId;

    private ModelCatalog(
        Dictionary<string, ModelEntry> byKey, Dictionary<string, EmbeddingEntry> embeddingsById, Dictionary<string, MediaModelEntry> mediaByBaseId, string date)
    {
        _byKey = byKey;
        _embeddingsById = embeddingsById;
        _mediaByBaseId = mediaByBaseId;
        Date = date;
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

    /// <summary>The catalog's date: the newest dated source (<c>yyyy-MM-dd</c>). Lifecycle is judged against it when no
    /// analysis date is given (<c>green_analyzers.as_of</c>, <c>&lt;GreenAnalyzersAsOf&gt;</c>).</summary>
    public string Date { get; }

    /// <summary>This catalog with <paramref name="entries"/> added, or replacing the entries of the same key (an overlay).</summary>
    public ModelCatalog With(IEnumerable<ModelEntry> entries)
    {
        var byKey = new Dictionary<string, ModelEntry>(_byKey, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            byKey[entry.Key] = entry;
        }

        return new ModelCatalog(byKey, _embeddingsById, _mediaByBaseId, Date);
    }
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

    public IEnumerable<MediaModelEntry> MediaModels => _mediaByBaseId.Values.Distinct();

    /// <summary>Finds the image, video or speech model a reference names: these have lifecycle facts only (GA1002).</summary>
    public bool TryFindMedia(ModelReference reference, out MediaModelEntry entry)
    {
        if (reference.Shape != ModelReferenceShape.OtherArn && _mediaByBaseId.TryGetValue(reference.BaseId, out entry!))
        {
            return true;
        }

        entry = null!;
        return false;
    }

    public ModelEntry? ByKey(string key) => key.Length > 0 && _byKey.TryGetValue(key, out var entry) ? entry : null;

    /// <summary>The smaller sibling to suggest instead of <paramref name="entry"/>: never a model that may be retiring
    /// (its successor is tried instead) nor one the research could not verify. Null when there is none. Judged at
    /// <paramref name="asOf"/>, the catalog's date by default.</summary>
    public ModelEntry? CurrentSmallerSibling(ModelEntry entry, string? asOf = null)
        => FirstCurrent(ByKey(entry.SmallerSiblingKey), candidate => candidate.Tier < entry.Tier, asOf ?? Date);

    /// <summary>Where a retiring model should go: its successor, or the successor's successor while those are retiring
    /// too, never a larger tier (a legacy model is replaced, not upgraded). Null when the chain ends.</summary>
    public ModelEntry? CurrentSuccessor(ModelEntry entry, string? asOf = null)
        => FirstCurrent(ByKey(entry.SuccessorKey), candidate => candidate.Tier <= entry.Tier, asOf ?? Date);

    /// <summary>Walks successor links from <paramref name="candidate"/> to the first model that is current, verified and fits.</summary>
    private ModelEntry? FirstCurrent(ModelEntry? candidate, Func<ModelEntry, bool> fits, string asOf)
    {
        for (var steps = 0; candidate is not null && steps < 8; steps++)
        {
            if (candidate.Lifecycle != ModelLifecycle.Retiring && candidate.Legacy?.StatusOn(asOf) is null)
            {
                return candidate.Verified && fits(candidate) ? candidate : null;
            }

            candidate = ByKey(candidate.SuccessorKey);
        }

        return null;
    }

    /// <summary>Builds the catalog; its date is <c>catalog_date</c> of the generator's <c>catalog.tsv</c> when there is
    /// one, else the newest full date among the sources.</summary>
    internal static ModelCatalog Load(
        List<TsvRow> models, List<TsvRow> sources, List<TsvRow> embeddings, List<TsvRow>? facts = null, List<TsvRow>? media = null)
    {
        var sourcesById = new Dictionary<string, CatalogSource>(StringComparer.Ordinal);
        var date = string.Empty;
        foreach (var row in sources)
        {
            sourcesById[row["id"]] = new CatalogSource(row["id"], row["label"], row["date"], row["title"]);
            if (IsoDate.IsValid(row["date"]) && string.CompareOrdinal(row["date"], date) > 0)
            {
                date = row["date"];
            }
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
                ImmutableArray.Create(row["ids"].Split(' ')))
            {
                Invocation = ParseInvocation(Cell(row, "invocation")),
                GeoProfiles = ParseGeoProfiles(Cell(row, "geo_profiles")),
            };
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

        foreach (var fact in facts ?? new List<TsvRow>())
        {
            if (Cell(fact, "key") == "catalog_date" && IsoDate.IsValid(Cell(fact, "value")))
            {
                date = Cell(fact, "value");
            }
        }

        var mediaByBaseId = new Dictionary<string, MediaModelEntry>(StringComparer.Ordinal);
        foreach (var row in media ?? new List<TsvRow>())
        {
            if (ReadLegacy(row, sourcesById) is not { } legacy)
            {
                continue;
            }

            var entry = new MediaModelEntry(
                row["key"], row["name"], row["modality"], ImmutableArray.Create(row["ids"].Split(' ')), legacy,
                OptionalPrice(row, "usd_per_image"), Cell(row, "price_source") is { Length: > 0 } priceSource ? sourcesById[priceSource] : null);
            foreach (var id in entry.BaseIds)
            {
                mediaByBaseId[id] = entry;
            }
        }

        return new ModelCatalog(byKey, embeddingsById, mediaByBaseId, date.Length > 0 ? date : "1970-01-01");
    }

    /// <summary><c>in-region</c> | <c>profile-only</c>; anything else (or no column) is unknown.</summary>
    internal static InvocationMode ParseInvocation(string text)
        => text.Trim() switch { "in-region" => InvocationMode.InRegion, "profile-only" => InvocationMode.ProfileOnly, _ => InvocationMode.Unknown };

    private static readonly char[] s_profileSeparators = { ' ', ',' };

    /// <summary>Space-separated prefixes (<c>us eu apac global</c>); a trailing dot is tolerated.</summary>
    internal static ImmutableArray<string> ParseGeoProfiles(string text)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in text.Split(s_profileSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Add(part.TrimEnd('.').ToLowerInvariant());
        }

        return builder.ToImmutable();
    }

    private static string Cell(TsvRow row, string column) => row.TryGetValue(column, out var cell) ? cell.Trim() : string.Empty;

    /// <summary>A lifecycle fact when the row has a legacy or end-of-life date (the status itself is computed, against
    /// the analysis date, not stored).</summary>
    private static LegacyFact? ReadLegacy(TsvRow row, Dictionary<string, CatalogSource> sourcesById)
    {
        var legacyDate = IsoDate.OrEmpty(Cell(row, "legacy_date"));
        var eolDate = IsoDate.OrEmpty(Cell(row, "eol_date"));
        if (legacyDate.Length == 0 && eolDate.Length == 0)
        {
            return null;
        }

        return new LegacyFact(
            legacyDate,
            IsoDate.OrEmpty(Cell(row, "extended_access_date")),
            eolDate,
            Cell(row, "eol_scope"),
            Cell(row, "successor"),
            Cell(row, "successor_basis"),
            sourcesById[row["lifecycle_source"]]);
    }

    private static decimal? OptionalPrice(TsvRow row, string column)
        => row.TryGetValue(column, out var text) && text.Length > 0
            ? decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;
}

/// <summary>ISO calendar dates (<c>yyyy-MM-dd</c>), compared as strings: their ordinal order is date order.</summary>
internal static class IsoDate
{
    /// <summary>A calendar date written <c>yyyy-MM-dd</c> (years 0001–9999), as <c>DateTime.TryParseExact</c> with that
    /// format and the invariant culture accepts it; read without it, since every file's options hold one (the build's
    /// date) and the parse cost more than the rest of reading them (issue 21).</summary>
    public static bool IsValid(string? text)
    {
        if (text is not { Length: 10 } || text[4] != '-' || text[7] != '-'
            || Number(text, 0, 4) is not (>= 1 and var year)
            || Number(text, 5, 2) is not (>= 1 and <= 12 and var month)
            || Number(text, 8, 2) is not (>= 1 and var day))
        {
            return false;
        }

        return day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>The number written in <paramref name="length"/> ASCII digits from <paramref name="start"/>; -1 otherwise.</summary>
    private static int Number(string text, int start, int length)
    {
        var number = 0;
        for (var i = start; i < start + length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return -1;
            }

            number = (number * 10) + (text[i] - '0');
        }

        return number;
    }

    public static string OrEmpty(string text) => IsValid(text) ? text : string.Empty;
}
