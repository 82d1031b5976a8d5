namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA2002 Use managed spot training: the fix also leaves a valid StoppingCondition (MaxWait ≥ MaxRuntime).</summary>
public sealed class GA2002Tests
{
    // Every snippet also has a ProfilerConfig, so only GA2002 speaks.
    private static string Job(string members, string extra = "") => $$"""
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class C
        {
            const int OneHour = 3600;
            async Task M(IAmazonSageMaker sageMaker, int hours)
            {
                var request = {|GA2002:new CreateTrainingJobRequest|}
                {
                    TrainingJobName = "nightly",
                    ProfilerConfig = new ProfilerConfig(),{{(members.Length == 0 ? "" : "\n" + members)}}
                };{{(extra.Length == 0 ? "" : "\n" + extra)}}
                await sageMaker.CreateTrainingJobAsync(request);
            }
        }
        """;

    private static string Fixed(string members, string extra = "") => Job(members, extra).Replace("{|GA2002:new CreateTrainingJobRequest|}", "new CreateTrainingJobRequest");

    [Test]
    public Task AddsSpotAndAStoppingConditionWhenThereIsNone() => TrainingJobVerifier.CodeFixAsync(
        Job(""),
        Fixed("""
                    EnableManagedSpotTraining = true,
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 86400, MaxWaitTimeInSeconds = 86400 },
        """));

    [Test]
    public Task AddsMaxWaitEqualToAConstantRuntime() => TrainingJobVerifier.CodeFixAsync(
        Job("""
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 7200 }, // two hours is plenty
        """),
        Fixed("""
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 7200, MaxWaitTimeInSeconds = 7200 }, // two hours is plenty
                    EnableManagedSpotTraining = true,
        """));

    [Test]
    public Task RepeatsANamedRuntime() => TrainingJobVerifier.CodeFixAsync(
        Job("""
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = OneHour },
        """),
        Fixed("""
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = OneHour, MaxWaitTimeInSeconds = OneHour },
                    EnableManagedSpotTraining = true,
        """));

    [Test]
    public Task RaisesAWaitBelowTheRuntime_AndTurnsFalseIntoTrue() => TrainingJobVerifier.CodeFixAsync(
        Job("""
                    EnableManagedSpotTraining = false,
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 7200, MaxWaitTimeInSeconds = 3600 },
        """),
        Fixed("""
                    EnableManagedSpotTraining = true,
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 7200, MaxWaitTimeInSeconds = 7200 },
        """));

    [Test]
    public Task StoppingConditionAssignedLater() => TrainingJobVerifier.CodeFixAsync(
        Job("", """
                request.StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 600 };
        """),
        Fixed("""
                    EnableManagedSpotTraining = true,
        """, """
                request.StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 600, MaxWaitTimeInSeconds = 600 };
        """));

    [Test]
    public Task NoFixWhenTheRuntimeCannotBeRepeated() => TrainingJobVerifier.CodeFixAsync(
        Job("""
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = hours * 3600 },
        """),
        Job("""
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = hours * 3600 },
        """));

    [Test]
    public Task NoFixWhenTheConditionIsBuiltElsewhere() => TrainingJobVerifier.CodeFixAsync(
        Job("""
                    StoppingCondition = Limits.Nightly,
        """, "") + "\nstatic class Limits { public static StoppingCondition Nightly => new() { MaxRuntimeInSeconds = 60 }; }",
        Job("""
                    StoppingCondition = Limits.Nightly,
        """, "") + "\nstatic class Limits { public static StoppingCondition Nightly => new() { MaxRuntimeInSeconds = 60 }; }");

    /// <summary>Spot set after construction, through the local that holds the request: switched off is a finding whose fix
    /// edits that statement; from a parameter it is unknown and silent; a ResourceConfig set later changes nothing.</summary>
    [Test]
    public Task SpotSwitchedOffInALaterStatement() => TrainingJobVerifier.CodeFixAsync(
        Job("""
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 600, MaxWaitTimeInSeconds = 600 },
        """, """
                request.ResourceConfig = new ResourceConfig { InstanceCount = 1, InstanceType = TrainingInstanceType.MlM5Xlarge };
                request.EnableManagedSpotTraining = false;
        """),
        Fixed("""
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 600, MaxWaitTimeInSeconds = 600 },
        """, """
                request.ResourceConfig = new ResourceConfig { InstanceCount = 1, InstanceType = TrainingInstanceType.MlM5Xlarge };
                request.EnableManagedSpotTraining = true;
        """));

    [TestCase("request.EnableManagedSpotTraining = true;", TestName = "Spot switched on later")]
    [TestCase("request.EnableManagedSpotTraining = hours > 2;", TestName = "Spot set later from a parameter: unknown")]
    public Task SpotSetLaterIsNotFlagged(string statement) => TrainingJobVerifier.AnalyzerAsync(Fixed("""
                    StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 600, MaxWaitTimeInSeconds = 600 },
        """, "        request.ResourceConfig = new ResourceConfig { InstanceCount = 1 };\n        " + statement));

    [TestCase("EnableManagedSpotTraining = true,")]
    [TestCase("EnableManagedSpotTraining = hours > 2,")]
    public Task NotFlagged(string member) => TrainingJobVerifier.AnalyzerAsync(Fixed($"            {member}"));

    [Test]
    public Task RequestsThatEscapeAreNotJudged() => TrainingJobVerifier.AnalyzerAsync("""
        using Amazon.SageMaker.Model;
        class C
        {
            CreateTrainingJobRequest Build() => new CreateTrainingJobRequest { TrainingJobName = "x", ProfilerConfig = new ProfilerConfig() };
            void Helper() { var r = new CreateTrainingJobRequest { ProfilerConfig = new ProfilerConfig() }; Defaults.Spot(r); }
        }
        static class Defaults { public static void Spot(CreateTrainingJobRequest r) => r.EnableManagedSpotTraining = true; }
        """);

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.TrainingJobAnalyzer(), """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class C
            {
                object A(IAmazonSageMaker s) => s.CreateTrainingJobAsync(new CreateTrainingJobRequest { EnableManagedSpotTraining = , StoppingCondition = new() { MaxWaitTimeInSeconds = "x" } });
                object B(IAmazonSageMaker s) => s.CreateTrainingJobAsync(new CreateTrainingJobRequest { StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = } );
                object D(IAmazonSageMaker s) { var r = new CreateTrainingJobRequest(; r.StoppingCondition. = 1; return s.CreateTrainingJobAsync(r); }
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
        var test = TrainingJobVerifier.Create();
        test.TestState.Sources.Add(("/Jobs.g.cs", Fixed("")));
        return test.RunAsync();
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = TrainingJobVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = "#pragma warning disable GA2002 // Deadline-bound retraining: no interruptions allowed.\n" + Fixed("");
        return test.RunAsync();
    }

    [Test]
    public async Task MessageAndSeverity()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.TrainingJobAnalyzer(), Fixed(""));
        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("GA2002"));
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Info));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.StartWith("CreateTrainingJobRequest does not use managed spot training"));
        });
    }
}
