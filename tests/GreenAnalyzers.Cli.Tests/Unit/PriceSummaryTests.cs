using System.Collections.Immutable;
using GreenAnalyzers.Cli.Analysis;
using GreenAnalyzers.Cli.Reporting;

namespace GreenAnalyzers.Cli.Tests.Unit;

public sealed class PriceSummaryTests
{
    [Test]
    public void TokenPricesAddUpAcrossRulesWithTheirRatio()
    {
        var summary = PriceSummary.From(
        [
            Finding("GA1001", ("input_usd_per_1m_tokens", "5.5"), ("suggested_input_usd_per_1m_tokens", "3.3"),
                ("output_usd_per_1m_tokens", "27.5"), ("suggested_output_usd_per_1m_tokens", "16.5"),
                ("price_source", "LiteLLM price list"), ("price_date", "2026-07-24")),
            Finding("GA1002", ("input_usd_per_1m_tokens", "0.2"), ("suggested_input_usd_per_1m_tokens", "0.035"),
                ("output_usd_per_1m_tokens", "0.6"), ("suggested_output_usd_per_1m_tokens", "0.14"),
                ("price_source", "genai-prices"), ("price_date", "2026-08-19")),
        ]);

        var input = summary.Metrics.Single(m => m.Key == "input_usd_per_1m_tokens");
        Assert.Multiple(() =>
        {
            Assert.That(summary.Metrics.Select(m => m.Key), Is.EqualTo(new[] { "input_usd_per_1m_tokens", "output_usd_per_1m_tokens" }));
            Assert.That(input.Findings, Is.EqualTo(2));
            Assert.That(input.Current, Is.EqualTo(5.7m));
            Assert.That(input.Suggested, Is.EqualTo(3.335m));
            Assert.That(input.Ratio, Is.EqualTo(3.335m / 5.7m));
            Assert.That(input.RuleIds, Is.EqualTo(new[] { "GA1001", "GA1002" }));
            Assert.That(input.Label, Is.EqualTo("input, USD per 1M tokens"));
            Assert.That(PriceSummary.Change(input), Is.EqualTo("41% less (1.7x)"));
            Assert.That(summary.Sources, Is.EqualTo(new[] { new PriceSource("LiteLLM price list", "2026-07-24"), new PriceSource("genai-prices", "2026-08-19") }));
        });
    }

    [Test]
    public void AnyPricePairTakesPartByName()
    {
        // An instance rule from another family: hourly prices, its own source for the suggested price, and a costlier suggestion.
        var summary = PriceSummary.From(
        [
            Finding("GA3001", ("usd_per_hour", "1.006"), ("suggested_usd_per_hour", "0.758"), ("price_source", "AWS price list"), ("price_date", "2026-09-01"),
                ("suggested_price_source", "AWS price list (Inferentia)"), ("suggested_price_date", "2026-09-02")),
            Finding("GA3002", ("usd_per_hour", "0.5"), ("suggested_usd_per_hour", "0.6"), ("price_source", "AWS price list"), ("price_date", "2026-09-01")),
        ]);

        var hourly = summary.Metrics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(hourly.Label, Is.EqualTo("USD per hour"));
            Assert.That(hourly.Current, Is.EqualTo(1.506m));
            Assert.That(hourly.Suggested, Is.EqualTo(1.358m));
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
        => Assert.That(PriceSummary.Change(new PriceMetric("usd_per_hour", "USD per hour", 1, current, suggested, [])), Is.EqualTo(expected));

    [TestCase("input_usd_per_1m_tokens", "input, USD per 1M tokens")]
    [TestCase("usd_per_hour", "USD per hour")]
    [TestCase("training_usd_per_instance_hour", "training, USD per instance hour")]
    [TestCase("usd", "USD")]
    public void LabelsComeFromTheName(string key, string label) => Assert.That(PriceSummary.Label(key), Is.EqualTo(label));

    [Test]
    public void MoneyKeepsCentsAndSmallPrices()
        => Assert.That(new[] { 11.42m, 32.3m, 6.505m, 0.035m, 3m }.Select(PriceSummary.Money), Is.EqualTo(new[] { "$11.42", "$32.30", "$6.505", "$0.035", "$3.00" }));

    internal static Finding Finding(string ruleId, params (string Key, string Value)[] properties)
        => new(ruleId, Severity.Warning, "message", "File.cs", 1, 1, 1, 2, ruleId + properties.Length, Fixable: false,
            properties.ToImmutableSortedDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
}
