using System.Collections.Immutable;
using System.Globalization;
using GreenAnalyzers.Cli.Analysis;

namespace GreenAnalyzers.Cli.Reporting;

/// <summary>One list price summed over the findings that carry it and its suggested counterpart, e.g.
/// <c>input_usd_per_1m_tokens</c> with <c>suggested_input_usd_per_1m_tokens</c>, or <c>usd_per_hour</c> with
/// <c>suggested_usd_per_hour</c>.</summary>
internal sealed record PriceMetric(string Key, string Label, int Findings, decimal Current, decimal Suggested, ImmutableArray<string> RuleIds)
{
    /// <summary>The suggested total as a share of today's (0.6 = 40% less), or null when today's is zero.</summary>
    public decimal? Ratio => Current == 0 ? null : Suggested / Current;
}

internal sealed record PriceSource(string Name, string Date);

/// <summary>
/// The catalog figures that add up. Generic over property names, so rule families added later take part without a
/// change here: a numeric property whose name has a <c>usd</c> part (the catalog's convention for US-dollar list
/// prices: <c>&lt;what&gt;_usd_per_&lt;unit&gt;</c>) pairs with the same name prefixed <c>suggested_</c>. Sources and dates come
/// from the <c>*price_source</c> / <c>*price_date</c> properties of the contributing findings.
/// </summary>
internal sealed record PriceSummary(ImmutableArray<PriceMetric> Metrics, ImmutableArray<PriceSource> Sources)
{
    public const string SuggestedPrefix = "suggested_";

    /// <summary>What the figures are, in one place for every output format.</summary>
    public const string Explanation =
        "List prices from the GreenAnalyzers knowledge catalog, not a bill: each row adds, over the findings that carry both figures, "
        + "the list price of what the code uses today and of what the finding suggests, one unit (1M tokens, one instance-hour) per finding. "
        + "The change holds if every flagged call site or instance had the same volume; your usage decides the real amount.";

    public static PriceSummary From(IEnumerable<Finding> findings)
    {
        var metrics = new Dictionary<string, (List<Finding> Findings, decimal Current, decimal Suggested)>(StringComparer.Ordinal);
        var sources = new HashSet<PriceSource>();
        foreach (var finding in findings)
        {
            var contributed = false;
            foreach (var (key, current, suggested) in Pairs(finding.Properties))
            {
                var sum = metrics.TryGetValue(key, out var s) ? s : ([], 0m, 0m);
                sum.Findings.Add(finding);
                metrics[key] = (sum.Findings, sum.Current + current, sum.Suggested + suggested);
                contributed = true;
            }

            if (contributed)
            {
                sources.UnionWith(SourcesOf(finding.Properties));
            }
        }

        return new PriceSummary(
            metrics.OrderBy(m => m.Key, StringComparer.Ordinal)
                .Select(m => new PriceMetric(
                    m.Key, Label(m.Key), m.Value.Findings.Count, m.Value.Current, m.Value.Suggested,
                    m.Value.Findings.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal).ToImmutableArray()))
                .ToImmutableArray(),
            sources.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Date, StringComparer.Ordinal).ToImmutableArray());
    }

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

    private static IEnumerable<PriceSource> SourcesOf(IReadOnlyDictionary<string, string> properties)
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

    public static string Money(decimal value) => "$" + value.ToString("0.00##", CultureInfo.InvariantCulture);

    /// <summary>"43% less (1.7x)", "12% more", "no change", or "n/a" when today's price is zero.</summary>
    public static string Change(PriceMetric metric)
    {
        if (metric.Ratio is not { } ratio)
        {
            return "n/a";
        }

        if (ratio == 1)
        {
            return "no change";
        }

        return ratio < 1
            ? string.Create(CultureInfo.InvariantCulture, $"{1 - ratio:P0} less ({(ratio == 0 ? "free" : $"{1 / ratio:0.0}x")})").Replace(" %", "%", StringComparison.Ordinal)
            : string.Create(CultureInfo.InvariantCulture, $"{ratio - 1:P0} more").Replace(" %", "%", StringComparison.Ordinal);
    }
}
