using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using GreenAnalyzers.Descriptors;
using GreenAnalyzers.Diagnostics;
using GreenAnalyzers.Knowledge;
using GreenAnalyzers.Options;
using GreenAnalyzers.Sinks;
using GreenAnalyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// Judges every Bedrock model id that flows into an SDK (request properties, MEAI adapters, Anthropic's SDK):
/// resolves the value once, finds it in the knowledge catalog, and lets each model-selection rule decide.
/// GA1001: a model above the allowed tier with a current smaller sibling.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelIdAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.UseSmallerModel);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var sinks = SinkIndex.Create(context.Compilation, ValueKind.ModelId);
        if (sinks.IsEmpty)
        {
            return; // none of the SDKs is referenced: this compilation pays nothing more
        }

        var resolver = new ValueResolver(context.Compilation);
        var optionsProvider = context.Options.AnalyzerConfigOptionsProvider;
        var optionsByTree = new ConcurrentDictionary<SyntaxTree, ModelSelectionOptions>();
        var operationKinds = sinks.HasParameterSinks
            ? ImmutableArray.Create(OperationKind.SimpleAssignment, OperationKind.Argument)
            : ImmutableArray.Create(OperationKind.SimpleAssignment);

        context.RegisterOperationAction(
            operationContext =>
            {
                if (!sinks.TryMatch(operationContext.Operation, out _, out var valueOperation)
                    || resolver.Resolve(valueOperation, operationContext.CancellationToken) is not { Text: { } text } value
                    || ModelReference.Parse(text) is not { } reference
                    || !ModelCatalog.Default.TryFind(reference, out var model, out reference))
                {
                    return;
                }

                var tree = operationContext.Operation.Syntax.SyntaxTree;
                var options = optionsByTree.GetOrAdd(tree, t => ModelSelectionOptions.Read(optionsProvider.GetOptions(t)));
                if (UseSmallerModel(model, reference, value, valueOperation, options, operationContext.CancellationToken) is { } diagnostic)
                {
                    operationContext.ReportDiagnostic(diagnostic);
                }
            },
            operationKinds);
    }

    private static Diagnostic? UseSmallerModel(
        ModelEntry model, ModelReference reference, ResolvedValue value, IOperation valueOperation, ModelSelectionOptions options,
        System.Threading.CancellationToken cancellationToken)
    {
        if (!model.Verified
            || model.Tier <= options.MaxTierForUseSmallerModel
            || options.IsAllowed(RuleIds.UseSmallerModel, reference)
            || ModelCatalog.Default.CurrentSmallerSibling(model) is not { } sibling
            || sibling.InputPrice >= model.InputPrice)
        {
            return null;
        }

        var suggested = reference.WithBaseId(sibling.BaseId);
        var saving = Saving(model, sibling);
        var prices = string.Format(
            CultureInfo.InvariantCulture,
            "${0}/${1} → ${2}/${3} per 1M input/output tokens, {4}",
            model.InputPrice, model.OutputPrice, sibling.InputPrice, sibling.OutputPrice, Citation(model, sibling));

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[PropertyKeys.Model] = reference.Value;
        properties[PropertyKeys.ModelId] = model.BaseId;
        properties[PropertyKeys.Tier] = model.Tier.Name();
        properties[PropertyKeys.Suggested] = suggested;
        properties[PropertyKeys.SuggestedId] = sibling.BaseId;
        properties[PropertyKeys.InputPrice] = model.InputPrice.ToString(CultureInfo.InvariantCulture);
        properties[PropertyKeys.OutputPrice] = model.OutputPrice.ToString(CultureInfo.InvariantCulture);
        properties[PropertyKeys.SuggestedInputPrice] = sibling.InputPrice.ToString(CultureInfo.InvariantCulture);
        properties[PropertyKeys.SuggestedOutputPrice] = sibling.OutputPrice.ToString(CultureInfo.InvariantCulture);
        properties[PropertyKeys.PriceSource] = model.PriceSource.Label;
        properties[PropertyKeys.PriceDate] = model.PriceSource.Date;

        return Reporting.Create(
            Rules.UseSmallerModel,
            valueOperation,
            value,
            fragment: reference.BaseId,
            replacement: sibling.BaseId,
            fixTitle: $"Use {sibling.Name} ('{sibling.BaseId}'), {saving}",
            properties,
            new object[] { reference.Value, model.Tier.Name(), suggested, saving, prices },
            cancellationToken);
    }

    /// <summary>"4.5x less per token", or separate input and output figures when they differ.</summary>
    private static string Saving(ModelEntry model, ModelEntry sibling)
    {
        var input = Ratio(model.InputPrice, sibling.InputPrice);
        var output = Ratio(model.OutputPrice, sibling.OutputPrice);
        return input == output
            ? input + " less per token"
            : input + " less per input token, " + (sibling.OutputPrice < model.OutputPrice ? output + " less" : "more") + " per output token";
    }

    private static string Ratio(decimal price, decimal cheaper)
        => cheaper <= 0 ? "∞" : (price / cheaper).ToString("0.#", CultureInfo.InvariantCulture) + "x";

    private static string Citation(ModelEntry model, ModelEntry sibling)
        => model.PriceSource == sibling.PriceSource
            ? model.PriceSource.Citation
            : model.PriceSource.Citation + " / " + sibling.PriceSource.Citation;
}
