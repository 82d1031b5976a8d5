namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA5003 Profile training jobs: no ProfilerConfig, or DisableProfiler = true.</summary>
public sealed class GA5003Tests
{
    private const string Head = """
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        """;

    [Test]
    public Task AddsAProfilerConfig() => TrainingJobVerifier.CodeFixAsync(Head + """

        class C
        {
            Task M(IAmazonSageMaker s) => s.CreateTrainingJobAsync({|GA5003:new CreateTrainingJobRequest|} { TrainingJobName = "x", EnableManagedSpotTraining = true, StoppingCondition = new() { MaxWaitTimeInSeconds = 86400 } });
        }
        """, Head + """

        class C
        {
            Task M(IAmazonSageMaker s) => s.CreateTrainingJobAsync(new CreateTrainingJobRequest { TrainingJobName = "x", EnableManagedSpotTraining = true, StoppingCondition = new() { MaxWaitTimeInSeconds = 86400 }, ProfilerConfig = new ProfilerConfig { ProfilingIntervalInMilliseconds = 500 } });
        }
        """);

    [Test]
    public Task RemovesTheDisable_InAnInitializer() => TrainingJobVerifier.CodeFixAsync(Head + """

        class C
        {
            async Task M(IAmazonSageMaker s)
            {
                var request = {|GA5003:new CreateTrainingJobRequest|}
                {
                    EnableManagedSpotTraining = true,
                    StoppingCondition = new StoppingCondition { MaxWaitTimeInSeconds = 86400 },
                    ProfilerConfig = new ProfilerConfig
                    {
                        S3OutputPath = "s3://team-profiles/", // kept for the dashboards
                        DisableProfiler = true,
                    },
                };
                await s.CreateTrainingJobAsync(request);
            }
        }
        """, Head + """

        class C
        {
            async Task M(IAmazonSageMaker s)
            {
                var request = new CreateTrainingJobRequest
                {
                    EnableManagedSpotTraining = true,
                    StoppingCondition = new StoppingCondition { MaxWaitTimeInSeconds = 86400 },
                    ProfilerConfig = new ProfilerConfig
                    {
                        S3OutputPath = "s3://team-profiles/", // kept for the dashboards
                    },
                };
                await s.CreateTrainingJobAsync(request);
            }
        }
        """);

    [Test]
    public Task RemovesTheDisable_InALaterStatement() => TrainingJobVerifier.CodeFixAsync(Head + """

        class C
        {
            async Task M(IAmazonSageMaker s)
            {
                var request = {|GA5003:new CreateTrainingJobRequest|} { EnableManagedSpotTraining = true, StoppingCondition = new() { MaxWaitTimeInSeconds = 86400 }, ProfilerConfig = new ProfilerConfig() };
                request.ProfilerConfig.DisableProfiler = true;
                await s.CreateTrainingJobAsync(request);
            }
        }
        """, Head + """

        class C
        {
            async Task M(IAmazonSageMaker s)
            {
                var request = new CreateTrainingJobRequest { EnableManagedSpotTraining = true, StoppingCondition = new() { MaxWaitTimeInSeconds = 86400 }, ProfilerConfig = new ProfilerConfig() };
                await s.CreateTrainingJobAsync(request);
            }
        }
        """);

    [Test]
    public Task BothRulesFixTogether() => TrainingJobVerifier.CodeFixAsync(Head + """

        class C
        {
            Task M(IAmazonSageMaker s) => s.CreateTrainingJobAsync({|GA2002:{|GA5003:new CreateTrainingJobRequest()|}|});
        }
        """, Head + """

        class C
        {
            Task M(IAmazonSageMaker s) => s.CreateTrainingJobAsync(new CreateTrainingJobRequest() { EnableManagedSpotTraining = true, StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 86400, MaxWaitTimeInSeconds = 86400 }, ProfilerConfig = new ProfilerConfig { ProfilingIntervalInMilliseconds = 500 } });
        }
        """);

    [TestCase("ProfilerConfig = new ProfilerConfig { DisableProfiler = false }")]
    [TestCase("ProfilerConfig = new ProfilerConfig()")]
    [TestCase("ProfilerConfig = Shared.Profiler")]
    public Task NotFlagged(string member) => TrainingJobVerifier.AnalyzerAsync(Head + $$"""

        class C
        {
            Task M(IAmazonSageMaker s) => s.CreateTrainingJobAsync(new CreateTrainingJobRequest { EnableManagedSpotTraining = true, StoppingCondition = new() { MaxWaitTimeInSeconds = 9 }, {{member}} });
        }
        static class Shared { public static ProfilerConfig Profiler => new() { DisableProfiler = true }; }
        """);

    [Test]
    public Task AnExplicitDisableIsFlaggedEvenWhenTheRequestIsReturnedOrPassedOn() => TrainingJobVerifier.AnalyzerAsync(Head + """

        class Jobs
        {
            // Returned or handed to a helper: a missing ProfilerConfig may be added there, an explicit switch-off is not undone.
            CreateTrainingJobRequest Build() => {|GA5003:new CreateTrainingJobRequest|} { ProfilerConfig = new ProfilerConfig { DisableProfiler = true } };
            CreateTrainingJobRequest Missing() => new CreateTrainingJobRequest { TrainingJobName = "completed-elsewhere" };
            void Submit()
            {
                var request = {|GA5003:new CreateTrainingJobRequest|} { TrainingJobName = "nightly" };
                request.ProfilerConfig = new ProfilerConfig { DisableProfiler = true };
                Enqueue(request);
            }
            static void Enqueue(CreateTrainingJobRequest request) { }
        }
        """);

    [Test]
    public async Task MessagesAndSeverity()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.TrainingJobAnalyzer(), Head + """

            class C
            {
                Task A(IAmazonSageMaker s) => s.CreateTrainingJobAsync(new CreateTrainingJobRequest { EnableManagedSpotTraining = true, StoppingCondition = new() { MaxWaitTimeInSeconds = 9 } });
                Task B(IAmazonSageMaker s) => s.CreateTrainingJobAsync(new CreateTrainingJobRequest { EnableManagedSpotTraining = true, StoppingCondition = new() { MaxWaitTimeInSeconds = 9 }, ProfilerConfig = new() { DisableProfiler = true } });
            }
            """);
        var messages = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(messages[0], Does.StartWith("CreateTrainingJobRequest has no ProfilerConfig: without the profiler, idle accelerators"));
            Assert.That(messages[1], Does.StartWith("CreateTrainingJobRequest switches the profiler off:"));
            Assert.That(result.Diagnostics.Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Info));
        });
    }

    [Test]
    public Task GeneratedCodeAndPragma()
    {
        var test = TrainingJobVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        var body = """

            class C
            {
            #pragma warning disable GA5003, GA2002 // Short smoke-test job.
                Task M(IAmazonSageMaker s) => s.CreateTrainingJobAsync(new CreateTrainingJobRequest());
            #pragma warning restore GA5003, GA2002
            }
            """;
        test.TestCode = Head + body;
        test.TestState.Sources.Add(("/Jobs.designer.cs", Head + "\nclass G { Task M(IAmazonSageMaker s) => s.CreateTrainingJobAsync(new CreateTrainingJobRequest()); }"));
        return test.RunAsync();
    }

    /// <summary>The fix scripts are kept per compilation by what they hold (issue 21): in one compilation, a request that
    /// switches the profiler off and one without a ProfilerConfig each carry their own script and title.</summary>
    [Test]
    public async Task EachFixInOneCompilationCarriesItsOwnScript()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.TrainingJobAnalyzer(), Head + """

            class C
            {
                Task A(IAmazonSageMaker s) => s.CreateTrainingJobAsync(new CreateTrainingJobRequest { EnableManagedSpotTraining = true, StoppingCondition = new() { MaxWaitTimeInSeconds = 9 }, ProfilerConfig = new() { DisableProfiler = true } });
                Task B(IAmazonSageMaker s) => s.CreateTrainingJobAsync(new CreateTrainingJobRequest { EnableManagedSpotTraining = true, StoppingCondition = new() { MaxWaitTimeInSeconds = 9 } });
                Task D(IAmazonSageMaker s) => s.CreateTrainingJobAsync(new CreateTrainingJobRequest { EnableManagedSpotTraining = true, StoppingCondition = new() { MaxWaitTimeInSeconds = 9 }, ProfilerConfig = new() { DisableProfiler = true } });
            }
            """);

        var findings = result.Diagnostics.Where(d => d.Id == "GA5003").OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(
                findings.Select(d => d.Properties["fix_title"]),
                Is.EqualTo(new[] { "Remove DisableProfiler = true", "Add a ProfilerConfig (500 ms interval)", "Remove DisableProfiler = true" }));
            Assert.That(findings.Select(d => d.Properties["edit.0.kind"]), Is.EqualTo(new[] { "remove", "append", "remove" }));
            Assert.That(findings[1].Properties["edit.0.member"], Is.EqualTo("ProfilerConfig"));
            Assert.That(findings[0].Properties, Is.EquivalentTo(findings[2].Properties));
        });
    }
}
