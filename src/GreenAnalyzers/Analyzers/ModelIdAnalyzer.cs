using System.Collections.Concurrent;
using System.Globalization;
using GreenAnalyzers.Options;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// Judges every Bedrock model id that flows into an SDK (request properties, MEAI adapters, Anthropic's SDK):
/// resolves the value once, finds it in the knowledge catalog, and lets each model-selection rule decide.
/// GA1002: a model AWS has made legacy or end-of-life on Bedrock. It wins over GA1001 (one diagnostic per value):
/// a model that is going away must be replaced whatever its size.
/// GA1001: a model above the allowed tier with a current smaller sibling.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ModelIdAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.UseSmallerModel, Rules.ReplaceLegacyModel);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var sinks = SinkIndex.Create(context.Compilation, ValueKind.ModelId);
        if (sinks.IsEmpty)
        {
            return; // none of the SDKs is referenced: this compilation pays nothing more
        }

        // Loaded here, once, not by the first operation callbacks: those run in parallel and would wait on one another.
        _ = ModelCatalog.Default;
        var resolver = new ValueResolver(context.Compilation, context.Options, context.CancellationToken);
        var optionsProvider = context.Options.AnalyzerConfigOptionsProvider;
        var optionsByTree = new ConcurrentDictionary<SyntaxTree, ModelSelectionOptions>();
        var operationKinds = sinks.HasParameterSinks
            ? ImmutableArray.Create(OperationKind.SimpleAssignment, OperationKind.Argument)
            : ImmutableArray.Create(OperationKind.SimpleAssignment);

        SinkAction.Register(
            context,
            (operationContext, report) =>
            {
                if (!sinks.TryMatch(operationContext.Operation, out var sink, out var valueOperation))
                {
                    return;
                }

                // Each value that may reach the sink is judged on its own (a legacy id written on one path of several).
                foreach (var value in resolver.ResolveEach(valueOperation, operationContext.CancellationToken))
                {
                    if (value.Text is not { } text || ModelReference.Parse(text) is not { } reference)
                    {
                        continue;
                    }

                    var tree = operationContext.Operation.Syntax.SyntaxTree;
                    var options = optionsByTree.GetOrAdd(tree, t => ModelSelectionOptions.Read(optionsProvider.GetOptions(t)));
                    if (ModelSelection.Judge(reference, provisionedThroughput: sink.TypeName == ModelSelection.ProvisionedThroughputRequest, options) is { } finding)
                    {
                        report(finding.ToDiagnostic(valueOperation, value, operationContext.CancellationToken));
                    }
                }
            },
            operationKinds);
    }
}

/// <summary>
/// The model-selection rules on one model reference, wherever it is written (C# code or a configuration file):
/// the team's own models first, then GA1002 (a model going away must be replaced whatever its size), then GA1001.
/// </summary>
internal static class ModelSelection
{
    public const string ProvisionedThroughputRequest = "Amazon.Bedrock.Model.CreateProvisionedModelThroughputRequest";

    /// <summary>The finding on a model reference, or null when the catalog does not know it or no rule applies.</summary>
    public static Finding? Judge(ModelReference reference, bool provisionedThroughput, ModelSelectionOptions options)
    {
        if (options.FindCustom(reference) is { } custom)
        {
            // The team's own tier and sibling win over the catalog (private, imported or newer models).
            return UseSmallerCustomModel(custom, reference, options);
        }

        return ModelCatalog.Default.TryFind(reference, out var model, out reference)
            ? ReplaceLegacyModel(model, reference, options) ?? UseSmallerModel(model, reference, provisionedThroughput, options)
            : null;
    }

    private static Finding? ReplaceLegacyModel(ModelEntry model, ModelReference reference, ModelSelectionOptions options)
    {
        if (model.Legacy is not { } legacy || options.IsAllowed(RuleIds.ReplaceLegacyModel, reference))
        {
            return null;
        }

        var scope = legacy.Scope == "some Regions" ? " in some Regions" : string.Empty;
        var status = legacy.Status == LegacyStatus.EndOfLife
            ? $"reached end of life on Amazon Bedrock on {legacy.EolDate}{scope}"
            : $"is legacy on Amazon Bedrock, end of life {legacy.EolDate}{scope}";

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[PropertyKeys.Model] = reference.Value;
        properties[PropertyKeys.ModelId] = model.BaseId;
        properties[PropertyKeys.Tier] = model.Tier.Name();
        properties[PropertyKeys.LifecycleStatus] = legacy.Status == LegacyStatus.EndOfLife ? "eol" : "legacy";
        properties[PropertyKeys.EndOfLifeDate] = legacy.EolDate;
        properties[PropertyKeys.LifecycleSource] = legacy.Source.Citation;

        var successor = ModelCatalog.Default.CurrentSuccessor(model);
        if (successor is null)
        {
            return new Finding(
                Rules.ReplaceLegacyModel,
                Rules.ReplaceLegacyModel.DefaultSeverity,
                new object[] { reference.Value, status, legacy.Source.Citation, "no current successor of the same tier is known: choose one" },
                properties.ToImmutable());
        }

        var suggested = reference.WithBaseId(successor.BaseId);
        var namedByAws = successor.Key == model.SuccessorKey && legacy.SuccessorNamedByAws;
        properties[PropertyKeys.Suggested] = suggested;
        properties[PropertyKeys.SuggestedId] = successor.BaseId;
        properties[PropertyKeys.SuccessorBasis] = namedByAws ? legacy.SuccessorBasis : "greenanalyzers";
        var (price, successorPrice) = ComparablePrices(model, successor, reference);
        AddPrices(properties, price, successorPrice);

        return new Finding(
            Rules.ReplaceLegacyModel,
            Rules.ReplaceLegacyModel.DefaultSeverity,
            new object[]
            {
                reference.Value, status, legacy.Source.Citation,
                $"use '{suggested}'" + (namedByAws ? " (AWS's recommended replacement)" : $" ({successor.Name}, the current {successor.Tier.Name()}-tier model)"),
            },
            properties.ToImmutable(),
            Fragment: reference.BaseId,
            Replacement: successor.BaseId,
            FixTitle: $"Use {successor.Name} ('{successor.BaseId}')");
    }

    private static Finding? UseSmallerModel(ModelEntry model, ModelReference reference, bool provisionedThroughput, ModelSelectionOptions options)
    {
        if (!model.Verified
            || model.Tier <= options.MaxTierForUseSmallerModel
            || options.IsAllowed(RuleIds.UseSmallerModel, reference)
            || ModelCatalog.Default.CurrentSmallerSibling(model) is not { } sibling)
        {
            return null;
        }

        var (price, siblingPrice) = ComparablePrices(model, sibling, reference);
        if (siblingPrice.Input >= price.Input)
        {
            return null;
        }

        var suggested = reference.WithBaseId(sibling.BaseId);
        var saving = Saving(price, siblingPrice);
        var prices = string.Format(
            CultureInfo.InvariantCulture,
            "${0}/${1} → ${2}/${3} per 1M input/output tokens{4}, {5}",
            price.Input, price.Output, siblingPrice.Input, siblingPrice.Output,
            price.IsGlobalProfile ? " (global profile)" : string.Empty,
            Citation(price.Source, siblingPrice.Source));

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[PropertyKeys.Model] = reference.Value;
        properties[PropertyKeys.ModelId] = model.BaseId;
        properties[PropertyKeys.Tier] = model.Tier.Name();
        properties[PropertyKeys.Suggested] = suggested;
        properties[PropertyKeys.SuggestedId] = sibling.BaseId;
        AddPrices(properties, price, siblingPrice);

        // Provisioned throughput bills a reserved model by the hour, busy or idle: a frontier model there is a strong signal.
        var provisioned = provisionedThroughput && model.Tier == ModelTier.Frontier
            ? " reserved with provisioned throughput (billed by the hour, busy or idle)"
            : string.Empty;

        return new Finding(
            Rules.UseSmallerModel,
            Rules.UseSmallerModel.DefaultSeverity,
            new object[] { reference.Value, model.Tier.Name(), suggested, saving, prices, provisioned },
            properties.ToImmutable(),
            Fragment: reference.BaseId,
            Replacement: sibling.BaseId,
            FixTitle: $"Use {sibling.Name} ('{sibling.BaseId}'), {saving}");
    }

    private static Finding? UseSmallerCustomModel(CustomModel custom, ModelReference reference, ModelSelectionOptions options)
    {
        if (custom.Tier <= options.MaxTierForUseSmallerModel || custom.SmallerSiblingBaseId is not { } sibling
            || options.IsAllowed(RuleIds.UseSmallerModel, reference))
        {
            return null;
        }

        var suggested = reference.WithBaseId(sibling);
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[PropertyKeys.Model] = reference.Value;
        properties[PropertyKeys.ModelId] = custom.BaseId;
        properties[PropertyKeys.Tier] = custom.Tier.Name();
        properties[PropertyKeys.Suggested] = suggested;
        properties[PropertyKeys.SuggestedId] = sibling;
        properties[PropertyKeys.PriceSource] = OptionReader.Prefix + ModelSelectionOptions.CustomModelsKey;
        return new Finding(
            Rules.UseSmallerModel,
            Rules.UseSmallerModel.DefaultSeverity,
            new object[] { reference.Value, custom.Tier.Name(), suggested, "less, per the team's model list", OptionReader.Prefix + ModelSelectionOptions.CustomModelsKey, string.Empty },
            properties.ToImmutable(),
            Fragment: reference.BaseId,
            Replacement: sibling,
            FixTitle: $"Use the smaller sibling '{sibling}' (team setting)");
    }

    /// <summary>Compares like with like: both at the in-Region price when only one has a global-profile price.</summary>
    private static (ModelPrice Model, ModelPrice Other) ComparablePrices(ModelEntry model, ModelEntry other, ModelReference reference)
    {
        var price = model.PriceFor(reference);
        var otherPrice = other.PriceFor(reference);
        return price.IsGlobalProfile == otherPrice.IsGlobalProfile
            ? (price, otherPrice)
            : (model.PriceFor(reference with { Prefix = string.Empty }), other.PriceFor(reference with { Prefix = string.Empty }));
    }

    private static void AddPrices(ImmutableDictionary<string, string?>.Builder properties, ModelPrice price, ModelPrice suggested)
    {
        properties[PropertyKeys.InputPrice] = price.Input.ToString(CultureInfo.InvariantCulture);
        properties[PropertyKeys.OutputPrice] = price.Output.ToString(CultureInfo.InvariantCulture);
        properties[PropertyKeys.SuggestedInputPrice] = suggested.Input.ToString(CultureInfo.InvariantCulture);
        properties[PropertyKeys.SuggestedOutputPrice] = suggested.Output.ToString(CultureInfo.InvariantCulture);
        properties[PropertyKeys.PriceSource] = price.Source.Label;
        properties[PropertyKeys.PriceDate] = price.Source.Date;
    }

    /// <summary>"4.5x less per token", or separate input and output figures when they differ.</summary>
    private static string Saving(ModelPrice price, ModelPrice cheaper)
    {
        var input = Ratio(price.Input, cheaper.Input);
        var output = Ratio(price.Output, cheaper.Output);
        return input == output
            ? input + " less per token"
            : input + " less per input token, " + (cheaper.Output < price.Output ? output + " less" : "more") + " per output token";
    }

    private static string Ratio(decimal price, decimal cheaper)
        => cheaper <= 0 ? "∞" : (price / cheaper).ToString("0.#", CultureInfo.InvariantCulture) + "x";

    private static string Citation(CatalogSource source, CatalogSource other)
        => source == other ? source.Citation : source.Citation + " / " + other.Citation;
}
