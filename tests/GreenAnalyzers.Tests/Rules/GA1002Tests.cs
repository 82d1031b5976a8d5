namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA1002 Replace a legacy model: over the same sinks and value forms as GA1001, and it wins over GA1001.</summary>
public sealed class GA1002Tests
{
    private const string ClaudeV2 = "anthropic.claude-v2";            // EOL; AWS names Sonnet 4.5, itself legacy now → Sonnet 4.6
    private const string Sonnet55 = "anthropic.claude-sonnet-5-5"; // the current large-tier Claude (Sonnet 4.6 is legacy at Anthropic)
    private const string TitanExpress = "amazon.titan-text-express-v1"; // EOL; AWS names Nova Micro
    private const string NovaMicro = "amazon.nova-micro-v1:0";

    // ---------------------------------------------------------------- every sink

    [TestCase("ConverseRequest")]
    [TestCase("ConverseStreamRequest")]
    [TestCase("InvokeModelRequest")]
    [TestCase("InvokeModelWithResponseStreamRequest")]
    [TestCase("StartAsyncInvokeRequest")]
    public Task BedrockRuntimeRequests(string request) => ModelIdVerifier.CodeFixAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C
        {
            object M() => new {{request}} { ModelId = {|GA1002:"{{TitanExpress}}"|} };
        }
        """,
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C
        {
            object M() => new {{request}} { ModelId = "{{NovaMicro}}" };
        }
        """);

    [TestCase("CreateModelInvocationJobRequest", "ModelId")]
    [TestCase("CreateProvisionedModelThroughputRequest", "ModelId")]
    [TestCase("CreateModelCustomizationJobRequest", "BaseModelIdentifier")]
    public Task BedrockControlPlaneRequests(string request, string property) => ModelIdVerifier.CodeFixAsync(
        $$"""
        using Amazon.Bedrock.Model;
        class C
        {
            object M() => new {{request}} { {{property}} = {|GA1002:"{{ClaudeV2}}"|} };
        }
        """,
        $$"""
        using Amazon.Bedrock.Model;
        class C
        {
            object M() => new {{request}} { {{property}} = "{{Sonnet55}}" };
        }
        """);

    [Test]
    public Task MeaiAdaptersAndChatOptions() => ModelIdVerifier.CodeFixAsync(
        $$"""
        using Amazon.BedrockRuntime;
        using Microsoft.Extensions.AI;
        class C
        {
            IChatClient Chat(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient({|GA1002:"us.{{ClaudeV2}}"|});
            ChatOptions Options() => new ChatOptions { ModelId = {|GA1002:"{{ClaudeV2}}"|} };
            ChatOptions NotBedrock() => new ChatOptions { ModelId = "claude-2.0" };
        }
        """,
        $$"""
        using Amazon.BedrockRuntime;
        using Microsoft.Extensions.AI;
        class C
        {
            IChatClient Chat(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient("us.{{Sonnet55}}");
            ChatOptions Options() => new ChatOptions { ModelId = "{{Sonnet55}}" };
            ChatOptions NotBedrock() => new ChatOptions { ModelId = "claude-2.0" };
        }
        """);

    [Test]
    public Task AnthropicSdkImplicitStringConversion() => ModelIdVerifier.CodeFixAsync(
        """
        using Anthropic.Models.Messages;
        class C
        {
            MessageCreateParams Bedrock() => new MessageCreateParams { Model = {|GA1002:"us.anthropic.claude-3-5-haiku-20241022-v1:0"|}, MaxTokens = 1024, Messages = [] };
            MessageCreateParams FirstParty() => new MessageCreateParams { Model = Model.ClaudeOpus4_5_20251101, MaxTokens = 1024, Messages = [] };
        }
        """,
        """
        using Anthropic.Models.Messages;
        class C
        {
            MessageCreateParams Bedrock() => new MessageCreateParams { Model = "us.anthropic.claude-haiku-4-5-20251001-v1:0", MaxTokens = 1024, Messages = [] };
            MessageCreateParams FirstParty() => new MessageCreateParams { Model = Model.ClaudeOpus4_5_20251101, MaxTokens = 1024, Messages = [] };
        }
        """);

    // ---------------------------------------------------------------- every value form

    [Test]
    public Task ConstStaticReadonlyAndInterpolation() => ModelIdVerifier.CodeFixAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        static class Models
        {
            public const string Draft = "{{TitanExpress}}"; // cheapest that passed the eval
            public static readonly string Legacy = "arn:aws:bedrock:us-east-1::foundation-model/{{ClaudeV2}}";
            public const string Geo = "eu";
        }
        class C
        {
            ConverseRequest A() => new() { ModelId = {|GA1002:Models.Draft|} };
            ConverseRequest B() => new() { ModelId = {|GA1002:Models.Legacy|} };
            ConverseRequest D() => new() { ModelId = {|GA1002:$"{Models.Geo}.{{ClaudeV2}}"|} };
            ConverseRequest E()
            {
                const string local = "meta.llama2-70b-chat-v1";
                var request = new ConverseRequest();
                request.ModelId = {|GA1002:local|};
                return request;
            }
        }
        """,
        $$"""
        using Amazon.BedrockRuntime.Model;
        static class Models
        {
            public const string Draft = "{{NovaMicro}}"; // cheapest that passed the eval
            public static readonly string Legacy = "arn:aws:bedrock:us-east-1::foundation-model/{{Sonnet55}}";
            public const string Geo = "eu";
        }
        class C
        {
            ConverseRequest A() => new() { ModelId = Models.Draft };
            ConverseRequest B() => new() { ModelId = Models.Legacy };
            ConverseRequest D() => new() { ModelId = $"{Models.Geo}.{{Sonnet55}}" };
            ConverseRequest E()
            {
                const string local = "meta.llama3-1-70b-instruct-v1:0";
                var request = new ConverseRequest();
                request.ModelId = local;
                return request;
            }
        }
        """);

    // ---------------------------------------------------------------- precedence and reporting without a fix

    [Test]
    public Task LegacyWinsOverOversized_OneDiagnosticPerValue()
    {
        var test = ModelIdVerifier.Create();
        test.TestCode = """
            using Amazon.BedrockRuntime.Model;
            class C
            {
                // frontier-tier AND legacy: GA1002 only, to the same-tier successor; GA1001 then judges the new id
                ConverseRequest M() => new() { ModelId = {|GA1002:"us.anthropic.claude-opus-4-1-20250805-v1:0"|} };
            }
            """;
        test.FixedCode = """
            using Amazon.BedrockRuntime.Model;
            class C
            {
                // frontier-tier AND legacy: GA1002 only, to the same-tier successor; GA1001 then judges the new id
                ConverseRequest M() => new() { ModelId = "us.anthropic.claude-opus-4-7" };
            }
            """;
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("GA1001", DiagnosticSeverity.Warning)
            .WithSpan(5, 46, 5, 76).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        test.CodeActionEquivalenceKey = "GreenAnalyzers.ReplaceValue.GA1002"; // apply GA1002's fix only
        return test.RunAsync();
    }

    [Test]
    public Task VendorLegacyIsNotBedrockLegacy() => ModelIdVerifier.AnalyzerAsync(
        """
        using Amazon.BedrockRuntime.Model;
        // Anthropic calls Opus 4.5 legacy on its own API; Bedrock sets its own dates, so only GA1001 (oversized) applies.
        class C { ConverseRequest M() => new() { ModelId = {|GA1001:"anthropic.claude-opus-4-5-20251101-v1:0"|} }; }
        """);

    [TestCase("anthropic.claude-3-haiku-20240307-v1:0", TestName = "No current successor of the same tier")]
    [TestCase("ai21.j2-ultra-v1", TestName = "Every successor in the chain reached end of life")]
    [TestCase("meta.llama3-2-11b-instruct-v1:0", TestName = "AWS's replacement is a larger tier")]
    public Task LegacyWithoutASuccessorIsReportedWithoutAFix(string id) => ModelIdVerifier.CodeFixAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1002:"{{id}}"|} }; }
        """,
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1002:"{{id}}"|} }; }
        """);

    // ---------------------------------------------------------------- must not flag

    [TestCase("anthropic.claude-sonnet-4-6", TestName = "Current model")]
    [TestCase("anthropic.claude-haiku-4-5-20251001-v1:0", TestName = "Active per its AWS model card")]
    [TestCase("anthropic.claude-v3", TestName = "Near miss: unknown version")]
    [TestCase("anthropic.claude-v2:1:extra", TestName = "Near miss: extra suffix")]
    [TestCase("anthropic.claude-v2 ", TestName = "Near miss: trailing space")]
    [TestCase("amazon.titan-embed-text-v1", TestName = "Embedding model")]
    [TestCase("", TestName = "Empty string")]
    [TestCase("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc123", TestName = "Provisioned model ARN")]
    public Task NotFlagged(string modelId) => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = "{{modelId}}" }; }
        """);

    [Test]
    public Task VeryLongStringIsNotFlagged() => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = "{{ClaudeV2}}{{new string('x', 20_000)}}" }; }
        """);

    [Test]
    public Task UnknownValuesAreNotFlagged() => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C
        {
            static string Configured = "{{ClaudeV2}}";
            static void Configure(string id) => Configured = id;
            ConverseRequest M(string id) => new() { ModelId = id };
            ConverseRequest N() => new() { ModelId = Configured };
        }
        """);

    [TestCase("green_analyzers.allowed_models = " + ClaudeV2)]
    [TestCase("green_analyzers.allowed_models = arn:aws:bedrock:us-east-1::foundation-model/" + ClaudeV2)]
    public Task AllowedModelsSilenceTheRule(string option) => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = "us.{{ClaudeV2}}" }; }
        """,
        option);

    [Test]
    public Task PerRuleAllowListSilencesThatRuleOnly_Ga1001StillJudgesTheSize() => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1001:"us.{{ClaudeV2}}"|} }; }
        """,
        "green_analyzers.GA1002.allowed_models = us." + ClaudeV2);

    [Test]
    public Task Ga1001AllowListDoesNotSilenceGa1002() => ModelIdVerifier.AnalyzerAsync(
        $$"""
        using Amazon.BedrockRuntime.Model;
        class C { ConverseRequest M() => new() { ModelId = {|GA1002:"{{ClaudeV2}}"|} }; }
        """,
        "green_analyzers.GA1001.allowed_models = " + ClaudeV2);

    // ---------------------------------------------------------------- robustness, generated code, suppression

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ModelIdAnalyzer(), $$"""
            using Amazon.BedrockRuntime.Model;
            class C
            {
                ConverseRequest A() => new ConverseRequest { ModelId = "{{ClaudeV2}}"
                ConverseRequest B() => new ConverseRequest { ModelId = Missing + "{{ClaudeV2}}" };
                ConverseRequest D() => new ConverseRequest { ModelId = $"{Undefined}.{{ClaudeV2}}" };
                object E() => new UnknownRequest { ModelId = "{{ClaudeV2}}" };
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.All.EqualTo("GA1002"));
            Assert.That(result.Diagnostics.Select(d => d.Location.GetLineSpan().StartLinePosition.Line), Does.Contain(3));
        });
    }

    [Test]
    public Task GeneratedCodeIsNotAnalyzed()
    {
        var test = ModelIdVerifier.Create();
        test.TestState.Sources.Add(("/Client.g.cs", $$"""
            using Amazon.BedrockRuntime.Model;
            class G { ConverseRequest M() => new() { ModelId = "{{ClaudeV2}}" }; }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = ModelIdVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = $$"""
        using Amazon.BedrockRuntime.Model;
        class C
        {
        #pragma warning disable GA1002 // Migration scheduled for the next release.
            ConverseRequest M() => new() { ModelId = "{{ClaudeV2}}" };
        #pragma warning restore GA1002
            ConverseRequest N() => new() { ModelId = {|GA1002:"{{ClaudeV2}}"|} };
        }
        """;
        return test.RunAsync();
    }

    // ---------------------------------------------------------------- message and properties

    [Test]
    public async Task MessageQuotesTheLifecycleAndTheSuccessor()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ModelIdAnalyzer(), $$"""
            using Amazon.BedrockRuntime.Model;
            class C
            {
                ConverseRequest A() => new() { ModelId = "{{TitanExpress}}" };
                ConverseRequest B() => new() { ModelId = "us.anthropic.claude-sonnet-4-5-20250929-v1:0" };
                ConverseRequest D() => new() { ModelId = "anthropic.claude-3-haiku-20240307-v1:0" };
            }
            """);

        var messages = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(messages, Is.EqualTo(new[]
        {
            "'amazon.titan-text-express-v1' reached end of life on Amazon Bedrock on 2025-08-15 (AWS Bedrock model lifecycle, 2025-11); "
                + "use 'amazon.nova-micro-v1:0' (AWS's recommended replacement)",
            "'us.anthropic.claude-sonnet-4-5-20250929-v1:0' is legacy on Amazon Bedrock, end of life 2027-04-08 (AWS Bedrock model lifecycle, 2026); "
                + "use 'us.anthropic.claude-sonnet-5-5' (Claude Sonnet 5.5, the current large-tier model)",
            "'anthropic.claude-3-haiku-20240307-v1:0' reached end of life on Amazon Bedrock on 2026-09-10 in some Regions (AWS Bedrock model lifecycle, 2026); "
                + "no current successor of the same tier is known: choose one",
        }));

        var titan = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).First();
        Assert.Multiple(() =>
        {
            Assert.That(titan.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(titan.Properties["lifecycle_status"], Is.EqualTo("eol"));
            Assert.That(titan.Properties["eol_date"], Is.EqualTo("2025-08-15"));
            Assert.That(titan.Properties["successor_basis"], Is.EqualTo("aws"));
            Assert.That(titan.Properties["suggested_id"], Is.EqualTo(NovaMicro));
            Assert.That(titan.Properties["replacement"], Is.EqualTo(NovaMicro));
            Assert.That(titan.Properties["lifecycle_source"], Is.EqualTo("AWS Bedrock model lifecycle, 2025-11"));
        });
    }
}
