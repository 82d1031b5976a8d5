namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA1003 Bound the output length: Converse requests without InferenceConfig.MaxTokens, completed in the method.</summary>
public sealed class GA1003Tests
{
    // ---------------------------------------------------------------- flagged, with the fix

    [TestCase("ConverseRequest", "ConverseAsync")]
    [TestCase("ConverseStreamRequest", "ConverseStreamAsync")]
    public Task InlineRequestSentToTheSdk(string request, string call) => ConverseVerifier.CodeFixAsync(
        $$"""
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task M(IAmazonBedrockRuntime client) => await client.{{call}}({|GA1003:new {{request}}|} { ModelId = "amazon.nova-lite-v1:0", Messages = [] });
        }
        """,
        $$"""
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task M(IAmazonBedrockRuntime client) => await client.{{call}}(new {{request}} { ModelId = "amazon.nova-lite-v1:0", Messages = [], InferenceConfig = new InferenceConfiguration { MaxTokens = 1024 } });
        }
        """);

    [Test]
    public Task MultiLineInitializerKeepsItsLayoutAndComments() => ConverseVerifier.CodeFixAsync(
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task<string?> M(IAmazonBedrockRuntime client, string text)
            {
                var request = {|GA1003:new ConverseRequest|}
                {
                    ModelId = "amazon.nova-lite-v1:0", // cheapest that passed the eval
                    Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = text }] }],
                };
                var response = await client.ConverseAsync(request);
                return response.Output?.Message?.Content?[0].Text;
            }
        }
        """,
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task<string?> M(IAmazonBedrockRuntime client, string text)
            {
                var request = new ConverseRequest
                {
                    ModelId = "amazon.nova-lite-v1:0", // cheapest that passed the eval
                    Messages = [new Message { Role = ConversationRole.User, Content = [new ContentBlock { Text = text }] }],
                    InferenceConfig = new InferenceConfiguration { MaxTokens = 1024 },
                };
                var response = await client.ConverseAsync(request);
                return response.Output?.Message?.Content?[0].Text;
            }
        }
        """);

    [Test]
    public Task MultiLineInitializerWithoutTrailingComma() => ConverseVerifier.CodeFixAsync(
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task M(IAmazonBedrockRuntime client)
            {
                var request = {|GA1003:new ConverseRequest|}
                {
                    ModelId = "amazon.nova-lite-v1:0",
                    Messages = [] // filled per ticket
                };
                await client.ConverseAsync(request);
            }
        }
        """,
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task M(IAmazonBedrockRuntime client)
            {
                var request = new ConverseRequest
                {
                    ModelId = "amazon.nova-lite-v1:0",
                    Messages = [], // filled per ticket
                    InferenceConfig = new InferenceConfiguration { MaxTokens = 1024 }
                };
                await client.ConverseAsync(request);
            }
        }
        """);

    [Test]
    public Task ExistingInferenceConfigGainsMaxTokens() => ConverseVerifier.CodeFixAsync(
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task M(IAmazonBedrockRuntime client)
            {
                var request = {|GA1003:new ConverseRequest|} { ModelId = "amazon.nova-lite-v1:0", InferenceConfig = new InferenceConfiguration { Temperature = 0 } };
                await client.ConverseAsync(request);
            }
        }
        """,
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task M(IAmazonBedrockRuntime client)
            {
                var request = new ConverseRequest { ModelId = "amazon.nova-lite-v1:0", InferenceConfig = new InferenceConfiguration { Temperature = 0, MaxTokens = 1024 } };
                await client.ConverseAsync(request);
            }
        }
        """);

    [Test]
    public Task InferenceConfigAssignedLaterGainsMaxTokens() => ConverseVerifier.CodeFixAsync(
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task M(IAmazonBedrockRuntime client)
            {
                var request = {|GA1003:new ConverseRequest()|};
                request.ModelId = "amazon.nova-lite-v1:0";
                request.InferenceConfig = new InferenceConfiguration
                {
                    Temperature = 0.2f,
                };
                await client.ConverseAsync(request);
            }
        }
        """,
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task M(IAmazonBedrockRuntime client)
            {
                var request = new ConverseRequest();
                request.ModelId = "amazon.nova-lite-v1:0";
                request.InferenceConfig = new InferenceConfiguration
                {
                    Temperature = 0.2f,
                    MaxTokens = 1024,
                };
                await client.ConverseAsync(request);
            }
        }
        """);

    [Test]
    public Task RequestWithoutInitializerGetsOne_AndTheUsingIsAdded() => ConverseVerifier.CodeFixAsync(
        """
        using System.Threading.Tasks;
        class C
        {
            async Task M(Amazon.BedrockRuntime.IAmazonBedrockRuntime client)
            {
                var request = {|GA1003:new Amazon.BedrockRuntime.Model.ConverseRequest()|}; // built below
                request.ModelId = "amazon.nova-lite-v1:0";
                await client.ConverseAsync(request);
            }
        }
        """,
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            async Task M(Amazon.BedrockRuntime.IAmazonBedrockRuntime client)
            {
                var request = new Amazon.BedrockRuntime.Model.ConverseRequest() { InferenceConfig = new InferenceConfiguration { MaxTokens = 1024 } }; // built below
                request.ModelId = "amazon.nova-lite-v1:0";
                await client.ConverseAsync(request);
            }
        }
        """);

    [Test]
    public Task OptionSetsTheBound_BadValuesFallBackToTheDefault()
    {
        var test = ConverseVerifier.Create("green_analyzers.GA1003.default_max_tokens = 256");
        test.TestCode = """
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            class C { Task M(IAmazonBedrockRuntime client) => client.ConverseAsync({|GA1003:new ConverseRequest|} { ModelId = "x" }); }
            """;
        test.FixedCode = """
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            class C { Task M(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest { ModelId = "x", InferenceConfig = new InferenceConfiguration { MaxTokens = 256 } }); }
            """;
        return test.RunAsync();
    }

    [TestCase("green_analyzers.GA1003.default_max_tokens = lots")]
    [TestCase("green_analyzers.GA1003.default_max_tokens = -5")]
    [TestCase("green_analyzers.GA1003.default_max_tokens = 0")]
    [TestCase("green_analyzers.GA1003.default_max_tokens = 99999999999999")]
    public Task UnreadableOptionFallsBackTo1024(string option) => ConverseVerifier.CodeFixAsync(
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C { Task M(IAmazonBedrockRuntime client) => client.ConverseAsync({|GA1003:new ConverseRequest|} { ModelId = "x" }); }
        """,
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C { Task M(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest { ModelId = "x", InferenceConfig = new InferenceConfiguration { MaxTokens = 1024 } }); }
        """,
        option);

    // ---------------------------------------------------------------- not flagged

    [Test]
    public Task MaxTokensSetAnywhereInTheMethod() => ConverseVerifier.AnalyzerAsync(
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            Task A(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest { InferenceConfig = new InferenceConfiguration { MaxTokens = 5 } });
            Task B(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest { InferenceConfig = new() { MaxTokens = null } });
            async Task D(IAmazonBedrockRuntime client)
            {
                var request = new ConverseRequest { InferenceConfig = new InferenceConfiguration() };
                request.InferenceConfig.MaxTokens = 64;
                await client.ConverseAsync(request);
            }
            async Task E(IAmazonBedrockRuntime client)
            {
                var request = new ConverseStreamRequest();
                request.InferenceConfig = new InferenceConfiguration { MaxTokens = 64 };
                await client.ConverseStreamAsync(request);
            }
            Task F(IAmazonBedrockRuntime client, InferenceConfiguration shared) => client.ConverseAsync(new ConverseRequest { InferenceConfig = shared });
        }
        """);

    [Test]
    public Task RequestsThatEscapeTheMethodAreNotJudged() => ConverseVerifier.AnalyzerAsync(
        """
        using System;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class C
        {
            ConverseRequest _pending = new ConverseRequest();
            ConverseRequest Returned() => new ConverseRequest { ModelId = "x" };
            ConverseRequest ReturnedLocal() { var r = new ConverseRequest(); return r; }
            void Stored() { var r = new ConverseRequest(); _pending = r; }
            async Task PassedToAHelper(IAmazonBedrockRuntime client)
            {
                var request = new ConverseRequest { ModelId = "x" };
                Defaults.Apply(request);
                await client.ConverseAsync(request);
            }
            Task HelperBuildsIt(IAmazonBedrockRuntime client) => client.ConverseAsync(Defaults.Complete(new ConverseRequest()));
            Func<Task> Captured(IAmazonBedrockRuntime client)
            {
                var request = new ConverseRequest();
                return () => client.ConverseAsync(request);
            }
        }
        static class Defaults
        {
            public static void Apply(ConverseRequest r) => r.InferenceConfig = new InferenceConfiguration { MaxTokens = 256 };
            public static ConverseRequest Complete(ConverseRequest r) { Apply(r); return r; }
        }
        """);

    [Test]
    public Task OtherRequestsAreNotJudged() => ConverseVerifier.AnalyzerAsync(
        """
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        class ConverseRequestLookAlike { }
        class C
        {
            Task A(IAmazonBedrockRuntime client) => client.InvokeModelAsync(new InvokeModelRequest { ModelId = "x" });
            void B() { var x = new ConverseRequestLookAlike(); System.Console.WriteLine(x.ToString()); }
        }
        """);

    // ---------------------------------------------------------------- message, robustness, generated code, suppression

    [Test]
    public async Task MessageQuotesTheOutputPriceWhenTheModelIsKnown()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ConverseRequestAnalyzer(), """
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            class C
            {
                const string Model = "us.anthropic.claude-sonnet-4-6";
                Task A(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest { ModelId = Model });
                Task B(IAmazonBedrockRuntime client, string model) => client.ConverseAsync(new ConverseRequest { ModelId = model });
            }
            """);

        var messages = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(messages, Is.EqualTo(new[]
        {
            "ConverseRequest sets no InferenceConfig.MaxTokens, so each reply may run to the model's output limit, at $16.50 per 1M output tokens "
                + "for 'us.anthropic.claude-sonnet-4-6' (LiteLLM price list, 2026-07-24); bound it",
            "ConverseRequest sets no InferenceConfig.MaxTokens, so each reply may run to the model's output limit; bound it",
        }));
        Assert.That(result.Diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Info));
        Assert.That(result.Diagnostics.Select(d => d.Properties["max_tokens"]), Is.All.EqualTo("1024"));
    }

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ConverseRequestAnalyzer(), """
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            class C
            {
                Task A(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest { InferenceConfig = });
                Task B(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest { InferenceConfig = new InferenceConfiguration { MaxTokens = } });
                Task D(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest { Unknown = 1 );
                async Task E(IAmazonBedrockRuntime client) { var r = new ConverseRequest(; r.InferenceConfig. = 3; await client.ConverseAsync(r); }
                Task F(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest { InferenceConfig = { MaxTokens = 3 } });
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
        var test = ConverseVerifier.Create();
        test.TestState.Sources.Add(("/Client.g.cs", """
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            class G { Task M(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest()); }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = ConverseVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = """
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            class C
            {
            #pragma warning disable GA1003 // Replies are streamed to the user, who can stop them.
                Task A(IAmazonBedrockRuntime client) => client.ConverseStreamAsync(new ConverseStreamRequest());
            #pragma warning restore GA1003
                Task B(IAmazonBedrockRuntime client) => client.ConverseStreamAsync({|GA1003:new ConverseStreamRequest()|});
            }
            """;
        return test.RunAsync();
    }

    /// <summary>The judgements are kept per compilation by model, bound and form (issue 21): the same model, once with an
    /// InferenceConfig and once without, gets the fix that appends to the config and the one that adds it.</summary>
    [Test]
    public async Task TheSameModelWithAndWithoutAnInferenceConfigCarriesItsOwnFix()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ConverseRequestAnalyzer(), """
            using System.Threading.Tasks;
            using Amazon.BedrockRuntime;
            using Amazon.BedrockRuntime.Model;
            class C
            {
                Task A(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest { ModelId = "amazon.nova-lite-v1:0", InferenceConfig = new InferenceConfiguration { Temperature = 0.2f } });
                Task B(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest { ModelId = "amazon.nova-lite-v1:0" });
                Task D(IAmazonBedrockRuntime client) => client.ConverseAsync(new ConverseRequest { ModelId = "amazon.nova-lite-v1:0", InferenceConfig = new InferenceConfiguration { TopP = 0.9f } });
            }
            """);

        var findings = result.Diagnostics.Where(d => d.Id == "GA1003").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(findings.Select(d => d.Properties["fix_title"]), Is.EqualTo(new[] { "Add MaxTokens = 1024", "Add InferenceConfig with MaxTokens = 1024", "Add MaxTokens = 1024" }));
            Assert.That(findings.Select(d => d.Properties["edit.0.member"]), Is.EqualTo(new[] { "MaxTokens", "InferenceConfig", "MaxTokens" }));
            Assert.That(findings.Select(d => d.AdditionalLocations.Single().SourceTree!.GetText().ToString(d.AdditionalLocations[0].SourceSpan)), Has.All.StartWith("new "));
            Assert.That(findings[0].Properties, Is.EquivalentTo(findings[2].Properties));
        });
    }
}
