namespace GreenAnalyzers.Analyzers;

/// <summary>
/// Judges how a SageMaker <c>CreateTrainingJobRequest</c> is built within one method.
/// GA2002: no managed spot training (the fix also makes <c>StoppingCondition.MaxWaitTimeInSeconds</c> valid).
/// GA5003: no profiler, or the profiler switched off.
/// </summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class TrainingJobAnalyzer : GreenAnalyzer
{
    private const string Model = "Amazon.SageMaker.Model.";

    /// <summary>SageMaker's MaxRuntimeInSeconds when a request does not set it: one day (API reference, StoppingCondition).</summary>
    private const int DefaultMaxRuntimeInSeconds = 86_400;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.UseManagedSpotTraining, Rules.ProfileTrainingJobs);

    private protected override void Register(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var scripts = new Scripts(); // the fix scripts, each the same at every request it fits
            ConstructionAction.Register(
                start,
                ImmutableArray.Create("Amazon.SageMaker.Model.CreateTrainingJobRequest"),
                (operationContext, construction) =>
                {
                    // A request returned or passed to a helper may be completed there: only what it says explicitly is judged.
                    if (!construction.Escapes && UseManagedSpotTraining(construction, scripts) is { } spot)
                    {
                        operationContext.ReportDiagnostic(spot);
                    }

                    if (ProfileTrainingJobs(construction, scripts) is { } profile)
                    {
                        operationContext.ReportDiagnostic(profile);
                    }
                },
                includeEscaping: true);
        });
    }

    // ------------------------------------------------------------------ GA2002

    private static Diagnostic? UseManagedSpotTraining(ObjectConstruction construction, Scripts scripts)
    {
        var spot = construction.Find("EnableManagedSpotTraining");
        if (spot?.Constant is true || (spot is not null && spot.Constant is not false))
        {
            return null; // on, or set from a value the analyzer cannot know
        }

        var edits = new List<FixEdit>();
        edits.Add(spot is null
            ? new FixEdit(construction.Creation.Syntax, SyntaxEdit.Append, FixElement.Assign("EnableManagedSpotTraining", new FixValue.Flag(true)))
            : new FixEdit(spot.Value.Syntax, SyntaxEdit.Replace, new FixValue.Flag(true)));

        // MaxWaitTimeInSeconds is required with spot training and must be >= MaxRuntimeInSeconds (API reference).
        if (!TryStoppingConditionEdit(construction, edits))
        {
            edits.Clear(); // a StoppingCondition built elsewhere: no fix that could leave the request invalid
        }

        return SyntaxEdit.Create(
            Rules.UseManagedSpotTraining,
            construction.HeadLocation,
            edits,
            scripts.For(edits, "Use managed spot training (and a MaxWaitTimeInSeconds no smaller than MaxRuntimeInSeconds)"),
            construction.Creation.Type!.Name);
    }

    /// <summary>Adds to <paramref name="edits"/> what leaves a valid stopping condition for spot training (nothing when it
    /// already is one). False when the condition is built elsewhere or from values that cannot be repeated safely.</summary>
    private static bool TryStoppingConditionEdit(ObjectConstruction construction, List<FixEdit> edits)
    {
        var condition = construction.Find("StoppingCondition");
        var maxRuntime = construction.Find("StoppingCondition", "MaxRuntimeInSeconds");
        var maxWait = construction.Find("StoppingCondition", "MaxWaitTimeInSeconds");
        if (condition is null)
        {
            if (construction.Touches("StoppingCondition"))
            {
                return false;
            }

            edits.Add(new FixEdit(construction.Creation.Syntax, SyntaxEdit.Append, FixElement.Assign("StoppingCondition", FixValue.New(
                Model + "StoppingCondition",
                FixElement.Assign("MaxRuntimeInSeconds", new FixValue.Number(DefaultMaxRuntimeInSeconds)),
                FixElement.Assign("MaxWaitTimeInSeconds", new FixValue.Number(DefaultMaxRuntimeInSeconds))))));
            return true;
        }

        if (condition.UnwrappedValue is not IObjectCreationOperation conditionCreation)
        {
            return false;
        }

        if (maxWait is null)
        {
            // The wait repeats the runtime: its number, or the name the code gives it (kept, so both stay in step), which
            // the fix copies from an anchor just after this edit.
            FixValue? runtime = maxRuntime is null ? new FixValue.Number(DefaultMaxRuntimeInSeconds)
                : maxRuntime.Value.Syntax is IdentifierNameSyntax or MemberAccessExpressionSyntax ? new FixValue.Copy(edits.Count + 1)
                : maxRuntime.Constant is int value ? new FixValue.Number(value)
                : null;
            if (runtime is null)
            {
                return false;
            }

            edits.Add(new FixEdit(conditionCreation.Syntax, SyntaxEdit.Append, FixElement.Assign("MaxWaitTimeInSeconds", runtime)));
            if (runtime is FixValue.Copy)
            {
                edits.Add(new FixEdit(maxRuntime!.Value.Syntax, SyntaxEdit.Anchor));
            }

            return true;
        }

        var run = maxRuntime is null ? DefaultMaxRuntimeInSeconds : maxRuntime.Constant;
        if (maxWait.Constant is int wait && run is int runtimeSeconds)
        {
            if (wait < runtimeSeconds)
            {
                edits.Add(new FixEdit(maxWait.Value.Syntax, SyntaxEdit.Replace, new FixValue.Number(runtimeSeconds)));
            }

            return true;
        }

        return false; // a wait or runtime the analyzer cannot compare
    }

    // ------------------------------------------------------------------ GA5003

    private static Diagnostic? ProfileTrainingJobs(ObjectConstruction construction, Scripts scripts)
    {
        var disable = construction.Find("ProfilerConfig", "DisableProfiler");
        string problem;
        FixEdit edit;
        if (disable?.Constant is true)
        {
            problem = "switches the profiler off";
            edit = new FixEdit(disable.Value.Syntax, SyntaxEdit.Remove);
        }
        else if (!construction.Escapes && !construction.Touches("ProfilerConfig"))
        {
            problem = "has no ProfilerConfig";
            edit = new FixEdit(construction.Creation.Syntax, SyntaxEdit.Append, FixElement.Assign("ProfilerConfig", FixValue.New(
                Model + "ProfilerConfig", FixElement.Assign("ProfilingIntervalInMilliseconds", new FixValue.Number(500)))));
        }
        else
        {
            return null;
        }

        var edits = new[] { edit };
        return SyntaxEdit.Create(
            Rules.ProfileTrainingJobs,
            construction.HeadLocation,
            edits,
            scripts.For(edits, edit.Kind == SyntaxEdit.Remove ? "Remove DisableProfiler = true" : "Add a ProfilerConfig (500 ms interval)"),
            construction.Creation.Type!.Name,
            problem);
    }
}
