using System.Collections.Concurrent;
using GreenAnalyzers.Configuration;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// Model ids and instance types written in JSON configuration files (<c>appsettings*.json</c> and files a team names),
/// judged by the same rules, catalog and messages as in code: GA1001/GA1002 for a known Bedrock model reference,
/// GA3001–GA3004 for a known instance type. How the value is used is inferred (a key path, not an SDK call, says where
/// it goes), so these findings are Info by default and their message says so; there is no fix and no <c>#pragma</c>:
/// suppress by severity (<c>.globalconfig</c>), allow list or <c>green_analyzers.configuration_files = false</c>.
/// A value the code reads into an SDK sink is judged there instead, by that sink's rules (<c>ValueResolver.Configuration.cs</c>):
/// the files are judged at the end of the compilation, once every sink has been seen.
/// </summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class ConfigurationFileAnalyzer : GreenAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Rules.UseSmallerModel, Rules.ReplaceLegacyModel, Rules.ServeOnInferentia, Rules.TrainOnTrainium, Rules.UseGraviton, Rules.MoveOffOlderAccelerator);

    private protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(OnCompilationStart);

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var optionsProvider = context.Options.AnalyzerConfigOptionsProvider;
        if (!context.Options.AdditionalFiles.Any(file => ConfigurationFile.IsConfigurationFile(file, optionsProvider.GetOptions(file))))
        {
            return; // no file to judge (none at all, or only the project's ONNX models): nothing to register (issue 21)
        }

        var usesInferenceSdk = InstanceTypeAnalyzer.UsesInferenceSdk(context.Compilation);
        var catalog = CatalogOverlay.From(context.Options.AdditionalFiles, context.CancellationToken).Catalog;

        // Keys the code reads into a sink (config["Bedrock:ModelId"], a bound options class): those values are judged there,
        // by the sink's own rules (ModelIdAnalyzer, InstanceTypeAnalyzer), not again here from the key path.
        var readIntoSinks = new ConcurrentDictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        var sinks = SinkIndex.Create(context.Compilation, ValueKind.ModelId, ValueKind.InstanceType, ValueKind.AcceleratorType);
        if (!sinks.IsEmpty)
        {
            var resolver = new ValueResolver(context.Compilation, context.Options, context.CancellationToken);
            Action<IOperation, Sink, IOperation, CancellationToken> noteKeyRead = (_, _, valueOperation, cancellationToken) =>
            {
                if (ValueResolver.IsWrittenInCode(valueOperation))
                {
                    return;
                }

                foreach (var value in resolver.ResolveEach(valueOperation, cancellationToken))
                {
                    if (value.Configuration is { } origin)
                    {
                        readIntoSinks[origin.Key] = true;
                    }
                }
            };
            sinks.RegisterHolders(
                context, operationContext => sinks.ForEachMatch(operationContext.Operation, operationContext.CancellationToken, noteKeyRead));
        }

        context.RegisterCompilationEndAction(end =>
        {
            foreach (var file in end.Options.AdditionalFiles)
            {
                var options = optionsProvider.GetOptions(file);
                if (!ConfigurationFile.IsConfigurationFile(file, options) || file.GetText(end.CancellationToken) is not { } text)
                {
                    continue;
                }

                var modelOptions = ModelSelectionOptions.Read(options); // the file's own: .globalconfig, and .editorconfig sections matching its path
                foreach (var value in ConfigurationFile.Scan(text, end.CancellationToken))
                {
                    if (!readIntoSinks.ContainsKey(value.Key) && Judge(value, modelOptions, catalog, usesInferenceSdk) is { } judged)
                    {
                        end.ReportDiagnostic(Inferred(judged.Finding, judged.Use, value, ConfigurationFile.LocationOf(file, text, value)));
                    }
                }
            }
        });
    }

    private static (Finding Finding, string Use)? Judge(ConfigurationValue value, ModelSelectionOptions options, ModelCatalog catalog, bool usesInferenceSdk)
    {
        if (value.Kind == ConfigurationValueKind.ModelId)
        {
            return ModelReference.Parse(value.Text) is { } reference && ModelSelection.Judge(reference, options, catalog) is { } finding
                ? (finding, "a Bedrock model id")
                : null;
        }

        if (InstanceType.Parse(value.Text) is not { } type)
        {
            return null;
        }

        if (ElasticInference.IsAcceleratorType(value.Text))
        {
            return InstanceSelection.ElasticInferenceAccelerator(value.Text) is { } accelerator ? (accelerator, "a SageMaker endpoint accelerator") : null;
        }

        var api = ConfigurationFile.InstanceApiFor(value, type);
        return InstanceSelection.Judge(api, value.Text, usesInferenceSdk) is { } instance ? (instance, UseOf(api)) : null;
    }

    private static string UseOf(InstanceApi api) => api switch
    {
        InstanceApi.Endpoint => "a SageMaker endpoint instance type",
        InstanceApi.Training => "a SageMaker training instance type",
        InstanceApi.Processing => "a SageMaker processing instance type",
        _ => "an EC2 instance type",
    };

    /// <summary>The finding placed on the value in the file: Info (the use is inferred), the same message with what was
    /// inferred from where, the same figures plus the JSON pointer and configuration key; no fix.</summary>
    private static Diagnostic Inferred(Finding finding, string use, ConfigurationValue value, Location location)
    {
        var properties = finding.Properties
            .Remove(PropertyKeys.FixTitle)
            .SetItem(PropertyKeys.JsonPointer, value.Pointer)
            .SetItem(PropertyKeys.ConfigurationKey, value.Key);
        var args = new object[finding.MessageArgs.Length + 1];
        finding.MessageArgs.CopyTo(args, 0);
        args[args.Length - 1] = $" (configuration '{value.Key}', read as {use}: the use is inferred)";
        return Diagnostic.Create(Rules.WithTrailingArgument(finding.Rule), location, DiagnosticSeverity.Info, additionalLocations: null, properties, args);
    }
}
