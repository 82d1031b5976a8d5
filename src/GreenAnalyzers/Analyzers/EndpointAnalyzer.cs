using System.Collections.Concurrent;
using System.Globalization;
using GreenAnalyzers.Construction;
using GreenAnalyzers.Descriptors;
using GreenAnalyzers.Diagnostics;
using GreenAnalyzers.Options;
using GreenAnalyzers.Sinks;
using GreenAnalyzers.Values;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// Judges how SageMaker endpoints are watched.
/// GA5001: a <c>CreateEndpointConfigRequest</c> built without data capture, or with capture off.
/// GA5002 (compilation end): endpoints are created, but nothing in the project scales them or alarms on them.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EndpointAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.CaptureEndpointData, Rules.ScaleAndAlarmEndpoints);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var optionsProvider = context.Options.AnalyzerConfigOptionsProvider;
        var optionsByTree = new ConcurrentDictionary<SyntaxTree, MonitoringOptions>();
        var sageMakerPresent = ConstructionAction.Register(
            context,
            "Amazon.SageMaker.Model.CreateEndpointConfigRequest",
            (operationContext, construction) =>
            {
                var options = optionsByTree.GetOrAdd(construction.Creation.Syntax.SyntaxTree, t => MonitoringOptions.Read(optionsProvider.GetOptions(t)));
                if (CaptureEndpointData(construction, options) is { } diagnostic)
                {
                    operationContext.ReportDiagnostic(diagnostic);
                }
            });

        if (sageMakerPresent)
        {
            ScaleAndAlarm.Register(context, new ValueResolver(context.Compilation));
        }
    }

    // ------------------------------------------------------------------ GA5001

    private static Diagnostic? CaptureEndpointData(ObjectConstruction construction, MonitoringOptions options)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        var enable = construction.Find("DataCaptureConfig", "EnableCapture");
        if (enable?.Constant is false)
        {
            return SyntaxEdit.Create(
                Rules.CaptureEndpointData, construction.HeadLocation, new[] { (enable.Value.Syntax, SyntaxEdit.Replace, "true") },
                "Switch data capture on", properties, construction.Creation.Type!.Name, "switches data capture off", string.Empty);
        }

        if (construction.Touches("DataCaptureConfig"))
        {
            return null;
        }

        // Without a destination chosen by the team there is no fix: a made-up bucket would fail at deployment, or worse, work.
        var edits = options.Destination is { } destination
            ? new[] { (construction.Creation.Syntax, SyntaxEdit.Append, DataCaptureCode(destination, options.SamplingPercentage, SyntaxEdit.HasMultilineInitializer(construction.Creation.Syntax))) }
            : System.Array.Empty<(SyntaxNode, string, string)>();

        return SyntaxEdit.Create(
            Rules.CaptureEndpointData, construction.HeadLocation, edits,
            $"Add data capture ({options.SamplingPercentage}% of requests and responses to {options.Destination})",
            properties, construction.Creation.Type!.Name, "has no DataCaptureConfig",
            options.Destination is null ? " (set green_analyzers.GA5001.destination_s3_uri for a fix)" : string.Empty);
    }

    /// <summary>Capture on, requests and responses (Input and Output exist in every SDK version; InputAndOutput is newer),
    /// the list created where it is filled (v4 collections are null by default). Multi-line to match a multi-line request.</summary>
    private static string DataCaptureCode(string destination, int samplingPercentage, bool multiline)
    {
        const string Model = "global::Amazon.SageMaker.Model.";
        var members = new[]
        {
            "EnableCapture = true",
            "InitialSamplingPercentage = " + samplingPercentage.ToString(CultureInfo.InvariantCulture),
            $"DestinationS3Uri = \"{destination}\"",
        };
        var options = new[]
        {
            $"new {Model}CaptureOption {{ CaptureMode = global::Amazon.SageMaker.CaptureMode.Input }}",
            $"new {Model}CaptureOption {{ CaptureMode = global::Amazon.SageMaker.CaptureMode.Output }}",
        };
        var list = $"new global::System.Collections.Generic.List<{Model}CaptureOption>";
        return multiline
            ? $"DataCaptureConfig = new {Model}DataCaptureConfig\n{{\n    {string.Join(",\n    ", members)},\n    CaptureOptions = {list}\n    {{\n        {string.Join(",\n        ", options)},\n    }},\n}}"
            : $"DataCaptureConfig = new {Model}DataCaptureConfig {{ {string.Join(", ", members)}, CaptureOptions = {list} {{ {string.Join(", ", options)} }} }}";
    }

    // ------------------------------------------------------------------ GA5002

    /// <summary>Per-compilation state of GA5002: endpoint creations seen, and whether scaling or an alarm exists anywhere.</summary>
    private sealed class ScaleAndAlarm
    {
        private readonly ConcurrentBag<Location> _endpoints = new();
        private readonly ValueResolver _resolver;
        private int _watched;

        private ScaleAndAlarm(ValueResolver resolver) => _resolver = resolver;

        public static void Register(CompilationStartAnalysisContext context, ValueResolver resolver)
        {
            var state = new ScaleAndAlarm(resolver);
            context.RegisterOperationAction(state.OnInvocation, OperationKind.Invocation);
            context.RegisterOperationAction(state.OnCreation, OperationKind.ObjectCreation);
            context.RegisterCompilationEndAction(state.OnCompilationEnd);
        }

        private void OnInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            var ns = method.ContainingType?.ContainingNamespace;
            if (method.Name is "CreateEndpointAsync" or "CreateEndpoint" && ns.IsNamespace("Amazon.SageMaker"))
            {
                var syntax = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Name : invocation.Syntax;
                _endpoints.Add(syntax.GetLocation());
            }
            else if ((method.Name is "PutMetricAlarmAsync" or "PutMetricAlarm" && ns.IsNamespace("Amazon.CloudWatch"))
                || (method.Name is "RegisterScalableTargetAsync" or "RegisterScalableTarget" && ns.IsNamespace("Amazon.ApplicationAutoScaling")))
            {
                Interlocked.Exchange(ref _watched, 1);
            }
        }

        private void OnCreation(OperationAnalysisContext context)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.Type.HasMetadataName("Amazon.CloudWatch.Model.PutMetricAlarmRequest")
                || (creation.Type.HasMetadataName("Amazon.ApplicationAutoScaling.Model.RegisterScalableTargetRequest") && ScalesSageMaker(creation, context.CancellationToken)))
            {
                Interlocked.Exchange(ref _watched, 1);
            }
        }

        /// <summary>A scalable target for SageMaker, or one whose namespace is not known at compile time (benefit of the doubt).</summary>
        private bool ScalesSageMaker(IObjectCreationOperation creation, CancellationToken cancellationToken)
        {
            if (creation.Initializer is null)
            {
                return true;
            }

            foreach (var entry in creation.Initializer.Initializers)
            {
                if (entry is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "ServiceNamespace" } } assignment)
                {
                    return _resolver.Resolve(assignment.Value, cancellationToken) is not { } value || value.Is("sagemaker");
                }
            }

            return true;
        }

        private void OnCompilationEnd(CompilationAnalysisContext context)
        {
            if (Volatile.Read(ref _watched) == 1)
            {
                return;
            }

            foreach (var location in _endpoints)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rules.ScaleAndAlarmEndpoints, location));
            }
        }
    }
}
