namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA1004 Cache a long static prompt: a constant system prompt (or first user message) without a cache point.</summary>
public sealed class GA1004Tests
{
    private const string Sonnet46 = "us.anthropic.claude-sonnet-4-6"; // caches from 1,024 tokens (≈3,584 characters)
    private static readonly string Policy = "Answer only from the policy. " + new string('p', 4_970); // 4,999 characters

    private static string Source(string system, string model = Sonnet46, string extraUsings = "using Amazon.BedrockRuntime;\n") => $$"""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        {{extraUsings}}using Amazon.BedrockRuntime.Model;
        static class Prompts { public const string Policy = "{{Policy}}"; }
        class C
        {
            Task M(IAmazonBedrockRuntime client, string user) => client.ConverseAsync(new ConverseRequest
            {
                ModelId = "{{model}}",
                {{system}}
                InferenceConfig = new InferenceConfiguration { MaxTokens = 512 },
            });
        }
        """;

    // ---------------------------------------------------------------- flagged, with the fix

    [Test]
    public Task CollectionExpressionGainsACachePoint() => ConverseVerifier.CodeFixAsync(
        Source("System = [{|GA1004:new SystemContentBlock { Text = Prompts.Policy }|}],"),
        Source("System = [new SystemContentBlock { Text = Prompts.Policy }, new SystemContentBlock { CachePoint = new CachePointBlock { Type = CachePointType.Default } }],"));

    [Test]
    public Task CollectionInitializerOnItsOwnLinesGainsACachePoint() => ConverseVerifier.CodeFixAsync(
        Source("""
            System = new List<SystemContentBlock>
                    {
                        {|GA1004:new SystemContentBlock { Text = Prompts.Policy }|}, // reviewed by legal
                    },
            """),
        Source("""
            System = new List<SystemContentBlock>
                    {
                        new SystemContentBlock { Text = Prompts.Policy }, // reviewed by legal
                        new SystemContentBlock { CachePoint = new CachePointBlock { Type = CachePointType.Default } },
                    },
            """));

    [Test]
    public Task CachePointGoesAfterTheConstantPartBeforeDynamicBlocks() => ConverseVerifier.CodeFixAsync(
        Source("System = [new SystemContentBlock { Text = \"You are a support agent.\" }, {|GA1004:new SystemContentBlock { Text = Prompts.Policy }|}, new SystemContentBlock { Text = user }],"),
        Source("System = [new SystemContentBlock { Text = \"You are a support agent.\" }, new SystemContentBlock { Text = Prompts.Policy }, new SystemContentBlock { CachePoint = new CachePointBlock { Type = CachePointType.Default } }, new SystemContentBlock { Text = user }],"));

    [Test]
    public Task FirstUserMessageWhenThereIsNoSystemPrompt() => ConverseVerifier.CodeFixAsync(
        Source("Messages = [new Message { Role = ConversationRole.User, Content = [{|GA1004:new ContentBlock { Text = Prompts.Policy }|}] }],"),
        Source("Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = Prompts.Policy }, new ContentBlock { CachePoint = new CachePointBlock { Type = CachePointType.Default } }] }],"));

    [Test]
    public Task TheUsingForCachePointTypeIsAdded() => ConverseVerifier.CodeFixAsync($$"""
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            const string Long = "{{Policy}}";
            Task M(Amazon.BedrockRuntime.IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest
            {
                ModelId = "{{Sonnet46}}", InferenceConfig = new() { MaxTokens = 1 },
                System = [{|GA1004:new SystemContentBlock { Text = Long }|}],
            });
        }
        """, $$"""
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            const string Long = "{{Policy}}";
            Task M(Amazon.BedrockRuntime.IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest
            {
                ModelId = "{{Sonnet46}}", InferenceConfig = new() { MaxTokens = 1 },
                System = [new SystemContentBlock { Text = Long }, new SystemContentBlock { CachePoint = new CachePointBlock { Type = CachePointType.Default } }],
            });
        }
        """);

    [Test]
    public Task BothFixesOnOneRequestCompose()
    {
        var test = ConverseVerifier.Create();
        // One Fix All does both: the fix-all provider fixes every requested id, and nested edits compose.
        test.TestCode = $$"""
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            const string Long = "{{Policy}}";
            Task M(IAmazonBedrockRuntime client) => client.ConverseAsync({|GA1003:new ConverseRequest|}
            {
                ModelId = "{{Sonnet46}}",
                System = [{|GA1004:new SystemContentBlock { Text = Long }|}],
            });
        }
        """;
        test.FixedCode = $$"""
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            const string Long = "{{Policy}}";
            Task M(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest
            {
                ModelId = "{{Sonnet46}}",
                System = [new SystemContentBlock { Text = Long }, new SystemContentBlock { CachePoint = new CachePointBlock { Type = CachePointType.Default } }],
                InferenceConfig = new InferenceConfiguration { MaxTokens = 1024 },
            });
        }
        """;
        return test.RunAsync();
    }

    [Test]
    public Task EveryConstantValueFormCounts() => ConverseVerifier.AnalyzerAsync($$"""
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        static class Texts
        {
            public const string Half = "{{Policy.Substring(0, 2_500)}}";
            public static readonly string Full = "{{Policy}}";
            public const string Joined = Half + Half;
            public const string Interpolated = $"{Half} and {Half}";
        }
        class C
        {
            Task Literal(IAmazonBedrockRuntime c) => c.ConverseAsync(new ConverseRequest { ModelId = "{{Sonnet46}}", InferenceConfig = new() { MaxTokens = 1 },
                System = [{|GA1004:new SystemContentBlock { Text = @"{{Policy}}" }|}] });
            Task StaticReadonly(IAmazonBedrockRuntime c) => c.ConverseAsync(new ConverseRequest { ModelId = "{{Sonnet46}}", InferenceConfig = new() { MaxTokens = 1 },
                System = [{|GA1004:new SystemContentBlock { Text = Texts.Full }|}] });
            Task Concatenation(IAmazonBedrockRuntime c) => c.ConverseAsync(new ConverseRequest { ModelId = "{{Sonnet46}}", InferenceConfig = new() { MaxTokens = 1 },
                System = [{|GA1004:new SystemContentBlock { Text = Texts.Joined }|}] });
            Task Interpolation(IAmazonBedrockRuntime c) => c.ConverseAsync(new ConverseRequest { ModelId = "{{Sonnet46}}", InferenceConfig = new() { MaxTokens = 1 },
                System = [{|GA1004:new SystemContentBlock { Text = Texts.Interpolated }|}] });
            Task TwoBlocksAddUp(IAmazonBedrockRuntime c) => c.ConverseAsync(new ConverseRequest { ModelId = "{{Sonnet46}}", InferenceConfig = new() { MaxTokens = 1 },
                System = [new SystemContentBlock { Text = Texts.Half }, {|GA1004:new SystemContentBlock { Text = Texts.Half }|}] });
            Task LocalConstModelId(IAmazonBedrockRuntime c)
            {
                const string model = "{{Sonnet46}}";
                return c.ConverseAsync(new ConverseRequest { ModelId = model, InferenceConfig = new() { MaxTokens = 1 }, System = [{|GA1004:new SystemContentBlock { Text = Texts.Full }|}] });
            }
        }
        """);

    [Test]
    public Task StreamRequestsToo() => ConverseVerifier.AnalyzerAsync($$"""
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            const string Long = "{{Policy}}";
            Task M(IAmazonBedrockRuntime client) => client.ConverseStreamAsync(new ConverseStreamRequest
            {
                ModelId = "amazon.nova-pro-v1:0",
                System = [{|GA1004:new SystemContentBlock { Text = Long }|}],
                InferenceConfig = new InferenceConfiguration { MaxTokens = 512 },
            });
        }
        """);

    [Test]
    public Task OptionLowersTheThresholdButNotBelowTheModelsMinimum()
    {
        var text = new string('s', 3_700); // above 1,024 tokens × 3.5 = 3,584 characters
        return ConverseVerifier.AnalyzerAsync($$"""
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            class C
            {
                Task Sonnet(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest
                {
                    ModelId = "anthropic.claude-sonnet-4-6", InferenceConfig = new() { MaxTokens = 1 },
                    System = [{|GA1004:new SystemContentBlock { Text = "{{text}}" }|}],
                });
                Task Opus(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest
                {
                    ModelId = "anthropic.claude-opus-4-7", InferenceConfig = new() { MaxTokens = 1 }, // caches from 4,096 tokens
                    System = [new SystemContentBlock { Text = "{{text}}" }],
                });
            }
            """,
            "green_analyzers.GA1004.min_chars = 100");
    }

    // ---------------------------------------------------------------- not flagged

    [TestCase("System = [new SystemContentBlock { Text = Prompts.Policy }, new SystemContentBlock { CachePoint = new CachePointBlock { Type = CachePointType.Default } }],", Sonnet46, TestName = "Cache point already there")]
    [TestCase("System = [new SystemContentBlock { Text = \"Be brief.\" }],", Sonnet46, TestName = "Short prompt")]
    [TestCase("System = [new SystemContentBlock { Text = user }, new SystemContentBlock { Text = Prompts.Policy }],", Sonnet46, TestName = "Dynamic text first: no static prefix")]
    [TestCase("System = [new SystemContentBlock { Text = Prompts.Policy }],", "meta.llama4-scout-17b-instruct-v1:0", TestName = "Model without prompt caching")]
    [TestCase("System = [new SystemContentBlock { Text = Prompts.Policy }],", "anthropic.claude-opus-4-7", TestName = "Below the model's minimum (4,096 tokens)")]
    [TestCase("System = [new SystemContentBlock { Text = Prompts.Policy }],", "anthropic.claude-opus-5", TestName = "Unverified catalog row")]
    [TestCase("System = [new SystemContentBlock { Text = Prompts.Policy }],", "anthropic.claude-sonnet-4-6-typo", TestName = "Unknown model")]
    [TestCase("System = [..Shared.Blocks],", Sonnet46, TestName = "Spread: contents unknown")]
    [TestCase("Messages = [new Message { Role = ConversationRole.Assistant, Content = [new ContentBlock { Text = Prompts.Policy }] }],", Sonnet46, TestName = "First message is not the user's")]
    public Task NotFlagged(string system, string model) => ConverseVerifier.AnalyzerAsync(
        Source(system, model) + "\nstatic class Shared { public static readonly SystemContentBlock[] Blocks = []; }");

    [Test]
    public Task MinCharsAboveThePromptSilencesIt() => ConverseVerifier.AnalyzerAsync(
        Source("System = [new SystemContentBlock { Text = Prompts.Policy }],"), "green_analyzers.GA1004.min_chars = 8000");

    [Test]
    public Task SystemCompletedLaterIsNotJudged() => ConverseVerifier.AnalyzerAsync($$"""
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            const string Long = "{{Policy}}";
            async Task M(IAmazonBedrockRuntime client)
            {
                var request = new ConverseRequest { ModelId = "{{Sonnet46}}", System = [new SystemContentBlock { Text = Long }], InferenceConfig = new() { MaxTokens = 9 } };
                request.System.Add(new SystemContentBlock { CachePoint = new CachePointBlock { Type = CachePointType.Default } });
                await client.ConverseAsync(request);
            }
        }
        """);

    // ---------------------------------------------------------------- message, robustness, generated code, suppression

    [Test]
    public async Task MessageNamesTheModelAndItsMinimum()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ConverseRequestAnalyzer(), Source("System = [new SystemContentBlock { Text = Prompts.Policy }],"));
        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
                "4,999 characters of constant system text have no cache point after them; 'us.anthropic.claude-sonnet-4-6' caches a prompt "
                + "prefix of 1,024 tokens or more (AWS Bedrock prompt caching, 2026): add a cache point so repeated calls reuse it"));
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Info));
            Assert.That(diagnostic.Properties["prompt_chars"], Is.EqualTo("4999"));
            Assert.That(diagnostic.Properties["cache_min_tokens"], Is.EqualTo("1024"));
            Assert.That(diagnostic.Properties["block_type"], Is.EqualTo("Amazon.BedrockRuntime.Model.SystemContentBlock"));
        });
    }

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ConverseRequestAnalyzer(), $$"""
            using Amazon.BedrockRuntime.Model;
            class C
            {
                const string Long = "{{Policy}}";
                object A() { var r = new ConverseRequest { ModelId = "{{Sonnet46}}", System = [new SystemContentBlock { Text = Long }, ] ; return null; }
                object B() { var r = new ConverseRequest { ModelId = "{{Sonnet46}}", System = [new SystemContentBlock { Text = }], InferenceConfig = new() { MaxTokens = 1 } }; return null; }
                object D() { var r = new ConverseRequest { ModelId = "{{Sonnet46}}", System = [new { Text = Long }], InferenceConfig = new() { MaxTokens = 1 } }; return null; }
                object E() { var r = new ConverseRequest { ModelId = "{{Sonnet46}}", Messages = [new Message { Content = [new ContentBlock { Text = Long }, }], InferenceConfig = new() { MaxTokens = 1 } }; return null; }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
        });
    }

    [Test]
    public Task GeneratedCodeIsNotAnalyzed()
    {
        var test = ConverseVerifier.Create();
        test.TestState.Sources.Add(("/Prompts.g.cs", Source("System = [new SystemContentBlock { Text = Prompts.Policy }],")));
        return test.RunAsync();
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = ConverseVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = Source("""
            #pragma warning disable GA1004 // Called once a day: a cache write would cost more than it saves.
                    System = [new SystemContentBlock { Text = Prompts.Policy }],
            #pragma warning restore GA1004
            """);
        return test.RunAsync();
    }
}
