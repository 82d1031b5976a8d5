namespace GreenAnalyzers.Analyzers;

/// <summary>
/// GA1003 for <c>InvokeModel</c> / <c>InvokeModelWithResponseStream</c>: the model-native JSON body, built in the same
/// method, has no output-length field for the model's family (Meta Llama <c>max_gen_len</c>; Mistral, Cohere and
/// Anthropic Messages <c>max_tokens</c>; Anthropic Text Completions <c>max_tokens_to_sample</c>; Amazon Titan Text
/// <c>textGenerationConfig.maxTokenCount</c>; Amazon Nova <c>inferenceConfig.maxTokens</c> or <c>max_new_tokens</c>).
/// A body of unknown shape, a model id we cannot read and families we do not know stay silent. No fix: the field and
/// its place depend on the family and on how the body is built.
/// </summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class InvokeModelBodyAnalyzer : GreenAnalyzer
{
    private const string ModelNamespace = "Amazon.BedrockRuntime.Model.";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.BoundOutputLength);

    private protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(OnCompilationStart);

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var resolver = new ValueResolver(context.Compilation, context.Options, context.CancellationToken);
        var optionsByTree = new OptionsPerTree<ConverseRequestOptions>(context.Options.AnalyzerConfigOptionsProvider, ConverseRequestOptions.Read);
        var knownModels = new OutputBound.KnownModels();
        var registered = ConstructionAction.Register(
            context,
            ImmutableArray.Create(ModelNamespace + "InvokeModelRequest", ModelNamespace + "InvokeModelWithResponseStreamRequest"),
            (operationContext, construction) =>
            {
                var cancellationToken = operationContext.CancellationToken;
                if (construction.Find("ModelId") is not { } modelId
                    || construction.Find("Body") is not { } body
                    || JsonBodyShape.Of(body.Value, resolver, cancellationToken) is not { } shape)
                {
                    return;
                }

                // A model id written on several paths: each constant judged on its own, one finding per family whose field the
                // body lacks (unknown paths add nothing, as for every sink).
                var models = resolver.ResolveEach(modelId.Value, cancellationToken);
                var reported = new HashSet<string>(StringComparer.Ordinal);
                foreach (var modelValue in models)
                {
                    if (modelValue.Text is not { } id
                        || ModelReference.Parse(id) is not { } reference
                        || Family.Of(reference.BaseId) is not { } family
                        || family.MissingField(shape) is not { } missing
                        || !reported.Add(family.Name + "\n" + missing))
                    {
                        continue;
                    }

                    var options = optionsByTree.For(construction.Creation.Syntax.SyntaxTree);
                    operationContext.ReportDiagnostic(OutputBound.Create(
                        construction.HeadLocation,
                        "The " + family.Name + " body of " + construction.Creation.Type!.Name,
                        missing,
                        knownModels.Of(models.Length == 1 ? modelValue : null),
                        options,
                        Array.Empty<FixEdit>(),
                        string.Empty));
                }
            });
        if (registered)
        {
            _ = ModelCatalog.Default;
        }
    }

    /// <summary>A model family and where its native request body bounds the output. Sources: the Amazon Bedrock User
    /// Guide's inference-parameter pages per family, and the Amazon Nova request schema (docs/rules/GA1003.md).</summary>
    private sealed class Family
    {
        private readonly Func<JsonBodyShape, string?> _missingField;

        private Family(string name, Func<JsonBodyShape, string?> missingField)
        {
            Name = name;
            _missingField = missingField;
        }

        public string Name { get; }

        /// <summary>The field the body lacks, or null when it has it or the part that would hold it is not readable.</summary>
        public string? MissingField(JsonBodyShape body) => _missingField(body);

        private static readonly Family Llama = new("Meta Llama", body => body.Has("max_gen_len") ? null : "max_gen_len");
        private static readonly Family Mistral = new("Mistral", body => body.Has("max_tokens") ? null : "max_tokens");
        private static readonly Family Cohere = new("Cohere Command", body => body.Has("max_tokens") ? null : "max_tokens");
        private static readonly Family Anthropic = new("Anthropic Claude", body =>
            body.Has("max_tokens") || body.Has("max_tokens_to_sample") ? null
            : body.Has("prompt") && !body.Has("messages") ? "max_tokens_to_sample" : "max_tokens");
        private static readonly Family Titan = new("Amazon Titan Text", body => Nested(body, "textGenerationConfig", "maxTokenCount"));
        private static readonly Family Nova = new("Amazon Nova", body => Nested(body, "inferenceConfig", "maxTokens", "max_new_tokens"));

        /// <summary><c>outer.field</c> is missing: no outer object, or an outer object we can read without any of the fields.</summary>
        private static string? Nested(JsonBodyShape body, string outer, params string[] fields)
        {
            if (!body.Has(outer, out var config))
            {
                return outer + "." + fields[0];
            }

            if (config is null)
            {
                return null; // built elsewhere, or not an object we can read
            }

            foreach (var field in fields)
            {
                if (config.Has(field))
                {
                    return null;
                }
            }

            return outer + "." + fields[0];
        }

        /// <summary>The family of a base model id; null for families we do not know and for models that do not generate text
        /// (embeddings, image, video, speech).</summary>
        public static Family? Of(string baseId)
        {
            if (baseId.StartsWith("meta.llama", StringComparison.Ordinal))
            {
                return Llama;
            }

            if (baseId.StartsWith("mistral.", StringComparison.Ordinal))
            {
                return Mistral;
            }

            if (baseId.StartsWith("cohere.command", StringComparison.Ordinal))
            {
                return Cohere;
            }

            if (baseId.StartsWith("anthropic.claude", StringComparison.Ordinal))
            {
                return Anthropic;
            }

            if (baseId.StartsWith("amazon.titan-text", StringComparison.Ordinal) || baseId.StartsWith("amazon.titan-tg1", StringComparison.Ordinal))
            {
                return Titan;
            }

            // Nova understanding models; not Canvas (images), Reel (video) or Sonic (speech-to-speech).
            return baseId.StartsWith("amazon.nova-", StringComparison.Ordinal)
                && !baseId.StartsWith("amazon.nova-canvas", StringComparison.Ordinal)
                && !baseId.StartsWith("amazon.nova-reel", StringComparison.Ordinal)
                && !baseId.StartsWith("amazon.nova-sonic", StringComparison.Ordinal)
                && !baseId.StartsWith("amazon.nova-2-sonic", StringComparison.Ordinal)
                && !baseId.StartsWith("amazon.nova-2-multimodal-embeddings", StringComparison.Ordinal)
                    ? Nova
                    : null;
        }
    }
}
