using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA1003 on Microsoft.Extensions.AI: a Bedrock chat client asked for a response without ChatOptions.MaxOutputTokens.</summary>
public sealed class GA1003ChatClientTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Microsoft.Extensions.AI;
        """;

    // ---------------------------------------------------------------- every overload, without options

    [TestCase("GetResponseAsync(\"Summarize the ticket\")")]
    [TestCase("GetResponseAsync(new ChatMessage(ChatRole.User, \"hi\"))")]
    [TestCase("GetResponseAsync(new List<ChatMessage> { new(ChatRole.User, \"hi\") })")]
    [TestCase("GetResponseAsync(\"hi\", cancellationToken: ct)")]
    [TestCase("GetStreamingResponseAsync(\"hi\")")]
    [TestCase("GetStreamingResponseAsync(new ChatMessage(ChatRole.User, \"hi\"))")]
    [TestCase("GetStreamingResponseAsync(new List<ChatMessage>(), cancellationToken: ct)")]
    [TestCase("GetResponseAsync<Reply>(\"hi\")")]
    [TestCase("GetResponseAsync<Reply>(new List<ChatMessage>(), useJsonSchemaResponseFormat: true)")]
    public Task EveryOverloadWithoutOptions_FixPassesOptions(string call)
    {
        var (name, rest) = (call.Substring(0, call.IndexOf('(')), call.Substring(call.IndexOf('(')));
        var fixedRest = rest.EndsWith("()", StringComparison.Ordinal)
            ? rest.Insert(rest.Length - 1, "options: new ChatOptions { MaxOutputTokens = 1024 }")
            : rest.Insert(rest.Length - 1, ", options: new ChatOptions { MaxOutputTokens = 1024 }");
        var nameOnly = name.Contains('<') ? name.Substring(0, name.IndexOf('<')) : name;
        var typeArguments = name.Substring(nameOnly.Length);
        return ChatClientVerifier.CodeFixAsync(
            $$"""
            {{Usings}}
            record Reply(string Text);
            class C
            {
                object M(IAmazonBedrockRuntime runtime, CancellationToken ct)
                {
                    var chat = runtime.AsIChatClient("amazon.nova-lite-v1:0");
                    return chat.{|GA1003:{{nameOnly}}{{typeArguments}}|}{{rest}};
                }
            }
            """,
            $$"""
            {{Usings}}
            record Reply(string Text);
            class C
            {
                object M(IAmazonBedrockRuntime runtime, CancellationToken ct)
                {
                    var chat = runtime.AsIChatClient("amazon.nova-lite-v1:0");
                    return chat.{{name}}{{fixedRest}};
                }
            }
            """);
    }

    [Test]
    public Task NullOptionsAndOptionsWithoutTheBound() => ChatClientVerifier.CodeFixAsync(
        $$"""
        {{Usings}}
        class C
        {
            async Task M(IAmazonBedrockRuntime runtime)
            {
                IChatClient chat = runtime.AsIChatClient("amazon.nova-lite-v1:0");
                await chat.{|GA1003:GetResponseAsync|}("a", null);
                await chat.{|GA1003:GetResponseAsync|}("b", new ChatOptions { Temperature = 0.2f });
                var options = new ChatOptions
                {
                    Temperature = 0.1f, // deterministic labels
                };
                await foreach (var update in chat.{|GA1003:GetStreamingResponseAsync|}("c", options)) { }
            }
        }
        """,
        $$"""
        {{Usings}}
        class C
        {
            async Task M(IAmazonBedrockRuntime runtime)
            {
                IChatClient chat = runtime.AsIChatClient("amazon.nova-lite-v1:0");
                await chat.GetResponseAsync("a", new ChatOptions { MaxOutputTokens = 1024 });
                await chat.GetResponseAsync("b", new ChatOptions { Temperature = 0.2f, MaxOutputTokens = 1024 });
                var options = new ChatOptions
                {
                    Temperature = 0.1f, // deterministic labels
                    MaxOutputTokens = 1024,
                };
                await foreach (var update in chat.GetStreamingResponseAsync("c", options)) { }
            }
        }
        """);

    [Test]
    public Task OneOptionsObjectSharedByTwoCallsGetsTheBoundOnce() => ChatClientVerifier.CodeFixAsync(
        $$"""
        {{Usings}}
        class C
        {
            async Task M(IAmazonBedrockRuntime runtime)
            {
                var chat = runtime.AsIChatClient("amazon.nova-lite-v1:0");
                var options = new ChatOptions { Temperature = 0 };
                await chat.{|GA1003:GetResponseAsync|}("a", options);
                await chat.{|GA1003:GetResponseAsync|}("b", options);
            }
        }
        """,
        $$"""
        {{Usings}}
        class C
        {
            async Task M(IAmazonBedrockRuntime runtime)
            {
                var chat = runtime.AsIChatClient("amazon.nova-lite-v1:0");
                var options = new ChatOptions { Temperature = 0, MaxOutputTokens = 1024 };
                await chat.GetResponseAsync("a", options);
                await chat.GetResponseAsync("b", options);
            }
        }
        """);

    // ---------------------------------------------------------------- where the client comes from

    [Test]
    public Task ClientsFromEveryKnownOrigin() => ChatClientVerifier.AnalyzerAsync(
        $$"""
        {{Usings}}
        class Inline
        {
            Task M(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient("amazon.nova-lite-v1:0").{|GA1003:GetResponseAsync|}("hi");
            Task Static(IAmazonBedrockRuntime runtime) => ChatClientExtensions.{|GA1003:GetResponseAsync|}(AmazonBedrockRuntimeExtensions.AsIChatClient(runtime), "hi");
        }
        class FieldFromInitializer(IAmazonBedrockRuntime runtime)
        {
            private readonly IChatClient _chat = runtime.AsIChatClient("amazon.nova-lite-v1:0");
            Task M() => _chat.{|GA1003:GetResponseAsync|}("hi");
        }
        class FieldFromConstructor
        {
            private readonly IChatClient _chat;
            private static readonly IChatClient s_shared = new Amazon.BedrockRuntime.AmazonBedrockRuntimeClient().AsIChatClient();
            public FieldFromConstructor(IAmazonBedrockRuntime runtime) { this._chat = runtime.AsIChatClient("amazon.nova-lite-v1:0"); }
            Task M() => _chat.{|GA1003:GetResponseAsync|}("hi");
            Task S() => s_shared.{|GA1003:GetResponseAsync|}("hi");
        }
        class PipelineInTheConstructor
        {
            private readonly IChatClient _chat;
            public PipelineInTheConstructor(IAmazonBedrockRuntime runtime) { _chat = runtime.AsIChatClient("amazon.nova-micro-v1:0").AsBuilder().UseLogging().Build(); }
            Task M() => _chat.{|GA1003:GetResponseAsync|}("hi");
        }
        class PrivateFieldWrittenOnlyInTheConstructor
        {
            private IChatClient _chat;
            public PrivateFieldWrittenOnlyInTheConstructor(IAmazonBedrockRuntime runtime) => _chat = runtime.AsIChatClient();
            Task M() => _chat.{|GA1003:GetResponseAsync|}("hi");
        }
        class Pipelines
        {
            Task Builder(IAmazonBedrockRuntime runtime)
            {
                var chat = runtime.AsIChatClient("amazon.nova-lite-v1:0")
                    .AsBuilder()
                    .UseFunctionInvocation()
                    .ConfigureOptions(o => o.Temperature = 0.2f)
                    .Build();
                return chat.{|GA1003:GetResponseAsync|}("hi");
            }
            Task NewBuilder(IAmazonBedrockRuntime runtime)
            {
                var builder = new ChatClientBuilder(runtime.AsIChatClient());
                IChatClient chat = builder.UseOpenTelemetry().Build();
                return chat.{|GA1003:GetResponseAsync|}("hi");
            }
            Task InnerLocal(IAmazonBedrockRuntime runtime)
            {
                var inner = runtime.AsIChatClient("amazon.nova-lite-v1:0");
                var chat = inner.AsBuilder().Build();
                return chat.{|GA1003:GetResponseAsync|}("hi");
            }
        }
        """);

    [Test]
    public Task MustNotFlag() => ChatClientVerifier.AnalyzerAsync(
        $$"""
        {{Usings}}
        class Bounded
        {
            Task Inline(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient().GetResponseAsync("hi", new ChatOptions { MaxOutputTokens = 200 });
            async Task Later(IAmazonBedrockRuntime runtime)
            {
                var chat = runtime.AsIChatClient();
                var options = new ChatOptions();
                options.MaxOutputTokens = 300;
                await chat.GetResponseAsync("hi", options);
            }
            Task Pipeline(IAmazonBedrockRuntime runtime)
            {
                var chat = runtime.AsIChatClient().AsBuilder().ConfigureOptions(o => o.MaxOutputTokens ??= 400).UseLogging().Build();
                return chat.GetResponseAsync("hi");
            }
            Task PipelineBlock(IAmazonBedrockRuntime runtime)
            {
                var chat = runtime.AsIChatClient().AsBuilder().ConfigureOptions(o => { o.Temperature = 0; o.MaxOutputTokens = 400; }).Build();
                return chat.GetResponseAsync("hi");
            }
        }
        class UnknownOrigin(IChatClient injected)
        {
            private readonly IChatClient _injected = injected;
            public IChatClient Public = null!;
            private IChatClient _swapped = null!;
            Task Parameter(IChatClient chat) => chat.GetResponseAsync("hi");
            Task Injected() => injected.GetResponseAsync("hi");
            Task Field() => _injected.GetResponseAsync("hi");
            Task PublicField() => Public.GetResponseAsync("hi");
            void Swap(IAmazonBedrockRuntime runtime) => _swapped = runtime.AsIChatClient();
            Task Swapped() => _swapped.GetResponseAsync("hi");
            Task Reassigned(IAmazonBedrockRuntime runtime, bool other)
            {
                var chat = runtime.AsIChatClient();
                if (other) chat = injected;
                return chat.GetResponseAsync("hi");
            }
            async Task ReassignedInALoop(IAmazonBedrockRuntime runtime, IChatClient[] fallbacks)
            {
                var chat = runtime.AsIChatClient();
                for (var i = 0; i < fallbacks.Length; i++)
                {
                    await chat.GetResponseAsync("hi");
                    chat = fallbacks[i];
                }
            }
            Task Factory(IAmazonBedrockRuntime runtime) => Create(runtime).GetResponseAsync("hi");
            static IChatClient Create(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient();
        }
        class UnreadablePipeline
        {
            Task Middleware(IAmazonBedrockRuntime runtime)
            {
                var chat = runtime.AsIChatClient().AsBuilder().Use(inner => inner).Build();
                return chat.GetResponseAsync("hi");
            }
            Task MethodGroup(IAmazonBedrockRuntime runtime)
            {
                var chat = runtime.AsIChatClient().AsBuilder().ConfigureOptions(Defaults).Build();
                return chat.GetResponseAsync("hi");
            }
            static void Defaults(ChatOptions options) { }
        }
        class OptionsFromElsewhere
        {
            private readonly ChatOptions _options = new() { MaxOutputTokens = 100 };
            Task Field(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient().GetResponseAsync("hi", _options);
            Task Param(IAmazonBedrockRuntime runtime, ChatOptions options) => runtime.AsIChatClient().GetResponseAsync("hi", options);
            Task Helper(IAmazonBedrockRuntime runtime)
            {
                var options = new ChatOptions();
                Tune(options);
                return runtime.AsIChatClient().GetResponseAsync("hi", options);
            }
            static void Tune(ChatOptions options) => options.MaxOutputTokens = 50;
            Task Reassigned(IAmazonBedrockRuntime runtime, bool big)
            {
                var options = new ChatOptions();
                if (big) options = new ChatOptions { MaxOutputTokens = 9 };
                return runtime.AsIChatClient().GetResponseAsync("hi", options);
            }
            Task Clone(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient().GetResponseAsync("hi", _options.Clone());
        }
        class NotBedrock
        {
            private readonly IChatClient _other;
            public NotBedrock(IChatClient other) { _other = other; }
            Task M() => _other.GetResponseAsync("hi");
            Task Built(IChatClient other) => other.AsBuilder().UseLogging().Build().GetResponseAsync("hi");
        }
        """);

    [Test]
    public Task TopLevelProgramWithAStreamingLoop()
    {
        var test = ChatClientVerifier.Create();
        test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
        test.TestCode = """
            using System;
            using Amazon;
            using Amazon.BedrockRuntime;
            using Microsoft.Extensions.AI;

            IChatClient client = new AmazonBedrockRuntimeClient(RegionEndpoint.USEast1).AsIChatClient("us.amazon.nova-lite-v1:0");
            await foreach (var update in client.{|GA1003:GetStreamingResponseAsync|}("Tell me a story about a lighthouse."))
            {
                Console.Write(update.Text);
            }
            """;
        test.FixedCode = """
            using System;
            using Amazon;
            using Amazon.BedrockRuntime;
            using Microsoft.Extensions.AI;

            IChatClient client = new AmazonBedrockRuntimeClient(RegionEndpoint.USEast1).AsIChatClient("us.amazon.nova-lite-v1:0");
            await foreach (var update in client.GetStreamingResponseAsync("Tell me a story about a lighthouse.", options: new ChatOptions { MaxOutputTokens = 1024 }))
            {
                Console.Write(update.Text);
            }
            """;
        return test.RunAsync();
    }

    // ---------------------------------------------------------------- message, robustness, generated code, suppression

    [Test]
    public async Task MessageNamesTheCallAndQuotesThePriceOfTheModelInUse()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ChatClientAnalyzer(), """
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            using Microsoft.Extensions.AI;
            class C
            {
                const string Model = "us.anthropic.claude-sonnet-4-6";
                Task A(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient(Model).GetResponseAsync("hi");
                Task B(IAmazonBedrockRuntime runtime, string model) => runtime.AsIChatClient(Model).GetResponseAsync("hi", new ChatOptions { ModelId = model });
                Task D(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient().GetResponseAsync("hi", new ChatOptions { ModelId = Model });
                Task E(IAmazonBedrockRuntime runtime) { var model = "us.anthropic.claude-sonnet-4-6"; return runtime.AsIChatClient(model).GetResponseAsync("hi"); }
            }
            """);

        var messages = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        const string Priced = "GetResponseAsync sets no ChatOptions.MaxOutputTokens, so each reply may run to the model's output limit, at $16.50 per 1M output tokens "
            + "for 'us.anthropic.claude-sonnet-4-6' (LiteLLM price list, 2026-07-24); bound it";
        Assert.That(messages, Is.EqualTo(new[]
        {
            Priced,
            "GetResponseAsync sets no ChatOptions.MaxOutputTokens, so each reply may run to the model's output limit; bound it",
            Priced,
            Priced, // the model id through a local (the shared resolver)
        }));
        Assert.That(result.Diagnostics.Select(d => d.Properties["max_tokens"]), Is.All.EqualTo("1024"));
        Assert.That(result.AnalyzerExceptions, Is.Empty);
    }

    [Test]
    public Task OptionSetsTheBound()
    {
        var test = ChatClientVerifier.Create("green_analyzers.GA1003.default_max_tokens = 256");
        test.TestCode = $$"""
            {{Usings}}
            class C { Task M(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient().{|GA1003:GetResponseAsync|}("hi"); }
            """;
        test.FixedCode = $$"""
            {{Usings}}
            class C { Task M(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient().GetResponseAsync("hi", options: new ChatOptions { MaxOutputTokens = 256 }); }
            """;
        return test.RunAsync();
    }

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ChatClientAnalyzer(), $$"""
            {{Usings}}
            class C
            {
                private readonly IChatClient _chat = ;
                private readonly IChatClient _loop = _loop;
                Task A(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient(.GetResponseAsync("hi");
                Task B(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient().GetResponseAsync("hi", new ChatOptions { MaxOutputTokens = });
                Task D() => _chat.GetResponseAsync();
                Task E() => _loop.GetResponseAsync("x");
                Task F(IAmazonBedrockRuntime runtime) { var c = c; return c.GetResponseAsync("x"); }
                Task G(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient().AsBuilder().ConfigureOptions().Build().GetResponseAsync("hi");
                Task H(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient().GetResponseAsync("hi", new ChatOptions { Unknown = 1 }
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
        var test = ChatClientVerifier.Create();
        test.TestState.Sources.Add(("/Chat.g.cs", $$"""
            {{Usings}}
            class G { Task M(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient().GetResponseAsync("hi"); }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = ChatClientVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = $$"""
            {{Usings}}
            class C
            {
            #pragma warning disable GA1003 // Streamed to the editor; the user stops generation.
                object A(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient().GetStreamingResponseAsync("hi");
            #pragma warning restore GA1003
                object B(IAmazonBedrockRuntime runtime) => runtime.AsIChatClient().{|GA1003:GetStreamingResponseAsync|}("hi");
            }
            """;
        return test.RunAsync();
    }
}
