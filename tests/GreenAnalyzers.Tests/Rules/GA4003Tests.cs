namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA4003 Reuse the InferenceSession across calls: created, run once and disposed within one call.</summary>
public sealed class GA4003Tests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using Microsoft.ML.OnnxRuntime;

        """;

    // ---------------------------------------------------------------- flagged

    [Test]
    public Task EveryDisposalFormIsFlagged() => OnnxSessionVerifier.AnalyzerAsync(Usings + """
        class Scorer
        {
            private readonly string _path;
            public Scorer(string path) => _path = path;

            public float UsingDeclaration(IReadOnlyCollection<NamedOnnxValue> inputs)
            {
                using var session = {|GA4003:new InferenceSession(_path)|};
                using var results = session.Run(inputs);
                return results.First().AsTensor<float>()[0];
            }

            public float UsingStatement(IReadOnlyCollection<NamedOnnxValue> inputs)
            {
                using (var session = {|GA4003:new InferenceSession(_path, new SessionOptions())|})
                {
                    return session.Run(inputs).First().AsTensor<float>()[0];
                }
            }

            public void ExplicitDispose(IReadOnlyCollection<NamedOnnxValue> inputs)
            {
                var session = {|GA4003:new InferenceSession(_path)|};
                Console.WriteLine(session.InputMetadata.Count);
                session.Run(inputs);
                session.Dispose();
            }

            public Func<IReadOnlyCollection<NamedOnnxValue>, int> Handler() => inputs =>
            {
                using var session = {|GA4003:new InferenceSession(_path)|};
                return session.Run(inputs).Count;
            };

            public int LocalFunction(IReadOnlyCollection<NamedOnnxValue> inputs)
            {
                return Score();
                int Score()
                {
                    using var session = {|GA4003:new InferenceSession(_path)|};
                    return session.Run(inputs).Count;
                }
            }
        }
        """);

    // ---------------------------------------------------------------- not flagged

    [Test]
    public Task LongLivedSessionsAreNotFlagged() => OnnxSessionVerifier.AnalyzerAsync(Usings + """
        class Scorer : IDisposable
        {
            private static readonly InferenceSession Shared = new InferenceSession(Paths.Model);
            private static readonly Lazy<InferenceSession> LazySession = new(() => new InferenceSession(Paths.Model));
            private readonly InferenceSession _session;
            private InferenceSession? _cached;

            static Scorer() { using var warmup = new InferenceSession(Paths.Model); warmup.Run(Array.Empty<NamedOnnxValue>()); }
            public Scorer() { _session = new InferenceSession(Paths.Model); }
            public Scorer(bool warm) : this() { using var probe = new InferenceSession(Paths.Model); probe.Run(Array.Empty<NamedOnnxValue>()); }

            public static InferenceSession Factory() => new InferenceSession(Paths.Model);
            public static InferenceSession FactoryWithLocal() { var session = new InferenceSession(Paths.Model); return session; }
            public InferenceSession Cached() => _cached ??= new InferenceSession(Paths.Model);
            public void Store() { var session = new InferenceSession(Paths.Model); _cached = session; }

            public int Register(Func<Func<InferenceSession>, int> addSingleton) => addSingleton(() => new InferenceSession(Paths.Model));

            public int ManyRunsPerSession(IEnumerable<IReadOnlyCollection<NamedOnnxValue>> batch)
            {
                using var session = new InferenceSession(Paths.Model);
                var count = 0;
                foreach (var inputs in batch)
                {
                    count += session.Run(inputs).Count;
                }

                return count;
            }

            public void NeverRun() { using var session = new InferenceSession(Paths.Model); Console.WriteLine(session.OutputNames.Count); }

            public void HandedToAHelper(IReadOnlyCollection<NamedOnnxValue> inputs)
            {
                using var session = new InferenceSession(Paths.Model);
                Helper.Score(session, inputs);
            }

            public Task<int> CapturedByATask(IReadOnlyCollection<NamedOnnxValue> inputs)
            {
                var session = new InferenceSession(Paths.Model);
                return Task.Run(() => { using (session) { return session.Run(inputs).Count; } });
            }

            public void Dispose() => _session.Dispose();
        }

        static class Paths { public const string Model = "models/triage.int8.onnx"; }
        static class Helper { public static void Score(InferenceSession session, IReadOnlyCollection<NamedOnnxValue> inputs) => session.Run(inputs); }
        """);

    [Test]
    public Task TheEntryPointRunsOnce()
    {
        var test = OnnxSessionVerifier.Create();
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestCode = Usings + """
            static class Program
            {
                static void Main()
                {
                    using var session = new InferenceSession("models/triage.int8.onnx");
                    session.Run(Array.Empty<NamedOnnxValue>());
                }
            }
            """;
        return test.RunAsync();
    }

    [Test]
    public Task TopLevelStatementsRunOnce()
    {
        var test = OnnxSessionVerifier.Create();
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestCode = """
            using System;
            using Microsoft.ML.OnnxRuntime;
            using var session = new InferenceSession("models/triage.int8.onnx");
            session.Run(Array.Empty<NamedOnnxValue>());
            """;
        return test.RunAsync();
    }

    // ---------------------------------------------------------------- message, robustness, suppression

    [Test]
    public async Task MessageNamesTheMethod()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.OnnxSessionAnalyzer(), Usings + """
            class Scorer
            {
                public int Score(IReadOnlyCollection<NamedOnnxValue> inputs)
                {
                    using var session = new InferenceSession("models/triage.int8.onnx");
                    return session.Run(inputs).Count;
                }
            }
            """);

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
                "'Score' creates an InferenceSession, runs it and disposes it on every call, so each call loads and optimizes the model again; "
                + "keep one session (a field, a singleton or Lazy<InferenceSession>) and reuse it"));
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Info));
        });
    }

    [Test]
    public async Task ASessionRunAndNeverDisposedIsAReloadAndALeak()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.OnnxSessionAnalyzer(), Usings + """
            class Scorer
            {
                public int Score(IReadOnlyCollection<NamedOnnxValue> inputs)
                {
                    var session = new InferenceSession("models/triage.int8.onnx");
                    return session.Run(inputs).Count;
                }

                public int Inline(IReadOnlyCollection<NamedOnnxValue> inputs) => new InferenceSession("models/triage.int8.onnx").Run(inputs).Count;

                public InferenceSession Returned() { var session = new InferenceSession("m.int8.onnx"); return session; }
                public void Stored(List<InferenceSession> cache, IReadOnlyCollection<NamedOnnxValue> inputs)
                {
                    var session = new InferenceSession("m.int8.onnx");
                    session.Run(inputs);
                    cache.Add(session);
                }
            }
            """);

        var messages = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(messages, Is.EqualTo(new[]
            {
                "'Score' creates an InferenceSession, runs it and never disposes it on every call, so each call loads and optimizes the model again, "
                + "and leaks its native memory (model, buffers) until a finalizer runs; keep one session (a field, a singleton or Lazy<InferenceSession>) and reuse it",
                "'Inline' creates an InferenceSession, runs it and never disposes it on every call, so each call loads and optimizes the model again, "
                + "and leaks its native memory (model, buffers) until a finalizer runs; keep one session (a field, a singleton or Lazy<InferenceSession>) and reuse it",
            }));
            Assert.That(result.Diagnostics.Select(d => d.Properties["disposed"]), Is.All.EqualTo("false"));
            Assert.That(result.AnalyzerExceptions, Is.Empty);
        });
    }

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.OnnxSessionAnalyzer(), Usings + """
            class Scorer
            {
                int A() { using var session = new InferenceSession(; return session.Run().Count; }
                int B() { using var = new InferenceSession("x.int8.onnx"); session.Run(; }
                int D() { var session = new InferenceSession("x.int8.onnx") session.Run(null!); session.Dispose(
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
        });
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = OnnxSessionVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = Usings + """
            class Scorer
            {
            #pragma warning disable GA4003 // Called once a night by the scheduler.
                int A(IReadOnlyCollection<NamedOnnxValue> inputs) { using var s = new InferenceSession("m.int8.onnx"); return s.Run(inputs).Count; }
            #pragma warning restore GA4003
                int B(IReadOnlyCollection<NamedOnnxValue> inputs) { using var s = {|GA4003:new InferenceSession("m.int8.onnx")|}; return s.Run(inputs).Count; }
            }
            """;
        return test.RunAsync();
    }
}
