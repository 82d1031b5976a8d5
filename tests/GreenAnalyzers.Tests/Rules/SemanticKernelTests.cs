using Microsoft.CodeAnalysis.Testing;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>Semantic Kernel's Amazon connector: model ids of its registrations and services (GA1001/GA1002), and
/// prompt and chat calls on a Bedrock service without a max-token setting (GA1003).</summary>
public sealed class SemanticKernelTests
{
    private const string Opus46 = "anthropic.claude-opus-4-6-v1";
    private const string Sonnet55 = "anthropic.claude-sonnet-5-5"; // the current large-tier Claude (Sonnet 4.6 is legacy at Anthropic)
    private const string ClaudeV2 = "anthropic.claude-v2";

    private const string Usings = """
        #pragma warning disable CS0618 // the connector's embedding service is obsolete, and still used
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.SemanticKernel;
        using Microsoft.SemanticKernel.ChatCompletion;
        using Microsoft.SemanticKernel.Connectors.Amazon;
        using Microsoft.SemanticKernel.TextGeneration;
        """;

    // ---------------------------------------------------------------- GA1001 / GA1002: every sink

    [Test]
    public Task EveryModelIdSink() => ModelIdVerifier.CodeFixAsync(
        $$"""
        {{Usings}}
        class C
        {
            void Builder(IKernelBuilder builder)
            {
                builder.AddBedrockChatCompletionService({|GA1001:"us.{{Opus46}}"|});
                builder.AddBedrockChatClient(modelId: {|GA1001:"us.{{Opus46}}"|});
                builder.AddBedrockTextGenerationService({|GA1002:"us.{{ClaudeV2}}"|}, serviceId: "text");
                builder.AddBedrockTextEmbeddingGenerationService({|GA1002:"us.{{ClaudeV2}}"|});
                builder.AddBedrockEmbeddingGenerator({|GA1002:"us.{{ClaudeV2}}"|});
                builder.AddBedrockTextEmbeddingGenerationService("amazon.titan-embed-text-v2:0"); // not in the catalog: silent
            }
            void Services(IServiceCollection services)
            {
                services.AddBedrockChatCompletionService({|GA1001:"us.{{Opus46}}"|});
                services.AddBedrockTextGenerationService({|GA1001:"us.{{Opus46}}"|});
                services.AddBedrockTextEmbeddingGenerationService({|GA1002:"us.{{ClaudeV2}}"|});
                services.AddBedrockChatClient({|GA1001:"us.{{Opus46}}"|});
                services.AddBedrockEmbeddingGenerator({|GA1002:"us.{{ClaudeV2}}"|});
                Microsoft.SemanticKernel.BedrockServiceCollectionExtensions.AddBedrockChatCompletionService(services, {|GA1001:"us.{{Opus46}}"|});
            }
            object Chat(IAmazonBedrockRuntime runtime) => new BedrockChatCompletionService({|GA1001:"us.{{Opus46}}"|}, runtime);
            object Text(IAmazonBedrockRuntime runtime) => new BedrockTextGenerationService(bedrockRuntime: runtime, modelId: {|GA1002:"us.{{ClaudeV2}}"|});
            object Embed(IAmazonBedrockRuntime runtime) => new BedrockTextEmbeddingGenerationService({|GA1002:"us.{{ClaudeV2}}"|}, runtime);
            void Fine(IKernelBuilder builder, string configured) { builder.AddBedrockChatCompletionService("us.{{Sonnet55}}"); builder.AddBedrockChatCompletionService(configured); }
        }
        """,
        $$"""
        {{Usings}}
        class C
        {
            void Builder(IKernelBuilder builder)
            {
                builder.AddBedrockChatCompletionService("us.{{Sonnet55}}");
                builder.AddBedrockChatClient(modelId: "us.{{Sonnet55}}");
                builder.AddBedrockTextGenerationService("us.{{Sonnet55}}", serviceId: "text");
                builder.AddBedrockTextEmbeddingGenerationService("us.{{Sonnet55}}");
                builder.AddBedrockEmbeddingGenerator("us.{{Sonnet55}}");
                builder.AddBedrockTextEmbeddingGenerationService("amazon.titan-embed-text-v2:0"); // not in the catalog: silent
            }
            void Services(IServiceCollection services)
            {
                services.AddBedrockChatCompletionService("us.{{Sonnet55}}");
                services.AddBedrockTextGenerationService("us.{{Sonnet55}}");
                services.AddBedrockTextEmbeddingGenerationService("us.{{Sonnet55}}");
                services.AddBedrockChatClient("us.{{Sonnet55}}");
                services.AddBedrockEmbeddingGenerator("us.{{Sonnet55}}");
                Microsoft.SemanticKernel.BedrockServiceCollectionExtensions.AddBedrockChatCompletionService(services, "us.{{Sonnet55}}");
            }
            object Chat(IAmazonBedrockRuntime runtime) => new BedrockChatCompletionService("us.{{Sonnet55}}", runtime);
            object Text(IAmazonBedrockRuntime runtime) => new BedrockTextGenerationService(bedrockRuntime: runtime, modelId: "us.{{Sonnet55}}");
            object Embed(IAmazonBedrockRuntime runtime) => new BedrockTextEmbeddingGenerationService("us.{{Sonnet55}}", runtime);
            void Fine(IKernelBuilder builder, string configured) { builder.AddBedrockChatCompletionService("us.{{Sonnet55}}"); builder.AddBedrockChatCompletionService(configured); }
        }
        """);

    // ---------------------------------------------------------------- GA1003: flagged

    [Test]
    public Task KernelAndServiceCallsWithoutABound() => SemanticKernelVerifier.AnalyzerAsync(
        $$"""
        {{Usings}}
        class Assistant
        {
            private readonly Kernel _kernel;
            public Assistant(IAmazonBedrockRuntime runtime)
            {
                var builder = Kernel.CreateBuilder();
                builder.AddBedrockChatCompletionService("meta.llama3-8b-instruct-v1:0", runtime);
                _kernel = builder.Build();
            }
            Task A() => _kernel.{|GA1003:InvokePromptAsync|}("Summarize the ticket");
            Task B(string text) => _kernel.{|GA1003:InvokePromptAsync|}("Summarize the ticket", new KernelArguments { ["input"] = text });
            Task D() => _kernel.{|GA1003:InvokePromptAsync|}("hi", new KernelArguments(new AmazonLlama3ExecutionSettings { Temperature = 0.2f }));
            Task E()
            {
                var settings = new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["temperature"] = 0.1 } };
                var arguments = new KernelArguments(settings);
                return _kernel.{|GA1003:InvokePromptAsync|}("hi", arguments);
            }
            object F() => _kernel.{|GA1003:InvokePromptStreamingAsync|}("hi");
            Task G(ChatHistory history) => _kernel.GetRequiredService<IChatCompletionService>().{|GA1003:GetChatMessageContentAsync|}(history);
        }
        class Direct
        {
            private readonly BedrockTextGenerationService _text;
            public Direct(IAmazonBedrockRuntime runtime) => _text = new BedrockTextGenerationService("amazon.titan-text-express-v1", runtime);
            Task A() => _text.{|GA1003:GetTextContentsAsync|}("hi");
            Task B() => _text.{|GA1003:GetTextContentAsync|}("hi", new AmazonTitanExecutionSettings { Temperature = 0 });
            Task D(IAmazonBedrockRuntime runtime, ChatHistory history)
            {
                IChatCompletionService chat = new BedrockChatCompletionService("mistral.mistral-large-2407-v1:0", runtime);
                return chat.{|GA1003:GetChatMessageContentsAsync|}(history, null);
            }
            object E(IAmazonBedrockRuntime runtime, ChatHistory history)
                => new BedrockChatCompletionService("mistral.mistral-large-2407-v1:0", runtime).{|GA1003:GetStreamingChatMessageContentsAsync|}(history);
        }
        """);

    [Test]
    public async Task MessageNamesTheFamilysSettingAndThePrice()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.SemanticKernelAnalyzer(), $$"""
            {{Usings}}
            class C
            {
                Task A(IAmazonBedrockRuntime runtime) => new BedrockTextGenerationService("meta.llama3-8b-instruct-v1:0", runtime).GetTextContentsAsync("hi");
                Task B(IAmazonBedrockRuntime runtime, string model) => new BedrockTextGenerationService(model, runtime).GetTextContentsAsync("hi");
            }
            """);
        var messages = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(messages, Has.Count.EqualTo(2));
        Assert.That(messages[0], Does.StartWith("GetTextContentsAsync sets no AmazonLlama3ExecutionSettings.MaxGenLen, so each reply may run to the model's output limit, at $"));
        Assert.That(messages[1], Is.EqualTo("GetTextContentsAsync sets no max-token execution setting, so each reply may run to the model's output limit; bound it"));
    }

    [Test]
    public async Task ServiceOnSeveralPathsIsNotNamedInTheMessage()
    {
        // A field two constructors set may hold another model on the other path: the message names none; set once, it does.
        var result = await AnalyzerRunner.RunAsync(new Analyzers.SemanticKernelAnalyzer(), $$"""
            {{Usings}}
            class Two
            {
                private readonly BedrockTextGenerationService _service;
                public Two(IAmazonBedrockRuntime runtime) => _service = new BedrockTextGenerationService("meta.llama3-8b-instruct-v1:0", runtime);
                public Two(IAmazonBedrockRuntime runtime, int _) => _service = new BedrockTextGenerationService("meta.llama3-70b-instruct-v1:0", runtime);
                Task A() => _service.GetTextContentsAsync("hi");
            }
            class One
            {
                private readonly BedrockTextGenerationService _service;
                public One(IAmazonBedrockRuntime runtime) => _service = new BedrockTextGenerationService("meta.llama3-8b-instruct-v1:0", runtime);
                Task A() => _service.GetTextContentsAsync("hi");
            }
            """);
        var messages = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(messages, Has.Count.EqualTo(2));
        Assert.That(messages[0], Is.EqualTo("GetTextContentsAsync sets no max-token execution setting, so each reply may run to the model's output limit; bound it"));
        Assert.That(messages[1], Does.StartWith("GetTextContentsAsync sets no AmazonLlama3ExecutionSettings.MaxGenLen, so each reply may run to the model's output limit, at $"));
    }

    // ---------------------------------------------------------------- GA1003: not flagged

    [Test]
    public Task MustNotFlag() => SemanticKernelVerifier.AnalyzerAsync(
        $$"""
        {{Usings}}
        class Bounded
        {
            private readonly Kernel _kernel;
            public Bounded(IAmazonBedrockRuntime runtime)
            {
                var builder = Kernel.CreateBuilder();
                builder.AddBedrockChatCompletionService("meta.llama3-8b-instruct-v1:0", runtime);
                _kernel = builder.Build();
            }
            Task A() => _kernel.InvokePromptAsync("hi", new KernelArguments(new AmazonLlama3ExecutionSettings { MaxGenLen = 256 }));
            Task B() => _kernel.InvokePromptAsync("hi", new KernelArguments(new PromptExecutionSettings { ExtensionData = new Dictionary<string, object> { ["max_gen_len"] = 256 } }));
            Task D()
            {
                var settings = new AmazonClaudeExecutionSettings();
                settings.MaxTokensToSample = 300;
                return _kernel.InvokePromptAsync("hi", new KernelArguments(settings));
            }
            Task E(PromptExecutionSettings shared) => _kernel.InvokePromptAsync("hi", new KernelArguments(shared));
            Task F(KernelArguments arguments) => _kernel.InvokePromptAsync("hi", arguments);
            Task G(Dictionary<string, PromptExecutionSettings> perService) => _kernel.InvokePromptAsync("hi", new KernelArguments(new Dictionary<string, object?>(), perService));
            Task H(Dictionary<string, object> data) => _kernel.InvokePromptAsync("hi", new KernelArguments(new PromptExecutionSettings { ExtensionData = data }));
            Task I()
            {
                var settings = new AmazonLlama3ExecutionSettings();
                Tune(settings);
                return _kernel.InvokePromptAsync("hi", new KernelArguments(settings));
            }
            static void Tune(AmazonLlama3ExecutionSettings settings) => settings.MaxGenLen = 100;
        }
        class Injected(Kernel kernel, IChatCompletionService chat)
        {
            Task A() => kernel.InvokePromptAsync("hi");
            Task B(ChatHistory history) => chat.GetChatMessageContentAsync(history);
            Task D(Kernel other) => other.InvokePromptAsync("hi");
        }
        class OtherProvidersToo
        {
            private readonly Kernel _kernel;
            public OtherProvidersToo(IAmazonBedrockRuntime runtime, Microsoft.Extensions.AI.IChatClient local)
            {
                var builder = Kernel.CreateBuilder();
                builder.AddBedrockChatCompletionService("meta.llama3-8b-instruct-v1:0", runtime);
                builder.Services.AddChatClient(local);
                _kernel = builder.Build();
            }
            Task A() => _kernel.InvokePromptAsync("hi");
        }
        class NoRegistrationHere
        {
            Task A() => Kernel.CreateBuilder().Build().InvokePromptAsync("hi");
        }
        class Reassigned
        {
            Task A(IAmazonBedrockRuntime runtime, ITextGenerationService other, bool useOther)
            {
                ITextGenerationService text = new BedrockTextGenerationService("meta.llama3-8b-instruct-v1:0", runtime);
                if (useOther) text = other;
                return text.GetTextContentsAsync("hi");
            }
        }
        """);

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.SemanticKernelAnalyzer(), $$"""
            {{Usings}}
            class C
            {
                private readonly Kernel _kernel = Kernel.CreateBuilder().AddBedrockChatCompletionService().Build();
                Task A() => _kernel.InvokePromptAsync(;
                Task B() => _kernel.InvokePromptAsync("hi", new KernelArguments(new AmazonLlama3ExecutionSettings { MaxGenLen = }));
                Task D(IAmazonBedrockRuntime r) => new BedrockTextGenerationService(, r).GetTextContentsAsync("hi", new PromptExecutionSettings { ExtensionData = { [] = 1 } });
                Task E() => _loop.InvokePromptAsync("x");
                private readonly Kernel _loop = _loop;
            """);
        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.All.EqualTo("GA1003"));
        });
    }

    [Test]
    public Task GeneratedCodeIsNotAnalyzed()
    {
        var test = SemanticKernelVerifier.Create();
        test.TestState.Sources.Add(("/Kernel.g.cs", $$"""
            {{Usings}}
            class G { Task M(IAmazonBedrockRuntime runtime) => new BedrockTextGenerationService("meta.llama3-8b-instruct-v1:0", runtime).GetTextContentsAsync("hi"); }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = SemanticKernelVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = $$"""
            {{Usings}}
            class C
            {
            #pragma warning disable GA1003 // The default length suits this summary.
                Task A(IAmazonBedrockRuntime runtime) => new BedrockTextGenerationService("meta.llama3-8b-instruct-v1:0", runtime).GetTextContentsAsync("hi");
            #pragma warning restore GA1003
                Task B(IAmazonBedrockRuntime runtime) => new BedrockTextGenerationService("meta.llama3-8b-instruct-v1:0", runtime).{|GA1003:GetTextContentsAsync|}("hi");
            }
            """;
        return test.RunAsync();
    }
}
