namespace GreenAnalyzers.Analyzers;

/// <summary>
/// Judges how a SageMaker <c>CreateTrainingJobRequest</c> is built within one method.
/// GA2002: no managed spot training (the fix also makes <c>StoppingCondition.MaxWaitTimeInSeconds</c> valid).
/// GA5003: no profiler, or the profiler switched off.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TrainingJobAnalyzer : GreenAnalyzer
{
    private const string Model = "global::Amazon.SageMaker.Model.";

    /// <summary>SageMaker's MaxRuntimeInSeconds when a request does not set it: one day (API reference, StoppingCondition).</summary>
    private const int DefaultMaxRuntimeInSeconds = 86_400;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.UseManagedSpotTraining, Rules.ProfileTrainingJobs);

    private protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start => ConstructionAction.Register(
            start,
            ImmutableArray.Create("Amazon.SageMaker.Model.CreateTrainingJobRequest"),
            (operationContext, construction) =>
            {
                // A request returned or passed to a helper may be completed there: only what it says explicitly is judged.
                if (!construction.Escapes && UseManagedSpotTraining(construction) is { } spot)
                {
                    operationContext.ReportDiagnostic(spot);
                }

                if (ProfileTrainingJobs(construction) is { } profile)
                {
                    operationContext.ReportDiagnostic(profile);
                }
            },
            includeEscaping: true));
    }

    // ------------------------------------------------------------------ GA2002

    private static Diagnostic? UseManagedSpotTraining(ObjectConstruction construction)
    {
        var spot = construction.Find("EnableManagedSpotTraining");
        if (spot?.Constant is true || (spot is not null && spot.Constant is not false))
        {
            return null; // on, or set from a value the analyzer cannot know
        }

        var edits = new List<(SyntaxNode, string, string)>();
        edits.Add(spot is null
            ? (construction.Creation.Syntax, SyntaxEdit.Append, "EnableManagedSpotTraining = true")
            : (spot.Value.Syntax, SyntaxEdit.Replace, "true"));

        // MaxWaitTimeInSeconds is required with spot training and must be >= MaxRuntimeInSeconds (API reference).
        if (!TryStoppingConditionEdit(construction, out var stopping))
        {
            edits.Clear(); // a StoppingCondition built elsewhere: no fix that could leave the request invalid
        }
        else if (stopping is { } edit)
        {
            edits.Add(edit);
        }

        return SyntaxEdit.Create(
            Rules.UseManagedSpotTraining,
            construction.HeadLocation,
            edits,
            "Use managed spot training (and a MaxWaitTimeInSeconds no smaller than MaxRuntimeInSeconds)",
            ImmutableDictionary.CreateBuilder<string, string?>(),
            construction.Creation.Type!.Name);
    }

    /// <summary>The edit that leaves a valid stopping condition for spot training (null when it already is one).
    /// False when the condition is built elsewhere or from values that cannot be repeated safely.</summary>
    private static bool TryStoppingConditionEdit(ObjectConstruction construction, out (SyntaxNode, string, string)? edit)
    {
        edit = null;
        var condition = construction.Find("StoppingCondition");
        var maxRuntime = construction.Find("StoppingCondition", "MaxRuntimeInSeconds");
        var maxWait = construction.Find("StoppingCondition", "MaxWaitTimeInSeconds");
        if (condition is null)
        {
            if (construction.Touches("StoppingCondition"))
            {
                return false;
            }

            edit = (construction.Creation.Syntax, SyntaxEdit.Append,
                $"StoppingCondition = new {Model}StoppingCondition {{ MaxRuntimeInSeconds = {DefaultMaxRuntimeInSeconds}, MaxWaitTimeInSeconds = {DefaultMaxRuntimeInSeconds} }}");
            return true;
        }

        if (condition.UnwrappedValue is not IObjectCreationOperation conditionCreation)
        {
            return false;
        }

        if (maxWait is null)
        {
            var runtime = maxRuntime is null ? DefaultMaxRuntimeInSeconds.ToString(CultureInfo.InvariantCulture) : SimpleText(maxRuntime);
            edit = runtime is null ? null : (conditionCreation.Syntax, SyntaxEdit.Append, "MaxWaitTimeInSeconds = " + runtime);
            return runtime is not null;
        }

        var run = maxRuntime is null ? DefaultMaxRuntimeInSeconds : maxRuntime.Constant;
        if (maxWait.Constant is int wait && run is int runtimeSeconds)
        {
            if (wait < runtimeSeconds)
            {
                edit = (maxWait.Value.Syntax, SyntaxEdit.Replace, runtimeSeconds.ToString(CultureInfo.InvariantCulture));
            }

            return true;
        }

        return false; // a wait or runtime the analyzer cannot compare
    }

    /// <summary>The value as code that can be written twice: a plain name (kept, so both stay in step), or a constant.</summary>
    private static string? SimpleText(MemberAssignment assignment)
        => assignment.Value.Syntax is IdentifierNameSyntax or MemberAccessExpressionSyntax
            ? assignment.Value.Syntax.ToString()
            : assignment.Constant is int value ? value.ToString(CultureInfo.InvariantCulture) : null;

    // ------------------------------------------------------------------ GA5003

    private static Diagnostic? ProfileTrainingJobs(ObjectConstruction construction)
    {
        var disable = construction.Find("ProfilerConfig", "DisableProfiler");
        string problem;
        (SyntaxNode, string, string) edit;
        if (disable?.Constant is true)
        {
            problem = "switches the profiler off";
            edit = (disable.Value.Syntax, SyntaxEdit.Remove, string.Empty);
        }
        else if (!construction.Escapes && !construction.Touches("ProfilerConfig"))
        {
            problem = "has no ProfilerConfig";
            edit = (construction.Creation.Syntax, SyntaxEdit.Append, $"ProfilerConfig = new {Model}ProfilerConfig {{ ProfilingIntervalInMilliseconds = 500 }}");
        }
        else
        {
            return null;
        }

        return SyntaxEdit.Create(
            Rules.ProfileTrainingJobs,
            construction.HeadLocation,
            new[] { edit },
            edit.Item2 == SyntaxEdit.Remove ? "Remove DisableProfiler = true" : "Add a ProfilerConfig (500 ms interval)",
            ImmutableDictionary.CreateBuilder<string, string?>(),
            construction.Creation.Type!.Name,
            problem);
    }
}
