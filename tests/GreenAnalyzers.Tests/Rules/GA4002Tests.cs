namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA4002 Create the session or client once, not per iteration; the fix hoists the declaration above the loop.</summary>
public sealed class GA4002Tests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Amazon.BedrockRuntime;
        using Amazon.BedrockRuntime.Model;
        using Amazon.SageMakerRuntime;
        using Microsoft.ML.OnnxRuntime;

        """;

    // ---------------------------------------------------------------- flagged, with the hoisting fix

    [Test]
    public Task SessionInAForeachIsHoisted_WithItsCommentAndUsing() => PerIterationVerifier.CodeFixAsync(Usings + """
        class Scorer
        {
            int Score(IEnumerable<IReadOnlyCollection<NamedOnnxValue>> batch, string path)
            {
                var total = 0;
                foreach (var inputs in batch)
                {
                    // one session per model file
                    using var session = {|GA4002:new InferenceSession(path, new SessionOptions { IntraOpNumThreads = 2 })|};
                    total += session.Run(inputs).Count;
                }

                return total;
            }
        }
        """, Usings + """
        class Scorer
        {
            int Score(IEnumerable<IReadOnlyCollection<NamedOnnxValue>> batch, string path)
            {
                var total = 0;
                // one session per model file
                using var session = new InferenceSession(path, new SessionOptions { IntraOpNumThreads = 2 });
                foreach (var inputs in batch)
                {
                    total += session.Run(inputs).Count;
                }

                return total;
            }
        }
        """);

    [Test]
    public Task TopLevelStatementsAreHoistedToATopLevelStatement()
    {
        // Program.cs as `dotnet new console` creates it: the loop is a top-level statement, not in a block.
        var test = PerIterationVerifier.Create();
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestCode = Usings + """
            var tickets = new List<string> { "a", "b" };
            var tags = new List<string>();
            foreach (var ticket in tickets)
            {
                // the Region comes from the environment
                using var client = {|GA4002:new AmazonBedrockRuntimeClient()|};
                var response = await client.ConverseAsync(new ConverseRequest { ModelId = "amazon.nova-micro-v1:0" });
                tags.Add(response.StopReason?.Value ?? ticket);
            }

            Console.WriteLine(tags.Count);
            """;
        test.FixedState.OutputKind = OutputKind.ConsoleApplication;
        test.FixedCode = Usings + """
            var tickets = new List<string> { "a", "b" };
            var tags = new List<string>();
            // the Region comes from the environment
            using var client = new AmazonBedrockRuntimeClient();
            foreach (var ticket in tickets)
            {
                var response = await client.ConverseAsync(new ConverseRequest { ModelId = "amazon.nova-micro-v1:0" });
                tags.Add(response.StopReason?.Value ?? ticket);
            }

            Console.WriteLine(tags.Count);
            """;
        return test.RunAsync();
    }

    [Test]
    public Task TopLevelStatements_NoFixWhenAnotherTopLevelStatementUsesTheName()
    {
        // Every top-level statement of the file shares one scope: a later 'client' would clash with the hoisted one.
        const string Source = Usings + """
            var tickets = new List<string> { "a", "b" };
            foreach (var ticket in tickets)
            {
                using var client = {|GA4002:new AmazonBedrockRuntimeClient()|};
                await client.ConverseAsync(new ConverseRequest { ModelId = ticket });
            }

            for (var i = 0; i < 2; i++)
            {
                var client = i;
                Console.WriteLine(client);
            }
            """;
        var test = PerIterationVerifier.Create();
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestCode = Source;
        test.FixedState.OutputKind = OutputKind.ConsoleApplication;
        test.FixedCode = Source;
        return test.RunAsync();
    }

    [TestCase("for (var i = 0; i < tickets.Count; i++)")]
    [TestCase("while (tickets.Count > 0)")]
    [TestCase("foreach (var ticket in tickets)")]
    public Task EveryLoopKindHoistsTheClient(string loop) => PerIterationVerifier.CodeFixAsync(Usings + $$"""
        class Drafter
        {
            async Task Draft(List<string> tickets)
            {
                {{loop}}
                {
                    var client = {|GA4002:new AmazonBedrockRuntimeClient()|};
                    await client.ConverseStreamAsync(new ConverseStreamRequest());
                    tickets.RemoveAt(0);
                }
            }
        }
        """, Usings + $$"""
        class Drafter
        {
            async Task Draft(List<string> tickets)
            {
                var client = new AmazonBedrockRuntimeClient();
                {{loop}}
                {
                    await client.ConverseStreamAsync(new ConverseStreamRequest());
                    tickets.RemoveAt(0);
                }
            }
        }
        """);

    [Test]
    public Task DoAndAwaitForeachAndNestedLoopsHoistToTheOutermostLoopTheyCanLeave()
    {
        var test = PerIterationVerifier.Create();
        test.TestCode = Usings + """
        class Drafter
        {
            async Task Draft(IAsyncEnumerable<string> tickets, string[][] pages)
            {
                await foreach (var ticket in tickets)
                {
                    do
                    {
                        var runtime = {|GA4002:new AmazonSageMakerRuntimeClient()|};
                        runtime.Dispose();
                    }
                    while (ticket.Length > 100);
                }

                foreach (var page in pages)
                {
                    foreach (var line in page)
                    {
                        using var session = {|GA4002:new InferenceSession(page[0])|}; // one per page: still flagged, no further move
                        Console.WriteLine(session.InputNames.Count + line.Length);
                    }
                }
            }
        }
        """;
        test.FixedCode = Usings + """
        class Drafter
        {
            async Task Draft(IAsyncEnumerable<string> tickets, string[][] pages)
            {
                var runtime = new AmazonSageMakerRuntimeClient();
                await foreach (var ticket in tickets)
                {
                    do
                    {
                        runtime.Dispose();
                    }
                    while (ticket.Length > 100);
                }

                foreach (var page in pages)
                {
                    using var session = new InferenceSession(page[0]); // one per page: still flagged, no further move
                    foreach (var line in page)
                    {
                        Console.WriteLine(session.InputNames.Count + line.Length);
                    }
                }
            }
        }
        """;
        // still created once per page (it reads the page): flagged, and no further move
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("GA4002", DiagnosticSeverity.Warning).WithSpan(25, 33, 25, 62));
        return test.RunAsync();
    }

    [Test]
    public Task ParallelForEachBodiesAreLoopBodies() => PerIterationVerifier.CodeFixAsync(Usings + """
        class Scorer
        {
            void Score(IEnumerable<IReadOnlyCollection<NamedOnnxValue>> batch)
            {
                Parallel.ForEach(batch, inputs =>
                {
                    using var session = {|GA4002:new InferenceSession("models/triage.int8.onnx")|};
                    session.Run(inputs);
                });
            }

            async Task ScoreAsync(IEnumerable<string> tickets)
            {
                await Parallel.ForEachAsync(tickets, async (ticket, token) =>
                {
                    var client = {|GA4002:new AmazonBedrockRuntimeClient()|};
                    await client.ConverseStreamAsync(new ConverseStreamRequest(), token);
                });
            }
        }
        """, Usings + """
        class Scorer
        {
            void Score(IEnumerable<IReadOnlyCollection<NamedOnnxValue>> batch)
            {
                using var session = new InferenceSession("models/triage.int8.onnx");
                Parallel.ForEach(batch, inputs =>
                {
                    session.Run(inputs);
                });
            }

            async Task ScoreAsync(IEnumerable<string> tickets)
            {
                var client = new AmazonBedrockRuntimeClient();
                await Parallel.ForEachAsync(tickets, async (ticket, token) =>
                {
                    await client.ConverseStreamAsync(new ConverseStreamRequest(), token);
                });
            }
        }
        """);

    // ---------------------------------------------------------------- flagged, no fix

    [Test]
    public Task NoFixWhenTheCreationReadsTheLoop_OrTheNameIsTaken_OrTheFormCannotMove()
    {
        const string Source = Usings + """
            class Scorer
            {
                void Score(string[] paths, IReadOnlyCollection<NamedOnnxValue> inputs)
                {
                    foreach (var path in paths)
                    {
                        using var session = {|GA4002:new InferenceSession(path)|};
                        session.Run(inputs);
                    }

                    var options = new SessionOptions();
                    for (var i = 0; i < paths.Length; i++)
                    {
                        options = new SessionOptions();
                        using var session = {|GA4002:new InferenceSession("m.int8.onnx", options)|};
                        session.Run(inputs);
                    }

                    foreach (var path in paths)
                    {
                        using (var session = {|GA4002:new InferenceSession("m.int8.onnx")|})
                        {
                            session.Run(inputs);
                        }

                        if (path.Length > 3)
                        {
                            var client = {|GA4002:new AmazonBedrockRuntimeClient()|};
                            client.Dispose();
                        }

                        {|GA4002:new AmazonBedrockRuntimeClient()|}.Dispose();
                    }

                    if (paths.Length > 0)
                        while (true)
                        {
                            var client3 = {|GA4002:new AmazonBedrockRuntimeClient()|};
                            client3.Dispose();
                            break;
                        }
                }
            }
            """;
        return PerIterationVerifier.CodeFixAsync(Source, Source);
    }

    /// <summary>Two creations hoisted into one block: the names declared there are gathered once, and each creation's own
    /// declaration does not block it.</summary>
    [Test]
    public Task TwoLoopsOfOneBlockEachHoistTheirOwnName() => PerIterationVerifier.CodeFixAsync(Usings + """
        class Scorer
        {
            void Score(string[] paths, IReadOnlyCollection<NamedOnnxValue> inputs)
            {
                foreach (var path in paths)
                {
                    using var session = {|GA4002:new InferenceSession("m.int8.onnx")|};
                    session.Run(inputs);
                }

                foreach (var path in paths)
                {
                    var client = {|GA4002:new AmazonBedrockRuntimeClient()|};
                    client.Dispose();
                }
            }
        }
        """, Usings + """
        class Scorer
        {
            void Score(string[] paths, IReadOnlyCollection<NamedOnnxValue> inputs)
            {
                using var session = new InferenceSession("m.int8.onnx");
                foreach (var path in paths)
                {
                    session.Run(inputs);
                }

                var client = new AmazonBedrockRuntimeClient();
                foreach (var path in paths)
                {
                    client.Dispose();
                }
            }
        }
        """);

    [Test]
    public Task ANameUsedLaterInTheBlockBlocksTheMove()
    {
        const string Source = Usings + """
            class Scorer
            {
                void Score(string[] tickets)
                {
                    foreach (var ticket in tickets)
                    {
                        var client = {|GA4002:new AmazonBedrockRuntimeClient()|};
                        client.Dispose();
                    }

                    foreach (var ticket in tickets)
                    {
                        var client = ticket.Length;
                        Console.WriteLine(client);
                    }
                }
            }
            """;
        return PerIterationVerifier.CodeFixAsync(Source, Source);
    }

    /// <summary>A name written with a Unicode escape, or with a formatting character (which the name leaves out), is the
    /// same name: it blocks the move like any other spelling.</summary>
    [TestCase("\\u0063lient")]
    [TestCase("cli\u200Bent")]
    public Task ANameSpelledOtherwiseBlocksTheMove(string spelling)
    {
        var source = Usings + $$"""
            class Scorer
            {
                void Score(string[] tickets)
                {
                    foreach (var ticket in tickets)
                    {
                        var client = {|GA4002:new AmazonBedrockRuntimeClient()|};
                        client.Dispose();
                    }

                    foreach (var ticket in tickets)
                    {
                        var {{spelling}} = ticket.Length;
                        Console.WriteLine(client);
                    }
                }
            }
            """;
        return PerIterationVerifier.CodeFixAsync(source, source);
    }

    // ---------------------------------------------------------------- not flagged

    [Test]
    public Task CodeThatRunsLaterOrOnceIsNotPerIteration() => PerIterationVerifier.AnalyzerAsync(Usings + """
        class Scorer
        {
            private readonly List<InferenceSession> _sessions = new();
            private readonly Dictionary<string, InferenceSession> _byName = new();

            void Load(string[] paths)
            {
                foreach (var path in paths)
                {
                    _sessions.Add(new InferenceSession(path));           // kept: one session per model file
                    _byName[path] = new InferenceSession(path);
                    var session = new InferenceSession(path);
                    _sessions.Add(session);
                }
            }

            List<Func<IAmazonBedrockRuntime>> Factories(int count)
            {
                var factories = new List<Func<IAmazonBedrockRuntime>>();
                for (var i = 0; i < count; i++)
                {
                    factories.Add(() => new AmazonBedrockRuntimeClient());   // built in the loop, runs later
                    factories.Add(delegate { return new AmazonBedrockRuntimeClient(); });
                }

                return factories;
            }

            void LocalFunctions(string[] tickets)
            {
                foreach (var ticket in tickets)
                {
                    Console.WriteLine(Make().ToString() + ticket);
                }

                static AmazonBedrockRuntimeClient Make() => new AmazonBedrockRuntimeClient();
            }

            void Once(string[] tickets, IReadOnlyCollection<NamedOnnxValue> inputs)
            {
                using var session = new InferenceSession("m.int8.onnx");
                var client = new AmazonBedrockRuntimeClient();
                foreach (var ticket in new AmazonBedrockRuntimeClient().ToString()!)
                {
                    session.Run(inputs);
                }

                for (var client2 = new AmazonBedrockRuntimeClient(); client2 is null;)
                {
                }
            }

            IEnumerable<InferenceSession> Yielded(string[] paths)
            {
                foreach (var path in paths)
                {
                    yield return new InferenceSession(path);
                }
            }

            void Tasks(string[] tickets)
            {
                var work = tickets.Select(ticket => Task.Run(() => new AmazonBedrockRuntimeClient().Dispose())).ToList();
                Task.WaitAll(work.ToArray());
            }
        }
        """);

    [Test]
    public Task AUsingDeclarationInALoopIsFlaggedEvenWhenPassedToAHelper() => PerIterationVerifier.AnalyzerAsync(Usings + """
        class Pipeline
        {
            void Score(string[] paths, IReadOnlyCollection<NamedOnnxValue> inputs, List<InferenceSession> kept)
            {
                foreach (var path in paths)
                {
                    // Disposed when the iteration ends: the helper cannot keep it.
                    using var session = {|GA4002:new InferenceSession(path)|};
                    Helper.Run(session, inputs);
                }

                foreach (var path in paths)
                {
                    using (var session = {|GA4002:new InferenceSession(path)|})
                    {
                        Helper.Run(session, inputs);
                    }
                }

                foreach (var path in paths)
                {
                    var session = new InferenceSession(path); // not a using: the helper may keep it
                    Helper.Run(session, inputs);
                    kept.Add(session);
                }
            }
        }
        static class Helper { public static void Run(InferenceSession session, IReadOnlyCollection<NamedOnnxValue> inputs) => session.Run(inputs); }
        """);

    // ---------------------------------------------------------------- message, robustness, suppression

    [Test]
    public async Task MessageSaysWhyPerType()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.PerIterationAnalyzer(), Usings + """
            class C
            {
                void M(string[] items)
                {
                    foreach (var item in items)
                    {
                        using var session = new InferenceSession("m.int8.onnx");
                        using var client = new AmazonBedrockRuntimeClient();
                        using var anthropic = new Anthropic.Bedrock.AnthropicBedrockClient(null!);
                    }
                }
            }
            """);

        var diagnostics = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[]
            {
                "InferenceSession is created on every iteration of this loop (each new session loads the model and optimizes its graph again); create it once before the loop and reuse it",
                "AmazonBedrockRuntimeClient is created on every iteration of this loop (AWS SDK clients are thread-safe and relatively expensive to construct); create it once before the loop and reuse it",
                "AnthropicBedrockClient is created on every iteration of this loop (each client sets up its own credentials and HTTP connections); create it once before the loop and reuse it",
            }));
            Assert.That(diagnostics.Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(diagnostics[0].Properties["created_type"], Is.EqualTo("InferenceSession"));
        });
    }

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.PerIterationAnalyzer(), Usings + """
            class C
            {
                void A(string[] items) { foreach (var item in ) { var c = new AmazonBedrockRuntimeClient(; } }
                void B(string[] items) { for (;;) { using var s = new InferenceSession(item); } }
                void D(string[] items) { while () var c = new AmazonBedrockRuntimeClient(); }
                void E(string[] items) { Parallel.ForEach(items, item => { var c = new AmazonBedrockRuntimeClient() }); }
                void F(string[] items) { foreach (var item in items) { var = new AmazonBedrockRuntimeClient(); }
                void G(string[] items) { foreach (var item in items) { using var = new AmazonBedrockRuntimeClient(); } }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.All.EqualTo("GA4002"));
        });
    }

    [Test]
    public Task GeneratedCodeIsNotAnalyzed()
    {
        var test = PerIterationVerifier.Create();
        test.TestState.Sources.Add(("/Loop.g.cs", """
            class G { void M(string[] items) { foreach (var i in items) { new Amazon.BedrockRuntime.AmazonBedrockRuntimeClient().Dispose(); } } }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = PerIterationVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = Usings + """
            class C
            {
                void M(string[] regions)
                {
                    foreach (var region in regions)
                    {
            #pragma warning disable GA4002 // One client per Region is the point.
                        using var perRegion = new AmazonBedrockRuntimeClient(Amazon.RegionEndpoint.GetBySystemName(region));
            #pragma warning restore GA4002
                        using var flagged = {|GA4002:new AmazonBedrockRuntimeClient()|};
                    }
                }
            }
            """;
        return test.RunAsync();
    }

    /// <summary>The fix scripts are kept per compilation by what they hold (issue 21): two created types in one file, whose
    /// hoisting edits are alike, still each carry their own type and fix title.</summary>
    [Test]
    public async Task TwoCreatedTypesInOneFileCarryTheirOwnProperties()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.PerIterationAnalyzer(), Usings + """
            class C
            {
                int Score(IEnumerable<IReadOnlyCollection<NamedOnnxValue>> batch, string path)
                {
                    var total = 0;
                    foreach (var inputs in batch)
                    {
                        using var session = new InferenceSession(path);
                        total += session.Run(inputs).Count;
                    }

                    return total;
                }

                async Task Ask(IEnumerable<string> questions)
                {
                    foreach (var question in questions)
                    {
                        using var client = new AmazonBedrockRuntimeClient();
                        await client.ConverseAsync(new ConverseRequest { ModelId = "amazon.nova-micro-v1:0" });
                    }
                }
            }
            """);

        var findings = result.Diagnostics.Where(d => d.Id == "GA4002").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(findings.Select(d => d.Properties["created_type"]), Is.EqualTo(new[] { "InferenceSession", "AmazonBedrockRuntimeClient" }));
            Assert.That(
                findings.Select(d => d.Properties["fix_title"]),
                Is.EqualTo(new[] { "Create the InferenceSession once, before the loop", "Create the AmazonBedrockRuntimeClient once, before the loop" }));
            Assert.That(findings.Select(d => d.Properties.ContainsKey("edit.0.kind")), Is.EqualTo(new[] { true, true }));
        });
    }
}
