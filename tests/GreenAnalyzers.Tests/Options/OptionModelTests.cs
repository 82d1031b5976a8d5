using System.Collections;
using GreenAnalyzers.Descriptors;
using GreenAnalyzers.Knowledge;
using GreenAnalyzers.Options;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Tests.Options;

/// <summary>The option model (<see cref="GreenOptions"/>): what GA9001 accepts is what the rules read, for every spelling
/// of every option, and a value GA9001 reports leaves the rule on its default.</summary>
public sealed class OptionModelTests
{
    /// <summary>Values of every kind the options take, good and bad.</summary>
    private static readonly string[] s_samples =
    [
        "", "  ", "0", "-5", "1", "7", "100", "150", "4096", "2000000", "99999999999", "٣", "4k", "10%",
        "tiny", "LARGE", "frontier", "huge", "true", "False", "no", "s3://acme-bucket/capture", "s3://", "my-bucket/capture",
        "anthropic.claude-v2", "us.anthropic.claude-v2, meta.llama3-1-405b-instruct-v1:0", "anthropic.claude v2", "not a model",
        "acme.support-v2 frontier acme.mini-v1", "acme.big-v1 enormous", "2026-12-01", "2026-13-45", "sentiment.onnx, models/legacy.onnx", ", ,", "🙂",
    ];

    public static IEnumerable<TestCaseData> Spellings()
        => GreenOptions.All.SelectMany(option => option.Spellings.Select(spelling => new TestCaseData(option.Name, spelling).SetArgDisplayNames(spelling)));

    [TestCaseSource(nameof(Spellings))]
    public void AValueGA9001ReportsReadsAsTheDefault(string name, string spelling)
    {
        var option = GreenOptions.All.Single(o => o.Name == name);
        var key = GreenOption.Prefix + spelling;
        Assert.Multiple(() =>
        {
            foreach (var sample in s_samples.Where(sample => !option.IsValid(sample)))
            {
                Assert.That(Structural.Equals(Read(option, spelling, (key, sample)), Default(option)), Is.True, $"{key} = {sample} reads as the default");
            }
        });
    }

    [TestCaseSource(nameof(Spellings))]
    public void EverySpellingIsRead(string name, string spelling)
    {
        // A valid value that is not the default changes what the rule reads, through this spelling.
        var option = GreenOptions.All.Single(o => o.Name == name);
        var changing = s_samples.Where(option.IsValid).Where(sample => !Structural.Equals(Read(option, spelling, (GreenOption.Prefix + spelling, sample)), Default(option)));
        Assert.That(changing, Is.Not.Empty, spelling + " is accepted by GA9001 but no value of it reaches the rule");
    }

    [Test]
    public void AnOverridingPerRuleOptionBelongsToOneRule()
        => Assert.That(GreenOptions.All.Where(o => o.HasRuleKeys && o.PerRule == PerRuleValue.Overrides && o.RuleIds.Length != 1).Select(o => o.Name), Is.Empty,
            "Read takes the per-rule key of the option's one rule");

    [Test]
    public void SpellingsAreUniqueAndLowerCase()
    {
        var spellings = GreenOptions.All.SelectMany(o => o.Spellings).ToList();
        Assert.That(spellings, Is.Unique.And.All.Matches<string>(s => !s.Any(char.IsUpper)));
    }

    /// <summary>Each option keeps the last text it parsed and its value (files nearly always say the same): a file that
    /// says something else reads its own value, and the next file reads its own again.</summary>
    [Test]
    public void EachFileReadsItsOwnValueAfterAnotherFilesValue()
    {
        var maxTokens = new[] { "512", "2048", "512", "not a number", "512" }
            .Select(value => ConverseRequestOptions.Read(Options(("green_analyzers.default_max_tokens", value))).MaxTokens);
        var asOf = new[] { "2026-01-01", "2026-12-08", "2026-02-30", "2026-01-01" }
            .Select(value => ModelSelectionOptions.Read(Options(("green_analyzers.as_of", value))).AsOf);
        Assert.Multiple(() =>
        {
            Assert.That(maxTokens, Is.EqualTo(new[] { 512, 2048, 512, 1024, 512 }));
            Assert.That(asOf, Is.EqualTo(new[] { "2026-01-01", "2026-12-08", null, "2026-01-01" }));
        });
    }

    // ---------------------------------------------------------------- the bugs one definition removes

    [Test]
    public void TheGlobalTwinOfAPerRuleOptionIsRead()
    {
        var options = Options(("green_analyzers.default_max_tokens", "512"), ("green_analyzers.sampling_percentage", "25"), ("green_analyzers.min_chars", "8000"));
        Assert.Multiple(() =>
        {
            Assert.That(ConverseRequestOptions.Read(options).MaxTokens, Is.EqualTo(512));
            Assert.That(ConverseRequestOptions.Read(options).MinChars, Is.EqualTo(8000));
            Assert.That(MonitoringOptions.Read(options).SamplingPercentage, Is.EqualTo(25));
        });
    }

    [TestCase("green_analyzers.GA1003.default_max_tokens", "2000000")]
    [TestCase("green_analyzers.default_max_tokens", "0")]
    public void AnOutOfRangeMaxTokensIsTheDefault(string key, string value)
        => Assert.That(ConverseRequestOptions.Read(Options((key, value))).MaxTokens, Is.EqualTo(1024), "GA9001 says the default applies");

    [Test]
    public void AnOutOfRangeMinCharsIsTheDefault()
        => Assert.That(ConverseRequestOptions.Read(Options(("green_analyzers.min_chars", "20000000"))).MinChars, Is.EqualTo(4096));

    [Test]
    public void AnAllowListWithAMalformedEntryIsNotUsed()
    {
        var model = ModelReference.Parse("anthropic.claude-v2")!;
        var options = ModelSelectionOptions.Read(Options(("green_analyzers.allowed_models", "anthropic.claude-v2, not a model!")));
        Assert.That(options.IsAllowed(RuleIds.UseSmallerModel, model), Is.False, "GA9001 says the default (none) applies");
    }

    [Test]
    public void AllowListsAddUp()
    {
        var options = ModelSelectionOptions.Read(Options(
            ("green_analyzers.allowed_models", "anthropic.claude-v2"), ("green_analyzers.GA1002.allowed_models", "meta.llama2-13b-chat-v1")));
        Assert.Multiple(() =>
        {
            Assert.That(options.IsAllowed(RuleIds.ReplaceLegacyModel, ModelReference.Parse("anthropic.claude-v2")!), Is.True);
            Assert.That(options.IsAllowed(RuleIds.ReplaceLegacyModel, ModelReference.Parse("meta.llama2-13b-chat-v1")!), Is.True);
            Assert.That(options.IsAllowed(RuleIds.UseSmallerModel, ModelReference.Parse("meta.llama2-13b-chat-v1")!), Is.False);
        });
    }

    [Test]
    public void ABadPerRuleValueDoesNotFallBackToTheGlobalOne()
        => Assert.That(ModelSelectionOptions.Read(Options(("green_analyzers.max_model_tier", "small"), ("green_analyzers.GA1001.max_model_tier", "huge"))).MaxTierForUseSmallerModel,
            Is.EqualTo(ModelTier.Large), "GA9001 names the per-rule key and says the default applies");

    private static AnalyzerConfigOptions Options(params (string Key, string Value)[] values) => new DictionaryOptionsProvider(values).GlobalOptions;

    /// <summary>What the rule reads through <paramref name="spelling"/>: the global key alone, or the rule's key.</summary>
    private static object? Read(GreenOption option, string spelling, (string Key, string Value) setting)
    {
        var options = Options(setting);
        var rule = option.RuleIds.FirstOrDefault(id => spelling.StartsWith(id + ".", StringComparison.OrdinalIgnoreCase));
        var type = option.GetType();
        return rule is null
            ? type.GetMethod(nameof(GreenOption<int>.ReadGlobal))!.Invoke(option, [options])
            : option.PerRule == PerRuleValue.Overrides
                ? type.GetMethod(nameof(GreenOption<int>.Read))!.Invoke(option, [options])
                : type.GetMethod(nameof(GreenOption<int>.ReadForRule))!.Invoke(option, [options, rule]);
    }

    private static object? Default(GreenOption option) => option.GetType().GetProperty(nameof(GreenOption<int>.Default))!.GetValue(option);

    /// <summary>Lists compare by their items.</summary>
    private static readonly EqualityComparer<object?> Structural = EqualityComparer<object?>.Create(
        (a, b) => a is IEnumerable x and not string && b is IEnumerable y and not string ? x.Cast<object>().SequenceEqual(y.Cast<object>()) : Equals(a, b));
}
