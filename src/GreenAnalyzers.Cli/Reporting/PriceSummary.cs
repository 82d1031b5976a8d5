using System.Collections.Immutable;
using System.Globalization;
using GreenAnalyzers.Cli.Analysis;
using GreenAnalyzers.Knowledge;

namespace GreenAnalyzers.Cli.Reporting;

/// <summary>One suggested change of one unit price, shared by <see cref="Findings"/> flagged sites: today's list price and
/// the suggested one, per unit (1M tokens, one instance-hour), never multiplied by a count. A suggestion that costs more
/// carries <see cref="Gain"/>: what the catalog says it buys (the findings' <c>claim</c>, with its source).</summary>
internal sealed record PricePair(decimal Current, decimal Suggested, int Findings, ImmutableArray<string> RuleIds, string? Gain)
{
    /// <summary>The suggested price as a share of today's (0.6 = 40% less), or null when today's is zero.</summary>
    public decimal? Ratio => Current == 0 ? null : Suggested / Current;

    public bool CostsMore => Suggested > Current;
}

/// <summary>One unit price (<c>input_usd_per_1m_tokens</c> with <c>suggested_input_usd_per_1m_tokens</c>, or
/// <c>usd_per_hour</c> with <c>suggested_usd_per_hour</c>) at every flagged site that carries both figures: its distinct
/// changes side by side, and the median change per site.</summary>
internal sealed record PriceMetric(string Key, string Label, ImmutableArray<PricePair> Pairs)
{
    public int Findings => Pairs.Sum(p => p.Findings);

    public ImmutableArray<string> RuleIds => Pairs.SelectMany(p => p.RuleIds).Distinct().Order(StringComparer.Ordinal).ToImmutableArray();

    /// <summary>Every site's ratio once (a pair counts as many times as it has sites), in ascending order.</summary>
    private ImmutableArray<decimal> Ratios => Pairs.Where(p => p.Ratio is not null)
        .SelectMany(p => Enumerable.Repeat(p.Ratio!.Value, p.Findings)).Order().ToImmutableArray();

    /// <summary>The median site's suggested-to-today ratio; null when no site has a price today.</summary>
    public decimal? MedianRatio
    {
        get
        {
            var ratios = Ratios;
            if (ratios.IsEmpty)
            {
                return null;
            }

            var middle = ratios.Length / 2;
            return ratios.Length % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2;
        }
    }

    /// <summary>The lowest and highest site ratio.</summary>
    public (decimal Lowest, decimal Highest)? RatioRange => Ratios is { IsEmpty: false } ratios ? (ratios[0], ratios[^1]) : null;
}

internal sealed record PriceSource(string Name, string Date);

/// <summary>
/// The catalog's unit prices at the flagged sites, shaped so nobody reads them as a bill: per unit, side by side, with
/// how many sites share each change and the median change per site, never a sum over sites (four call sites at $5.50
/// per 1M tokens are not "$22 per 1M tokens"). Generic over property names, so rule families added later take part
/// without a change here: a numeric property whose name has a <c>usd</c> part (the catalog's convention for US-dollar
/// list prices: <c>&lt;what&gt;_usd_per_&lt;unit&gt;</c>) pairs with the same name prefixed <c>suggested_</c>. Sources and
/// dates come from the <c>*price_source</c> / <c>*price_date</c> properties of the contributing findings.
/// </summary>
internal sealed record PriceSummary(ImmutableArray<PriceMetric> Metrics, ImmutableArray<PriceSource> Sources)
{
    public const string SuggestedPrefix = "suggested_";

    /// <summary>What the catalog says a costlier suggestion buys, and its source.</summary>
    public const string ClaimKey = "claim";
    public const string ClaimSourceKey = "claim_source";

    public const string Title = "Unit list prices at the flagged sites (catalog, not a bill)";

    /// <summary>What the figures are, in one place for every output format.</summary>
    public const string Explanation =
        "List prices per unit (1M tokens, one instance-hour) from the GreenAnalyzers knowledge catalog: each row is one change "
        + "a finding suggests, today's price beside the suggested one, and how many flagged sites share it. Nothing is added "
        + "up: the tool does not know how many tokens or hours each site uses, so the change per unit is what carries over "
        + "to your bill.";

    public static PriceSummary From(IEnumerable<Finding> findings)
    {
        var sites = new Dictionary<string, List<(decimal Current, decimal Suggested, Finding Finding)>>(StringComparer.Ordinal);
        var sources = new HashSet<PriceSource>();
        foreach (var finding in findings)
        {
            var contributed = false;
            foreach (var (key, current, suggested) in Pairs(finding.Properties))
            {
                if (!sites.TryGetValue(key, out var list))
                {
                    sites[key] = list = [];
                }

                list.Add((current, suggested, finding));
                contributed = true;
            }

            if (contributed)
            {
                sources.UnionWith(SourcesOf(finding.Properties));
            }
        }

        return new PriceSummary(
            sites.OrderBy(m => m.Key, StringComparer.Ordinal)
                .Select(m => new PriceMetric(m.Key, Label(m.Key), PairsOf(m.Value)))
                .ToImmutableArray(),
            sources.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Date, StringComparer.Ordinal).ToImmutableArray());
    }

    /// <summary>Sites with the same change grouped; the most common change first, then the dearest today.</summary>
    private static ImmutableArray<PricePair> PairsOf(IEnumerable<(decimal Current, decimal Suggested, Finding Finding)> sites)
        => sites.GroupBy(s => (s.Current, s.Suggested))
            .Select(g => new PricePair(
                g.Key.Current,
                g.Key.Suggested,
                g.Count(),
                g.Select(s => s.Finding.RuleId).Distinct().Order(StringComparer.Ordinal).ToImmutableArray(),
                g.Key.Suggested > g.Key.Current ? g.Select(s => GainOf(s.Finding.Properties)).FirstOrDefault(gain => gain is not null) : null))
            .OrderByDescending(p => p.Findings)
            .ThenByDescending(p => p.Current)
            .ThenBy(p => p.Suggested)
            .ToImmutableArray();

    /// <summary>"4x higher throughput and 10x lower latency than Inferentia1 (AWS ML blog, 2022)".</summary>
    private static string? GainOf(ImmutableSortedDictionary<string, string> properties)
        => properties.TryGetValue(ClaimKey, out var claim) && claim.Length > 0
            ? properties.TryGetValue(ClaimSourceKey, out var source) && source.Length > 0 ? $"{claim} ({source})" : claim
            : null;

    /// <summary>Price properties with a numeric suggested counterpart.</summary>
    internal static IEnumerable<(string Key, decimal Current, decimal Suggested)> Pairs(IReadOnlyDictionary<string, string> properties)
    {
        foreach (var (key, value) in properties)
        {
            if (!key.StartsWith(SuggestedPrefix, StringComparison.Ordinal)
                && IsPrice(key)
                && TryParse(value, out var current)
                && properties.TryGetValue(SuggestedPrefix + key, out var suggestedValue)
                && TryParse(suggestedValue, out var suggested))
            {
                yield return (key, current, suggested);
            }
        }
    }

    /// <summary>"input_usd_per_1m_tokens" → "input, USD per 1M tokens"; "usd_per_hour" → "USD per hour".</summary>
    internal static string Label(string key)
    {
        var parts = key.Split('_');
        var usd = Array.IndexOf(parts, "usd");
        var what = string.Join(' ', parts[..usd]);
        var unit = string.Join(' ', parts[(usd + 1)..].Select(p => p.Length == 2 && char.IsDigit(p[0]) ? p.ToUpperInvariant() : p));
        var price = unit.Length == 0 ? "USD" : "USD " + unit;
        return what.Length == 0 ? price : $"{what}, {price}";
    }

    private static bool IsPrice(string key) => key.Split('_').Contains("usd");

    private static bool TryParse(string value, out decimal number)
        => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && number >= 0;

    private static IEnumerable<PriceSource> SourcesOf(ImmutableSortedDictionary<string, string> properties)
    {
        const string Source = "price_source";
        foreach (var (key, name) in properties)
        {
            if (key.EndsWith(Source, StringComparison.Ordinal) && name.Length > 0)
            {
                properties.TryGetValue(key[..^"source".Length] + "date", out var date);
                yield return new PriceSource(name, date ?? string.Empty);
            }
        }
    }

    /// <summary>The rules' own spelling of money (<see cref="Usd"/>), so a report and a message agree.</summary>
    public static string Money(decimal value) => Usd.Format(value);

    /// <summary>"43% less (1.7x)", "12% more", "no change", or "n/a" when today's price is zero.</summary>
    public static string Change(decimal? ratio)
    {
        if (ratio is not { } r)
        {
            return "n/a";
        }

        if (r == 1)
        {
            return "no change";
        }

        return r < 1
            ? string.Create(CultureInfo.InvariantCulture, $"{1 - r:P0} less ({(r == 0 ? "free" : $"{1 / r:0.0}x")})").Replace(" %", "%", StringComparison.Ordinal)
            : string.Create(CultureInfo.InvariantCulture, $"{r - 1:P0} more").Replace(" %", "%", StringComparison.Ordinal);
    }

    /// <summary>A pair's change, and for a costlier suggestion what it buys: "35% more, for 4x higher throughput (…)".</summary>
    public static string Change(PricePair pair)
        => pair.Gain is { } gain ? $"{Change(pair.Ratio)}, for {gain}" : Change(pair.Ratio);

    /// <summary>"input, USD per 1M tokens: 58% less over 4 sites (from 83% less to 40% less)".</summary>
    public static string Median(PriceMetric metric)
    {
        var sites = metric.Findings == 1 ? "1 site" : $"{metric.Findings} sites";
        if (metric.MedianRatio is not { } median)
        {
            return $"{metric.Label}: n/a over {sites}";
        }

        var range = metric.RatioRange is { } r && r.Lowest != r.Highest ? $" (from {Short(r.Lowest)} to {Short(r.Highest)})" : string.Empty;
        return $"{metric.Label}: {Short(median)} over {sites}{range}";

        static string Short(decimal ratio) => Change(ratio).Split(" (", 2)[0];
    }
}
