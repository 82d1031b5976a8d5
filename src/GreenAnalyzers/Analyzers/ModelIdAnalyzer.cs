using System.Collections.Concurrent;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// Judges every Bedrock model id that flows into an SDK (request properties, MEAI adapters, Anthropic's SDK):
/// resolves the value once, finds it in the knowledge catalog, and lets each model-selection rule decide.
/// GA1002: a model AWS has made legacy or end-of-life on Bedrock. It wins over GA1001 (one diagnostic per value):
/// a model that is going away must be replaced whatever its size.
/// GA1001: a model above the allowed tier with a current smaller sibling.
/// </summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class ModelIdAnalyzer : GreenAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.UseSmallerModel, Rules.ReplaceLegacyModel);

    private protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(OnCompilationStart);

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var sinks = SinkIndex.Create(context.Compilation, ValueKind.ModelId);
        if (sinks.IsEmpty)
        {
            return; // none of the SDKs is referenced: this compilation pays nothing more
        }

        // Loaded here, once, not by the first operation callbacks: those run in parallel and would wait on one another.
        // The team's overlay (green-catalog.json) is read once per file content; GA9001 reports its problems.
        var catalog = CatalogOverlay.From(context.Options.AdditionalFiles, context.CancellationToken).Catalog;
        var resolver = new ValueResolver(context.Compilation, context.Options, context.CancellationToken);
        var clientRegions = new ClientRegions(context.Compilation, resolver);
        var optionsByTree = new OptionsPerTree<ModelSelectionOptions>(context.Options.AnalyzerConfigOptionsProvider, ModelSelectionOptions.Read);
        var judgements = new ModelSelection.Judgements(catalog);

        SinkAction.Register(
            context,
            sinks,
            (operationContext, sink, valueOperation, reporter) =>
            {
                // Each value that may reach the sink is judged on its own (a legacy id written on one path of several).
                foreach (var value in resolver.ResolveEach(valueOperation, operationContext.CancellationToken))
                {
                    if (value.Text is { } text
                        && judgements.Judge(text, optionsByTree.For(operationContext.Operation.Syntax.SyntaxTree), sink.TypeName, clientRegions, valueOperation, operationContext.CancellationToken) is { } finding)
                    {
                        reporter.Report(finding.ToDiagnostic(valueOperation, value, operationContext.CancellationToken));
                    }
                }
            });
    }
}

/// <summary>
/// The model-selection rules on one model reference, wherever it is written (C# code or a configuration file):
/// the team's own models first, then GA1002 (a model going away must be replaced whatever its size), then GA1001.
/// A replacement is always one that can be invoked as written, in the same geography (<see cref="InvocableId"/>), and
/// one GA1001 accepts (one pass of fixes converges).
/// </summary>
internal static class ModelSelection
{
    public const string ProvisionedThroughputRequest = "Amazon.Bedrock.Model.CreateProvisionedModelThroughputRequest";
    public const string CustomizationJobRequest = "Amazon.Bedrock.Model.CreateModelCustomizationJobRequest";

    /// <summary>The finding on a model reference, or null when the catalog does not know it or no rule applies.
    /// <paramref name="sinkTypeName"/> is the SDK request the value goes to (null in a configuration file);
    /// <paramref name="clientGeographies"/> gives, when a fix needs it, the geographies of the Region the client is built
    /// with near the value.</summary>
    public static Finding? Judge(
        ModelReference reference, ModelSelectionOptions options, ModelCatalog catalog, string? sinkTypeName = null,
        Func<ImmutableArray<string>>? clientGeographies = null)
    {
        if (options.FindCustom(reference) is { } custom)
        {
            // The team's own tier and sibling win over the catalog (private, imported or newer models).
            return UseSmallerCustomModel(custom, reference, options);
        }

        if (!catalog.TryFind(reference, out var model, out reference))
        {
            return catalog.TryFindMedia(reference, out var media)
                ? new Judgement(catalog, options, options.AsOf ?? catalog.Date, reference, sinkTypeName, clientGeographies).ReplaceLegacyMedia(media)
                : null;
        }

        var judge = new Judgement(catalog, options, options.AsOf ?? catalog.Date, reference, sinkTypeName, clientGeographies);
        return judge.ReplaceLegacyModel(model) ?? judge.UseSmallerModel(model);
    }

    /// <summary>
    /// The judgements of one compilation, each made once: a value judged with the same options for the same request is
    /// judged the same way, and a project writes the same few model ids again and again (issue 21). Kept by the value's
    /// text, so that a value judged before is neither parsed nor judged again, and a text that is no model reference is
    /// kept as no finding. Where the judgement asked for the client's geographies (a bare id whose replacement needs an
    /// inference profile), it is kept per geography. The finding, shared, builds its diagnostic properties once.
    /// </summary>
    public sealed class Judgements(ModelCatalog catalog)
    {
        private readonly ConcurrentDictionary<(ModelSelectionOptions, string, string?), Judged> _byValue = new();

        /// <summary>The finding on a value written into a sink of <paramref name="sinkTypeName"/>; the geographies of the
        /// client around <paramref name="value"/> are looked up only when a fix needs them.</summary>
        public Finding? Judge(
            string text, ModelSelectionOptions options, string? sinkTypeName, ClientRegions clientRegions, IOperation value, CancellationToken cancellationToken)
        {
            var key = (options, text, sinkTypeName);
            if (!_byValue.TryGetValue(key, out var judged))
            {
                if (ModelReference.Parse(text) is not { } reference)
                {
                    _byValue.TryAdd(key, Judged.NotAModel);
                    return null;
                }

                ImmutableArray<string>? used = null;
                var finding = ModelSelection.Judge(reference, options, catalog, sinkTypeName, () => (used = clientRegions.GeographiesAround(value, cancellationToken)).Value);
                judged = _byValue.GetOrAdd(key, new Judged(reference, finding, dependsOnGeographies: used is not null));
                if (used is { } geographies)
                {
                    judged.ByGeographies?.TryAdd(geographies, finding);
                }

                return finding;
            }

            if (judged.ByGeographies is not { } byGeographies)
            {
                return judged.Finding;
            }

            var around = clientRegions.GeographiesAround(value, cancellationToken);
            return byGeographies.TryGetValue(around, out var kept)
                ? kept
                : byGeographies.GetOrAdd(around, ModelSelection.Judge(judged.Reference!, options, catalog, sinkTypeName, () => around));
        }

        /// <summary>A judgement that did not depend on the client's geographies, or (<see cref="ByGeographies"/> not null)
        /// the judgements per geographies when it did.</summary>
        private sealed class Judged(ModelReference? reference, Finding? finding, bool dependsOnGeographies)
        {
            /// <summary>A text that is no model reference: nothing to judge.</summary>
            public static readonly Judged NotAModel = new(null, null, dependsOnGeographies: false);

            public ModelReference? Reference { get; } = reference;

            public Finding? Finding { get; } = finding;

            public ConcurrentDictionary<ImmutableArray<string>, Finding?>? ByGeographies { get; } =
                dependsOnGeographies ? new ConcurrentDictionary<ImmutableArray<string>, Finding?>(SameGeographies.Instance) : null;
        }

        /// <summary>Geographies compared by their names, in order.</summary>
        private sealed class SameGeographies : IEqualityComparer<ImmutableArray<string>>
        {
            public static readonly SameGeographies Instance = new();

            public bool Equals(ImmutableArray<string> x, ImmutableArray<string> y) => x.SequenceEqual(y);

            public int GetHashCode(ImmutableArray<string> geographies)
            {
                var hash = geographies.Length;
                foreach (var geography in geographies)
                {
                    hash = unchecked((hash * 31) + geography.GetHashCode());
                }

                return hash;
            }
        }
    }

    /// <summary>GA1002 and GA1001 for one reference: the catalog (with the team's overlay), the options, the date
    /// lifecycle is judged at, and how the value is written and used (what a fix may write depends on both).</summary>
    private sealed class Judgement(
        ModelCatalog catalog, ModelSelectionOptions options, string asOf, ModelReference reference, string? sinkTypeName,
        Func<ImmutableArray<string>>? clientGeographies)
    {
        public Finding? ReplaceLegacyModel(ModelEntry model)
        {
            if (model.Legacy is not { } legacy || legacy.StatusOn(asOf) is not { } state || options.IsAllowed(RuleIds.ReplaceLegacyModel, reference))
            {
                return null;
            }

            var properties = LifecycleProperties(model.BaseId, legacy, state);
            properties[PropertyKeys.Tier] = model.Tier.Name();
            var status = Status(legacy, state);

            if (catalog.CurrentSuccessor(model, asOf) is not { } successor)
            {
                return new Finding(
                    Rules.ReplaceLegacyModel,
                    Rules.ReplaceLegacyModel.DefaultSeverity,
                    new object[] { reference.Value, status, legacy.Source.Citation, "no current successor of the same tier is known: choose one" },
                    properties.ToImmutable());
            }

            // One pass converges: the replacement is one GA1001 accepts under the effective max_model_tier.
            var target = AllowedSmaller(successor, namedInCode: false) ?? successor;
            var namedByAws = target.Key == model.SuccessorKey && legacy.SuccessorNamedByAws;
            var why = namedByAws ? "AWS's recommended replacement"
                : target != successor ? $"{target.Name}: the same-tier successor {successor.Name} is above the allowed tier '{options.MaxTierForUseSmallerModel.Name()}'"
                : $"{target.Name}, the current {target.Tier.Name()}-tier model";
            var invocable = InvocableFor(target);
            properties[PropertyKeys.Suggested] = invocable.Suggested;
            properties[PropertyKeys.SuggestedId] = target.BaseId;
            properties[PropertyKeys.SuccessorBasis] = namedByAws ? legacy.SuccessorBasis : target != successor ? "max_model_tier" : "greenanalyzers";
            var (price, successorPrice) = ComparablePrices(model, target, reference);
            AddPrices(properties, price, successorPrice);

            return new Finding(
                Rules.ReplaceLegacyModel,
                Rules.ReplaceLegacyModel.DefaultSeverity,
                new object[]
                {
                    reference.Value, status, legacy.Source.Citation,
                    invocable.HasFix ? $"use '{invocable.Suggested}' ({why})" : $"use {target.Name} ({why}): {invocable.Reason}",
                },
                properties.ToImmutable(),
                Fragment: reference.BaseId,
                Replacement: invocable.Replacement is { } replacement ? new FixValue.Text(replacement) : null,
                FixTitle: $"Use {target.Name} ('{invocable.Replacement}')");
        }

        /// <summary>GA1002's properties for any model, text or media: the reference, its lifecycle and the date judged at.</summary>
        private ImmutableDictionary<string, string?>.Builder LifecycleProperties(string baseId, LegacyFact legacy, LegacyStatus state)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[PropertyKeys.Model] = reference.Value;
            properties[PropertyKeys.ModelId] = baseId;
            properties[PropertyKeys.LifecycleStatus] = state == LegacyStatus.EndOfLife ? "eol" : "legacy";
            properties[PropertyKeys.LegacyDate] = NullIfEmpty(legacy.LegacyDate);
            properties[PropertyKeys.ExtendedAccessDate] = NullIfEmpty(legacy.ExtendedAccessDate);
            properties[PropertyKeys.EndOfLifeDate] = NullIfEmpty(legacy.EolDate);
            properties[PropertyKeys.LifecycleScope] = NullIfEmpty(legacy.Scope);
            properties[PropertyKeys.AsOf] = asOf;
            properties[PropertyKeys.LifecycleSource] = legacy.Source.Citation;
            return properties;
        }

        /// <summary>GA1002 on an image, video or speech model: its lifecycle and, where sourced, its price per image (AWS names
        /// no replacement, so no fix).</summary>
        public Finding? ReplaceLegacyMedia(MediaModelEntry model)
        {
            var legacy = model.Legacy;
            if (legacy.StatusOn(asOf) is not { } state || options.IsAllowed(RuleIds.ReplaceLegacyModel, reference))
            {
                return null;
            }

            var properties = LifecycleProperties(model.BaseId, legacy, state);
            var price = string.Empty;
            if (model.UsdPerImage is { } perImage && model.PriceSource is { } priceSource)
            {
                // What the model costs now, so the replacement chosen can be compared with it.
                properties[PropertyKeys.ImagePrice] = perImage.ToString(CultureInfo.InvariantCulture);
                AddPriceSource(properties, priceSource);
                price = $" ({Usd.Format(perImage)} per image, {priceSource.Citation})";
            }

            return new Finding(
                Rules.ReplaceLegacyModel,
                Rules.ReplaceLegacyModel.DefaultSeverity,
                new object[] { reference.Value, Status(legacy, state), legacy.Source.Citation, $"AWS names no replacement for {model.Name}{price}: choose a current {model.Modality} model" },
                properties.ToImmutable());
        }

        public Finding? UseSmallerModel(ModelEntry model)
        {
            if (AllowedSmaller(model, namedInCode: true) is not { } sibling)
            {
                return null;
            }

            var (price, siblingPrice) = ComparablePrices(model, sibling, reference);
            var invocable = InvocableFor(sibling);
            var saving = Saving(price, siblingPrice);
            var prices = string.Format(
                CultureInfo.InvariantCulture,
                "{0}/{1} → {2}/{3} per 1M input/output tokens{4}, {5}",
                Usd.Format(price.Input), Usd.Format(price.Output), Usd.Format(siblingPrice.Input), Usd.Format(siblingPrice.Output),
                price.IsGlobalProfile ? " (global profile)" : string.Empty,
                Citation(price.Source, siblingPrice.Source));

            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[PropertyKeys.Model] = reference.Value;
            properties[PropertyKeys.ModelId] = model.BaseId;
            properties[PropertyKeys.Tier] = model.Tier.Name();
            properties[PropertyKeys.Suggested] = invocable.Suggested;
            properties[PropertyKeys.SuggestedId] = sibling.BaseId;
            AddPrices(properties, price, siblingPrice);

            // Provisioned throughput bills a reserved model by the hour, busy or idle: a frontier model there is a strong signal.
            var provisioned = sinkTypeName == ProvisionedThroughputRequest && model.Tier == ModelTier.Frontier
                ? " reserved with provisioned throughput (billed by the hour, busy or idle)"
                : string.Empty;

            return new Finding(
                Rules.UseSmallerModel,
                Rules.UseSmallerModel.DefaultSeverity,
                new object[]
                {
                    reference.Value, model.Tier.Name(), invocable.Suggested ?? sibling.BaseId, saving, prices, provisioned,
                    invocable.HasFix ? string.Empty : "; " + invocable.Reason,
                },
                properties.ToImmutable(),
                Fragment: reference.BaseId,
                Replacement: invocable.Replacement is { } replacement ? new FixValue.Text(replacement) : null,
                FixTitle: $"Use {sibling.Name} ('{invocable.Replacement}'), {saving}");
        }

        /// <summary>What GA1001 has the code use instead of <paramref name="model"/>: smaller current siblings, followed
        /// while the model is above the allowed tier, not allowed by name, and the sibling is cheaper. Null when GA1001
        /// has nothing to say about <paramref name="model"/>.</summary>
        private ModelEntry? AllowedSmaller(ModelEntry model, bool namedInCode)
        {
            ModelEntry? chosen = null;
            for (var (current, steps) = (model, 0); steps < 8; steps++)
            {
                if (!current.Verified
                    || current.Tier <= options.MaxTierForUseSmallerModel
                    || options.IsAllowed(RuleIds.UseSmallerModel, current == model && namedInCode ? reference : Naming(current))
                    || catalog.CurrentSmallerSibling(current, asOf) is not { } sibling)
                {
                    break;
                }

                var (price, siblingPrice) = ComparablePrices(current, sibling, reference);
                if (siblingPrice.Input >= price.Input)
                {
                    break;
                }

                chosen = current = sibling;
            }

            return chosen;
        }

        private ModelReference Naming(ModelEntry other)
            => reference with { Value = reference.WithBaseId(other.BaseId), BaseId = other.BaseId };

        private InvocableId InvocableFor(ModelEntry target)
        {
            if (sinkTypeName is ProvisionedThroughputRequest or CustomizationJobRequest && reference.Prefix.Length == 0)
            {
                // Provisioned throughput and customization take the base model itself, in the Region: no profile applies.
                return new InvocableId(reference.WithBaseId(target.BaseId), target.BaseId, string.Empty);
            }

            var needsRegion = reference.Prefix.Length == 0 && !reference.IsFoundationModelArn && target.Invocation == InvocationMode.ProfileOnly;
            var geographies = needsRegion && clientGeographies is not null ? clientGeographies() : ImmutableArray<string>.Empty;
            return InvocableId.For(reference, target, geographies, options.AllowGlobalProfile);
        }

        /// <summary>"is legacy on Amazon Bedrock since X, end of life Y, higher price from Z" or "reached end of life on Y".</summary>
        private string Status(LegacyFact legacy, LegacyStatus state)
        {
            var scope = legacy.SomeRegionsOnly ? " in some Regions" : string.Empty;
            if (state == LegacyStatus.EndOfLife)
            {
                return $"reached end of life on Amazon Bedrock on {legacy.EolDate}{scope}";
            }

            var text = "is legacy on Amazon Bedrock" + scope;
            if (legacy.LegacyDate.Length > 0)
            {
                text += " since " + legacy.LegacyDate;
            }

            if (legacy.EolDate.Length > 0)
            {
                text += ", end of life " + legacy.EolDate;
            }

            if (legacy.ExtendedAccessDate.Length > 0)
            {
                text += (string.CompareOrdinal(asOf, legacy.ExtendedAccessDate) >= 0 ? ", higher price since " : ", higher price from ") + legacy.ExtendedAccessDate;
            }

            return text;
        }
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

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
        properties[PropertyKeys.PriceSource] = GreenOptions.CustomModels.GlobalKey;
        return new Finding(
            Rules.UseSmallerModel,
            Rules.UseSmallerModel.DefaultSeverity,
            new object[] { reference.Value, custom.Tier.Name(), suggested, "less, per the team's model list", GreenOptions.CustomModels.GlobalKey, string.Empty, string.Empty },
            properties.ToImmutable(),
            Fragment: reference.BaseId,
            Replacement: new FixValue.Text(sibling),
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
        AddPriceSource(properties, price.Source);
    }

    /// <summary>Where the prices of a finding come from (<c>price_source</c>, <c>price_date</c>), for reports.</summary>
    private static void AddPriceSource(ImmutableDictionary<string, string?>.Builder properties, CatalogSource source)
    {
        properties[PropertyKeys.PriceSource] = source.Label;
        properties[PropertyKeys.PriceDate] = source.Date;
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
