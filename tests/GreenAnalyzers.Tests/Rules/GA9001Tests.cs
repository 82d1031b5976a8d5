using System.Globalization;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA9001 Invalid GreenAnalyzers option: unknown keys (with a suggestion) and unreadable values, once per key.</summary>
public sealed class GA9001Tests
{
    private const string Code = "class C { }";
    private const string Tiers = "expected tiny | small | medium | large | frontier; the default (large) applies";
    private const string Models = "expected comma-separated Bedrock model ids, inference-profile ids or ARNs; the default (none) applies";
    private const string Custom = "expected comma-separated entries '<model id> <tier> [<smaller sibling id>]'; the default (none) applies";

    [TestCase("max_model_tier", "huge", Tiers)]
    [TestCase("max_model_tier", "Frontier!", Tiers)]
    [TestCase("ga1001.max_model_tier", "3", Tiers)]
    [TestCase("allowed_models", "not a model id", Models)]
    [TestCase("allowed_models", "anthropic.claude v2", Models)]
    [TestCase("ga1001.allowed_models", "claude", Models)]
    [TestCase("ga1002.allowed_models", "anthropic.claude-v2, 🙂", Models)]
    [TestCase("ga1002.allowed_models", "anthropic.claude-v2 meta.llama2-13b-chat-v1", Models)]
    [TestCase("custom_models", "acme.big-v1 enormous", Custom)]
    [TestCase("custom_models", "acme.big-v1", Custom)]
    [TestCase("custom_models", "acme.big-v1 frontier acme.small-v1 extra", Custom)]
    [TestCase("custom_models", "acme.big-v1:frontier", Custom)]
    [TestCase("ga1003.default_max_tokens", "lots", "expected an integer from 1 to 1000000; the default (1024) applies")]
    [TestCase("ga1003.default_max_tokens", "-5", "expected an integer from 1 to 1000000; the default (1024) applies")]
    [TestCase("ga1003.default_max_tokens", "0", "expected an integer from 1 to 1000000; the default (1024) applies")]
    [TestCase("ga1003.default_max_tokens", "99999999999999", "expected an integer from 1 to 1000000; the default (1024) applies")]
    [TestCase("ga1004.min_chars", "4k", "expected an integer from 1 to 10000000; the default (4096) applies")]
    [TestCase("ga5001.sampling_percentage", "150", "expected an integer from 1 to 100; the default (10) applies")]
    [TestCase("ga5001.sampling_percentage", "10%", "expected an integer from 1 to 100; the default (10) applies")]
    [TestCase("ga5001.destination_s3_uri", "my-bucket/capture", "expected an S3 URI 's3://bucket[/prefix]'; the default (none, so GA5001 offers no fix) applies")]
    [TestCase("ga5001.destination_s3_uri", "s3://", "expected an S3 URI 's3://bucket[/prefix]'; the default (none, so GA5001 offers no fix) applies")]
    // The global twins of per-rule options: the rules read them as the fallback, so GA9001 checks them the same way.
    [TestCase("default_max_tokens", "lots", "expected an integer from 1 to 1000000; the default (1024) applies")]
    [TestCase("min_chars", "4k", "expected an integer from 1 to 10000000; the default (4096) applies")]
    [TestCase("sampling_percentage", "150", "expected an integer from 1 to 100; the default (10) applies")]
    [TestCase("destination_s3_uri", "my-bucket/capture", "expected an S3 URI 's3://bucket[/prefix]'; the default (none, so GA5001 offers no fix) applies")]
    [TestCase("configuration_files", "no", "expected true | false; the default (true) applies")]
    [TestCase("ga4001.excluded_models", ", ,", "expected comma-separated model file names; the default (none) applies")]
    public Task UnreadableValues(string key, string value, string reason) => Run(
        $"green_analyzers.{key} = {value}",
        new DiagnosticResult("GA9001", DiagnosticSeverity.Warning).WithArguments("green_analyzers." + key, value, reason));

    [Test]
    public void EveryDefaultReadsAsPlainText()
        => Assert.That(GreenAnalyzers.Options.GreenOptions.All.Select(o => o.DefaultText), Has.None.StartsWith("(").And.None.EndsWith(")"),
            "the message wraps the default in parentheses itself");

    [TestCase("max_model_teir", "max_model_tier")]
    [TestCase("ga1003.default_max_token", "ga1003.default_max_tokens")]
    [TestCase("ga1010.allowed_models", "ga1001.allowed_models")]
    [TestCase("alowed_models", "allowed_models")]
    [TestCase("ga5001.destination", "ga5001.destination_s3_uri")]
    public Task MisspelledKeysGetASuggestion(string key, string nearest) => Run(
        $"green_analyzers.{key} = large",
        new DiagnosticResult("GA9001", DiagnosticSeverity.Warning)
            .WithArguments("green_analyzers." + key, "large", $"unknown key; did you mean 'green_analyzers.{nearest}'?"));

    [TestCase("default_max_tokens", "512")]
    [TestCase("min_chars", "8000")]
    [TestCase("sampling_percentage", "25")]
    [TestCase("destination_s3_uri", "s3://team-bucket/capture")]
    [TestCase("ga1003.default_max_tokens", "512")]
    public Task ValidGlobalAndPerRuleSpellingsAreKnown(string key, string value) => Run($"green_analyzers.{key} = {value}");

    [Test]
    public Task UnknownKeysFarFromAnyOption() => Run(
        "green_analyzers.colour_of_the_dashboard = green",
        new DiagnosticResult("GA9001", DiagnosticSeverity.Warning).WithArguments(
            "green_analyzers.colour_of_the_dashboard", "green", "unknown key (see docs/configuration.md for the keys GreenAnalyzers reads)"));

    [Test]
    public Task OncePerOffendingKey_EachKeyReported()
    {
        var test = PolicyVerifier.Create("green_analyzers.max_model_tier = huge", "green_analyzers.ga1003.default_max_tokens = lots");
        test.TestCode = Code;
        test.TestState.Sources.Add(("/Other.cs", "class D { }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ngreen_analyzers.max_model_tier = huge\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA9001", DiagnosticSeverity.Warning).WithArguments("green_analyzers.ga1003.default_max_tokens", "lots", "expected an integer from 1 to 1000000; the default (1024) applies"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA9001", DiagnosticSeverity.Warning).WithArguments("green_analyzers.max_model_tier", "huge", Tiers));
        return test.RunAsync();
    }

    [Test]
    public Task AKeyInOneFoldersSectionIsChecked()
    {
        // A key set for one folder only is found: every file's options are read, not just the global ones.
        var test = PolicyVerifier.Create("green_analyzers.max_model_tier = small");
        test.TestCode = Code;
        test.TestState.Sources.Add(("/src/A.cs", "class A { }"));
        test.TestState.Sources.Add(("/src/B.cs", "class B { }"));
        test.TestState.Sources.Add(("/src/Legacy/L.cs", "class L { }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n[*.cs]\ngreen_analyzers.ga1001.max_model_tier = medium\n[/src/Legacy/*.cs]\ngreen_analyzers.ga1001.max_model_teir = large\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA9001", DiagnosticSeverity.Warning).WithArguments(
            "green_analyzers.ga1001.max_model_teir", "large", "unknown key; did you mean 'green_analyzers.ga1001.max_model_tier'?"));
        return test.RunAsync();
    }

    [TestCase("green_analyzers.max_model_tier = medium")]
    [TestCase("green_analyzers.GA1001.max_model_tier = FRONTIER")]
    [TestCase("green_analyzers.allowed_models = ,  meta.llama3-1-405b-instruct-v1:0 ,arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-v2,")]
    [TestCase("green_analyzers.allowed_models = acme.brand-new-model-v9")]
    [TestCase("green_analyzers.ga1002.allowed_models = arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc")]
    [TestCase("green_analyzers.custom_models = acme.support-v2 frontier acme.support-mini-v1, acme.support-mini-v1 small")]
    [TestCase("green_analyzers.ga1003.default_max_tokens = 512")]
    [TestCase("green_analyzers.ga5001.destination_s3_uri = s3://acme-monitoring/capture")]
    [TestCase("green_analyzers.ga5001.destination_s3_uri = s3://bucket/\"quoted\"\\{x}")] // the fix escapes it
    [TestCase("dotnet_diagnostic.GA1001.severity = error")]
    [TestCase("greenanalyzers_unrelated = 1")]
    public Task ValidOptionsAreQuiet(string option) => Run(option);

    [Test]
    public async Task EmptyValuesAndUnicodeNeverThrow()
    {
        var result = await AnalyzerRunner.RunWithOptionsAsync(new Analyzers.PolicyAnalyzer(), Code,
            ("green_analyzers.max_model_tier", ""), ("green_analyzers.allowed_models", "   "), ("green_analyzers.tïer_ünïcode", "🙂"),
            ("green_analyzers.custom_models", "anthropic.claude-v2 frontier 🙂"), ("GREEN_ANALYZERS.GA1003.DEFAULT_MAX_TOKENS", "٣"));
        Assert.Multiple(() =>
        {
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1]), Is.EquivalentTo(new[]
            {
                "green_analyzers.max_model_tier", "green_analyzers.allowed_models", "green_analyzers.tïer_ünïcode",
                "green_analyzers.custom_models", "green_analyzers.ga1003.default_max_tokens",
            }));
        });
    }

    [Test]
    public Task AHugeListIsFine() => Run("green_analyzers.allowed_models = "
        + string.Join(", ", Enumerable.Range(0, 2000).Select(i => $"acme.model-{i}-v1:0")));

    private static Task Run(string option, params DiagnosticResult[] expected)
    {
        var test = PolicyVerifier.Create(option);
        test.TestCode = Code;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
