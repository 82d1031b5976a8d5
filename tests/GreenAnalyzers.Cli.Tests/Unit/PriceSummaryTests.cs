using System.Collections.Immutable;
using GreenAnalyzers.Cli.Analysis;
using GreenAnalyzers.Cli.Reporting;

namespace GreenAnalyzers.Cli.Tests.Unit;

public sealed class PriceSummaryTests
{
    [Test]
    public void UnitPricesStandSideBySideAndAreNeverSummed()
    {
        var opus = new[] { ("input_usd_per_1m_tokens", "5.5"), ("suggested_input_usd_per_1m_tokens", "3.3"), ("price_source", "LiteLLM price list"), ("price_date", "2026-07-24") };
        var summary = PriceSummary.From(
        [
            Finding("GA1001", opus),
            Finding("GA1001", opus),
            Finding("GA1001", opus),
            Finding("GA1002", ("input_usd_per_1m_tokens", "0.2"), ("suggested_input_usd_per_1m_tokens", "0.035"),
                ("output_usd_per_1m_tokens", "0.6"), ("suggested_output_usd_per_1m_tokens", "0.14"),
                ("price_source", "genai-prices"), ("price_date", "2026-08-19")),
        ]);

        var input = summary.Metrics.Single(m => m.Key == "input_usd_per_1m_tokens");
        Assert.Multiple(() =>
        {
            Assert.That(summary.Metrics.Select(m => m.Key), Is.EqualTo(new[] { "input_usd_per_1m_tokens", "output_usd_per_1m_tokens" }));
            Assert.That(input.Findings, Is.EqualTo(4));
            Assert.That(input.Pairs.Select(p => (p.Current, p.Suggested, p.Findings)), Is.EqualTo(new[] { (5.5m, 3.3m, 3), (0.2m, 0.035m, 1) }),
                "one row per distinct change, the most common first, with the sites that share it; $5.50 three times is not $16.50");
            Assert.That(input.MedianRatio, Is.EqualTo(0.6m), "three of four sites save 40%");
            Assert.That(input.RatioRange, Is.EqualTo((0.175m, 0.6m)));
            Assert.That(input.RuleIds, Is.EqualTo(new[] { "GA1001", "GA1002" }));
            Assert.That(input.Label, Is.EqualTo("input, USD per 1M tokens"));
            Assert.That(PriceSummary.Change(input.Pairs[0]), Is.EqualTo("40% less (1.7x)"));
            Assert.That(PriceSummary.Median(input), Is.EqualTo("input, USD per 1M tokens: 40% less over 4 sites (from 83% less to 40% less)"));
            Assert.That(summary.Sources, Is.EqualTo(new[] { new PriceSource("LiteLLM price list", "2026-07-24"), new PriceSource("genai-prices", "2026-08-19") }));
        });
    }

    [Test]
    public void TheMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo()
    {
        var summary = PriceSummary.From(
        [
            Finding("GA3001", ("usd_per_hour", "1"), ("suggested_usd_per_hour", "0.5")),
            Finding("GA3001", ("usd_per_hour", "1"), ("suggested_usd_per_hour", "0.7")),
        ]);

        Assert.That(summary.Metrics.Single().MedianRatio, Is.EqualTo(0.6m));
    }

    [Test]
    public void AnyPricePairTakesPartByNameAndACostlierSuggestionSaysWhatItBuys()
    {
        // An instance rule from another family: hourly prices, its own source for the suggested price, and a costlier suggestion.
        var summary = PriceSummary.From(
        [
            Finding("GA3001", ("usd_per_hour", "1.006"), ("suggested_usd_per_hour", "0.758"), ("price_source", "AWS price list"), ("price_date", "2026-09-01"),
                ("suggested_price_source", "AWS price list (Inferentia)"), ("suggested_price_date", "2026-09-02"), ("claim", "up to 50% better performance/watt"), ("claim_source", "MLSUS-12")),
            Finding("GA3004", ("usd_per_hour", "0.228"), ("suggested_usd_per_hour", "0.99"), ("costs_more", "true"),
                ("claim", "4x higher throughput and 10x lower latency than Inferentia1"), ("claim_source", "AWS ML blog, 2022"),
                ("price_source", "AWS price list"), ("price_date", "2026-09-01")),
        ]);

        var hourly = summary.Metrics.Single();
        var costlier = hourly.Pairs.Single(p => p.CostsMore);
        Assert.Multiple(() =>
        {
            Assert.That(hourly.Label, Is.EqualTo("USD per hour"));
            Assert.That(hourly.Pairs.Select(p => p.Current), Is.EqualTo(new[] { 1.006m, 0.228m }));
            Assert.That(hourly.Pairs.Single(p => !p.CostsMore).Gain, Is.Null, "a cheaper suggestion needs no justification");
            Assert.That(PriceSummary.Change(costlier), Is.EqualTo("334% more, for 4x higher throughput and 10x lower latency than Inferentia1 (AWS ML blog, 2022)"));
            Assert.That(summary.Sources, Has.Length.EqualTo(2));
            Assert.That(summary.Sources, Does.Contain(new PriceSource("AWS price list (Inferentia)", "2026-09-02")));
        });
    }

    [Test]
    public void FiguresWithoutACounterpartOrANumberAreLeftOut()
    {
        var summary = PriceSummary.From(
        [
            Finding("GA1003", ("output_usd_per_1m_tokens", "16.5"), ("price_source", "LiteLLM price list"), ("price_date", "2026-07-24")),
            Finding("GA1001", ("input_usd_per_1m_tokens", "n/a"), ("suggested_input_usd_per_1m_tokens", "3")),
            Finding("GA1001", ("suggested_usd_per_hour", "3")),
            Finding("GA1004", ("prompt_chars", "4105"), ("suggested_prompt_chars", "0")),
            Finding("GA1001", ("input_usd_per_1m_tokens", "-1"), ("suggested_input_usd_per_1m_tokens", "3")),
        ]);

        Assert.That(summary.Metrics, Is.Empty);
        Assert.That(summary.Sources, Is.Empty, "a source is listed only for figures that were summed");
    }

    [TestCase(10, 4, "60% less (2.5x)")]
    [TestCase(10, 12, "20% more")]
    [TestCase(10, 10, "no change")]
    [TestCase(10, 0, "100% less (free)")]
    [TestCase(0, 3, "n/a")]
    public void ChangeReadsAsARelativeSaving(decimal current, decimal suggested, string expected)
        => Assert.That(PriceSummary.Change(new PricePair(current, suggested, 1, [], null)), Is.EqualTo(expected));

    [TestCase("input_usd_per_1m_tokens", "input, USD per 1M tokens")]
    [TestCase("usd_per_hour", "USD per hour")]
    [TestCase("training_usd_per_instance_hour", "training, USD per instance hour")]
    [TestCase("usd", "USD")]
    public void LabelsComeFromTheName(string key, string label) => Assert.That(PriceSummary.Label(key), Is.EqualTo(label));

    [TestCase(11.42, "$11.42")]
    [TestCase(32.3, "$32.30")]
    [TestCase(6.49063, "$6.49")]
    [TestCase(3, "$3.00")]
    [TestCase(0.99, "$0.99")]
    [TestCase(0.8048, "$0.805")]
    [TestCase(0.035, "$0.035")]
    [TestCase(0.0035, "$0.0035")]
    public void MoneyIsCentsAndAThirdDecimalBelowADollar(decimal value, string expected) => Assert.That(PriceSummary.Money(value), Is.EqualTo(expected));

    internal static Finding Finding(string ruleId, params (string Key, string Value)[] properties)
        => new(ruleId, Severity.Warning, "message", "File.cs", 1, 1, 1, 2, ruleId + properties.Length, Fixable: false,
            properties.ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
}
