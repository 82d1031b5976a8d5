namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA1001's code fix where the value is written away from the sink, and Fix All at every scope.</summary>
public sealed class GA1001FixTests
{
    private const string Opus46 = "anthropic.claude-opus-4-6-v1";
    private const string Sonnet55 = "anthropic.claude-sonnet-5-5"; // the current large-tier Claude (Sonnet 4.6 is legacy at Anthropic)
    private const string MistralLarge3 = "mistral.mistral-large-3-675b-instruct";
    private const string Ministral14 = "mistral.ministral-3-14b-instruct";

    [Test]
    public Task ConstInAnotherFileSharedByTwoSinksIsEditedOnce()
    {
        var test = ModelIdVerifier.Create();
        test.TestState.Sources.Add(("/Models.cs", $$"""
            namespace App;
            public static class Models
            {
                /// <summary>Used for every summary.</summary>
                public const string Summary = "us.{{Opus46}}";   // approved 2025-09
            }
            """));
        test.TestState.Sources.Add(("/Summarizer.cs", """
            using Amazon.BedrockRuntime.Model;
            namespace App;
            class Summarizer
            {
                ConverseRequest Short() => new() { ModelId = {|GA1001:Models.Summary|} };
                ConverseStreamRequest Long() => new() { ModelId = {|GA1001:Models.Summary|} };
            }
            """));
        test.FixedState.Sources.Add(("/Models.cs", $$"""
            namespace App;
            public static class Models
            {
                /// <summary>Used for every summary.</summary>
                public const string Summary = "us.{{Sonnet55}}";   // approved 2025-09
            }
            """));
        test.FixedState.Sources.Add(("/Summarizer.cs", """
            using Amazon.BedrockRuntime.Model;
            namespace App;
            class Summarizer
            {
                ConverseRequest Short() => new() { ModelId = Models.Summary };
                ConverseStreamRequest Long() => new() { ModelId = Models.Summary };
            }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task FixAllAcrossDocumentsAndProjects()
    {
        var test = ModelIdVerifier.Create();
        test.TestState.Sources.Add(("/A.cs", $$"""
            using Amazon.BedrockRuntime.Model;
            class A
            {
                ConverseRequest One() => new()
                {
                    // the chat path
                    ModelId = {|GA1001:"us.{{Opus46}}"|}, // was Opus 4
                };
                InvokeModelRequest Two() => new() { ModelId = {|GA1001:"{{MistralLarge3}}"|} };
            }
            """));
        test.TestState.Sources.Add(("/B.cs", $$"""
            using Amazon.BedrockRuntime.Model;
            class B { ConverseRequest M() => new() { ModelId = {|GA1001:"global.anthropic.claude-opus-4-6-v1"|} }; }
            """));
        var other = new ProjectState("Other", Microsoft.CodeAnalysis.LanguageNames.CSharp, "/1/Test", "cs");
        other.Sources.Add(("/Other.cs", $$"""
            using Amazon.BedrockRuntime.Model;
            class O { ConverseRequest M() => new() { ModelId = {|GA1001:"us.{{Opus46}}"|} }; }
            """));
        other.AdditionalReferences.AddRange(TestReferences.All);
        other.AdditionalFiles.Add(("/1/green-catalog.json", TestCatalog.Overlay));
        test.TestState.AdditionalProjects.Add("Other", other);

        test.FixedState.Sources.Add(("/A.cs", $$"""
            using Amazon.BedrockRuntime.Model;
            class A
            {
                ConverseRequest One() => new()
                {
                    // the chat path
                    ModelId = "us.{{Sonnet55}}", // was Opus 4
                };
                InvokeModelRequest Two() => new() { ModelId = "{{Ministral14}}" };
            }
            """));
        test.FixedState.Sources.Add(("/B.cs", """
            using Amazon.BedrockRuntime.Model;
            class B { ConverseRequest M() => new() { ModelId = "global.anthropic.claude-sonnet-5-5" }; }
            """));
        var otherFixed = new ProjectState("Other", Microsoft.CodeAnalysis.LanguageNames.CSharp, "/1/Test", "cs");
        otherFixed.Sources.Add(("/Other.cs", $$"""
            using Amazon.BedrockRuntime.Model;
            class O { ConverseRequest M() => new() { ModelId = "us.{{Sonnet55}}" }; }
            """));
        otherFixed.AdditionalReferences.AddRange(TestReferences.All);
        otherFixed.AdditionalFiles.Add(("/1/green-catalog.json", TestCatalog.Overlay));
        test.FixedState.AdditionalProjects.Add("Other", otherFixed);
        return test.RunAsync();
    }

    [Test]
    public Task NoFixWhenTheIdIsSplitAcrossConstants() => ModelIdVerifier.AnalyzerAsync(
        """
        using Amazon.BedrockRuntime.Model;
        class C
        {
            const string Provider = "anthropic.";
            const string Model = Provider + "claude-opus-4-6-v1";
            ConverseRequest M() => new() { ModelId = {|GA1001:Model|} };
        }
        """);

    [Test]
    public async Task PropertiesCarryTheFiguresForReports()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ModelIdAnalyzer(), $$"""
            using Amazon.BedrockRuntime.Model;
            class C { ConverseRequest M() => new() { ModelId = "us.{{MistralLarge3}}" }; }
            """);

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Properties["model"], Is.EqualTo("us." + MistralLarge3));
            Assert.That(diagnostic.Properties["model_id"], Is.EqualTo(MistralLarge3));
            Assert.That(diagnostic.Properties["tier"], Is.EqualTo("frontier"));
            Assert.That(diagnostic.Properties["suggested"], Is.EqualTo("us." + Ministral14));
            Assert.That(diagnostic.Properties["suggested_id"], Is.EqualTo(Ministral14));
            Assert.That(diagnostic.Properties["input_usd_per_1m_tokens"], Is.EqualTo("0.5"));
            Assert.That(diagnostic.Properties["output_usd_per_1m_tokens"], Is.EqualTo("1.5"));
            Assert.That(diagnostic.Properties["suggested_input_usd_per_1m_tokens"], Is.EqualTo("0.2"));
            Assert.That(diagnostic.Properties["suggested_output_usd_per_1m_tokens"], Is.EqualTo("0.2"));
            Assert.That(diagnostic.Properties["price_source"], Is.Not.Empty);
            Assert.That(diagnostic.Properties["price_date"], Does.Match(@"^\d{4}-\d{2}-\d{2}$"));
            Assert.That(diagnostic.Properties["edit.0.value"], Is.EqualTo("string:" + Ministral14));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
                "'us.mistral.mistral-large-3-675b-instruct' is a frontier-tier model; 'us.mistral.ministral-3-14b-instruct' costs "
                + "2.5x less per input token, 7.5x less per output token ($0.50/$1.50 → $0.20/$0.20 per 1M input/output tokens, "
                + "LiteLLM price list, 2026-07-24)"));
            Assert.That(diagnostic.AdditionalLocations, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task GlobalProfileQuotesGlobalPrices()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ModelIdAnalyzer(), """
            using Amazon.BedrockRuntime.Model;
            class C { ConverseRequest M() => new() { ModelId = "global.anthropic.claude-opus-4-6-v1" }; }
            """);

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Properties["input_usd_per_1m_tokens"], Is.EqualTo("5"));
            Assert.That(diagnostic.Properties["suggested_input_usd_per_1m_tokens"], Is.EqualTo("2"));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.EndWith(
                "costs 2.5x less per token ($5.00/$25.00 → $2.00/$10.00 per 1M input/output tokens (global profile), LiteLLM price list, 2026-07-24 / Anthropic pricing, 2026-10-07)"));
        });
    }
}
