namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA4006 Batch bulk Bedrock calls: ConverseAsync/InvokeModelAsync awaited once per item of a collection.</summary>
public sealed class GA4006Tests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;

        """;

    // ---------------------------------------------------------------- flagged

    [Test]
    public Task EveryLoopOverACollectionIsFlagged() => PerIterationVerifier.AnalyzerAsync(Usings + """
        class Digest
        {
            async Task Foreach(IAmazonBedrockRuntime client, IEnumerable<ConverseRequest> requests)
            {
                foreach (var request in requests)
                {
                    await client.{|GA4006:ConverseAsync|}(request);
                }
            }

            async Task ForOverCount(AmazonBedrockRuntimeClient client, List<InvokeModelRequest> requests, InvokeModelRequest[] more)
            {
                for (var i = 0; i < requests.Count; i++)
                {
                    var response = await client.{|GA4006:InvokeModelAsync|}(requests[i]).ConfigureAwait(false);
                }

                for (int i = 0; more.Length > i; i++)
                {
                    _ = (await client.{|GA4006:InvokeModelAsync|}(more[i])).Body;
                }
            }

            async Task AwaitForeach(IAmazonBedrockRuntime client, IAsyncEnumerable<string> tickets)
            {
                await foreach (var ticket in tickets)
                {
                    await client.{|GA4006:ConverseAsync|}(new ConverseRequest { ModelId = ticket });
                }
            }

            async Task RetryInsideAForeach(IAmazonBedrockRuntime client, string[] tickets)
            {
                foreach (var ticket in tickets)
                {
                    var attempts = 0;
                    while (attempts++ < 3)
                    {
                        try { await client.{|GA4006:ConverseAsync|}(new ConverseRequest()); break; }
                        catch (Exception) { }
                    }
                }
            }

            Task ParallelBodies(IAmazonBedrockRuntime client, string[] tickets)
                => Parallel.ForEachAsync(tickets, async (ticket, token) => await client.{|GA4006:ConverseAsync|}(new ConverseRequest(), token));
        }
        """);

    // ---------------------------------------------------------------- not flagged

    [Test]
    public Task ALoopOverFewerConstantsThanABatchJobTakesIsNotBulk()
    {
        // Bedrock's quota "Minimum number of records per batch inference job" is 100: a loop over 3 or 99 constants could
        // not become a batch job. 100 constants, or a collection of unknown size, could.
        var ninetyNine = string.Join(", ", Enumerable.Range(0, 99).Select(i => $"\"m{i}\""));
        var hundred = string.Join(", ", Enumerable.Range(0, 100).Select(i => $"\"m{i}\""));
        return PerIterationVerifier.AnalyzerAsync(Usings + $$"""
            class Compare
            {
                private static readonly string[] Models = { "amazon.nova-micro-v1:0", "amazon.nova-lite-v1:0", "amazon.nova-pro-v1:0" };

                async Task Field(IAmazonBedrockRuntime client)
                {
                    foreach (var model in Models)
                    {
                        await client.ConverseAsync(new ConverseRequest { ModelId = model });
                    }
                }

                async Task Local(IAmazonBedrockRuntime client)
                {
                    var prompts = new List<string> { {{ninetyNine}} };
                    foreach (var prompt in prompts)
                    {
                        await client.ConverseAsync(new ConverseRequest { ModelId = prompt });
                    }
                }

                async Task Hundred(IAmazonBedrockRuntime client)
                {
                    string[] prompts = [{{hundred}}];
                    foreach (var prompt in prompts)
                    {
                        await client.{|GA4006:ConverseAsync|}(new ConverseRequest { ModelId = prompt });
                    }
                }

                async Task Changed(IAmazonBedrockRuntime client, string extra)
                {
                    var prompts = new List<string> { "a", "b" };
                    prompts.Add(extra);
                    foreach (var prompt in prompts)
                    {
                        await client.{|GA4006:ConverseAsync|}(new ConverseRequest { ModelId = prompt });
                    }
                }
            }
            """);
    }

    [Test]
    public Task OtherLoopsCallsAndDeferredCodeAreNotFlagged() => PerIterationVerifier.AnalyzerAsync(Usings + """
        class Chat
        {
            async Task Conversation(IAmazonBedrockRuntime client, Func<string?> readLine)
            {
                while (readLine() is { } line)
                {
                    await client.ConverseAsync(new ConverseRequest());      // interactive: a person waits for each answer
                }
            }

            async Task Retry(IAmazonBedrockRuntime client)
            {
                for (var attempt = 0; attempt < 3; attempt++)
                {
                    await client.ConverseAsync(new ConverseRequest());      // a retry loop, not a collection
                }

                do { await client.InvokeModelAsync(new InvokeModelRequest()); } while (DateTime.Now.Second < 2);
            }

            async Task Streaming(IAmazonBedrockRuntime client, string[] tickets)
            {
                foreach (var ticket in tickets)
                {
                    await client.ConverseStreamAsync(new ConverseStreamRequest());   // streamed to someone
                }
            }

            async Task Concurrent(IAmazonBedrockRuntime client, string[] tickets)
            {
                var tasks = new List<Task<ConverseResponse>>();
                foreach (var ticket in tickets)
                {
                    tasks.Add(client.ConverseAsync(new ConverseRequest()));   // not awaited in the loop
                }

                await Task.WhenAll(tasks);
                await Task.WhenAll(tickets.Select(async ticket => await client.ConverseAsync(new ConverseRequest())));
            }

            List<Func<Task>> Deferred(IAmazonBedrockRuntime client, string[] tickets)
            {
                var work = new List<Func<Task>>();
                foreach (var ticket in tickets)
                {
                    work.Add(async () => await client.ConverseAsync(new ConverseRequest()));   // built in the loop, runs later
                }

                return work;
            }

            async Task Once(IAmazonBedrockRuntime client, string[] tickets)
            {
                foreach (var item in (await client.ConverseAsync(new ConverseRequest())).Output.Message.Content)
                {
                    Console.WriteLine(item.Text);
                }

                async Task Local() => await client.ConverseAsync(new ConverseRequest());
                foreach (var ticket in tickets)
                {
                    await Local();
                }
            }
        }

        class LookAlike { public Task ConverseAsync(ConverseRequest request) => Task.CompletedTask; }
        class User
        {
            async Task M(LookAlike client, string[] tickets) { foreach (var t in tickets) await client.ConverseAsync(new ConverseRequest()); }
        }
        """);

    // ---------------------------------------------------------------- message, robustness, suppression

    [Test]
    public async Task MessageQuotesTheBatchDiscountAndItsSource()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.PerIterationAnalyzer(), Usings + """
            class Digest
            {
                async Task M(IAmazonBedrockRuntime client, string[] tickets)
                {
                    foreach (var ticket in tickets)
                    {
                        await client.ConverseAsync(new ConverseRequest());
                    }
                }
            }
            """);

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
                "'ConverseAsync' is awaited once per item of a collection; if the answers can wait, Bedrock batch inference "
                + "(CreateModelInvocationJob) runs the whole set as one job at 50% less than on-demand "
                + "(AWS Bedrock User Guide, Capacity, Limits, and Cost Optimization)"));
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Info));
            Assert.That(diagnostic.Properties["batch_discount_percent"], Is.EqualTo("50"));
            Assert.That(diagnostic.Properties["source"], Is.EqualTo("AWS Bedrock User Guide, Capacity, Limits, and Cost Optimization"));
        });
    }

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.PerIterationAnalyzer(), Usings + """
            class C
            {
                async Task A(IAmazonBedrockRuntime c, string[] t) { foreach (var x in t) await c.ConverseAsync(; }
                async Task B(IAmazonBedrockRuntime c, string[] t) { for (var i = 0; i < t.; i++) await c.InvokeModelAsync(null!); }
                async Task D(IAmazonBedrockRuntime c, string[] t) { foreach (var x in ) { await c.ConverseAsync(new()).ConfigureAwait(; } }
                async Task E(IAmazonBedrockRuntime c, string[] t) { await Parallel.ForEachAsync(t, async (x, ct) => await c.ConverseAsync(
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.All.EqualTo("GA4006"));
        });
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = PerIterationVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = Usings + """
            class C
            {
                async Task M(IAmazonBedrockRuntime client, string[] tickets)
                {
                    foreach (var ticket in tickets)
                    {
            #pragma warning disable GA4006 // Each answer is shown to an agent as soon as it arrives.
                        await client.ConverseAsync(new ConverseRequest());
            #pragma warning restore GA4006
                        await client.{|GA4006:InvokeModelAsync|}(new InvokeModelRequest());
                    }
                }
            }
            """;
        return test.RunAsync();
    }
}
