using System.Collections.Concurrent;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// Judges how a Bedrock Converse request is built within one method.
/// GA1003: no <c>InferenceConfig.MaxTokens</c>. GA1004: a long constant system prompt (or first user message) with no
/// cache point after it, for a model that caches prompt prefixes. Requests that escape the method are not judged.
/// </summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class ConverseRequestAnalyzer : GreenAnalyzer
{
    private const string ModelNamespace = "Amazon.BedrockRuntime.Model.";

    /// <summary>Anthropic's figure for English text; the only vendor figure the research found (docs/research/prompt-caching.md).</summary>
    private const double CharactersPerToken = 3.5;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.BoundOutputLength, Rules.CacheStaticPrompt);

    private protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(OnCompilationStart);

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var resolver = new ValueResolver(context.Compilation, context.Options, context.CancellationToken);
        var optionsByTree = new OptionsPerTree<ConverseRequestOptions>(context.Options.AnalyzerConfigOptionsProvider, ConverseRequestOptions.Read);
        var bounds = new ConcurrentDictionary<(string? Model, int MaxTokens, bool InConfig), OutputBound.Judgement>(); // what Judge reads
        var knownModels = new OutputBound.KnownModels();

        var registered = ConstructionAction.Register(
            context,
            ImmutableArray.Create(ModelNamespace + "ConverseRequest", ModelNamespace + "ConverseStreamRequest"),
            (operationContext, construction) =>
            {
                var tree = construction.Creation.Syntax.SyntaxTree;
                var options = optionsByTree.For(tree);
                var model = Model(construction, resolver, knownModels, operationContext.CancellationToken);

                if (BoundOutputLength(construction, model, options, bounds) is { } bound)
                {
                    operationContext.ReportDiagnostic(bound);
                }

                if (CacheStaticPrompt(construction, model, options, resolver, operationContext.CancellationToken) is { } cache)
                {
                    operationContext.ReportDiagnostic(cache);
                }
            });
        if (registered)
        {
            // Loaded here, once, not by the first operation callbacks: those run in parallel and would wait on one another.
            _ = ModelCatalog.Default;
        }
    }

    private static (ModelReference Reference, ModelEntry Entry)? Model(
        ObjectConstruction construction, ValueResolver resolver, OutputBound.KnownModels knownModels, CancellationToken cancellationToken)
        => construction.Find("ModelId") is { } assignment ? knownModels.Of(resolver.Resolve(assignment.Value, cancellationToken)) : null;

    // ------------------------------------------------------------------ GA1003

    /// <param name="bounds">The judgements made so far: what a finding says and writes depends on the model, the options'
    /// bound and whether the request has an InferenceConfig (the fix appends to it, or adds one), never on where it is
    /// (issue 21).</param>
    private static Diagnostic? BoundOutputLength(
        ObjectConstruction construction, (ModelReference Reference, ModelEntry Entry)? model, ConverseRequestOptions options,
        ConcurrentDictionary<(string? Model, int MaxTokens, bool InConfig), OutputBound.Judgement> bounds)
    {
        if (construction.Find("InferenceConfig", "MaxTokens") is not null)
        {
            return null;
        }

        SyntaxNode target;
        bool inConfig;
        if (construction.Find("InferenceConfig") is { } config)
        {
            if (config.Value.WithoutConversions() is not IObjectCreationOperation configCreation)
            {
                return null; // a configuration built elsewhere: it may well set MaxTokens
            }

            target = configCreation.Syntax;
            inConfig = true;
        }
        else
        {
            if (construction.Touches("InferenceConfig"))
            {
                return null; // `InferenceConfig = { … }` on a null member: not ours to rewrite
            }

            target = construction.Creation.Syntax;
            inConfig = false;
        }

        var key = (model?.Reference.Value, options.MaxTokens, inConfig);
        if (!bounds.TryGetValue(key, out var judgement))
        {
            judgement = bounds.GetOrAdd(key, JudgeBound(model, options, target, inConfig));
        }

        return OutputBound.Create(construction.HeadLocation, construction.Creation.Type!.Name, "InferenceConfig.MaxTokens", judgement, target.GetLocation());
    }

    /// <summary>The finding and fix for a request without MaxTokens: <c>MaxTokens = n</c> appended to its InferenceConfig,
    /// or an InferenceConfig with it appended to the request.</summary>
    private static OutputBound.Judgement JudgeBound(
        (ModelReference Reference, ModelEntry Entry)? model, ConverseRequestOptions options, SyntaxNode target, bool inConfig)
    {
        var maxTokens = FixElement.Assign("MaxTokens", new FixValue.Number(options.MaxTokens));
        var maxTokensText = "MaxTokens = " + options.MaxTokens.ToString(CultureInfo.InvariantCulture);
        var edit = inConfig
            ? new FixEdit(target, SyntaxEdit.Append, maxTokens)
            : new FixEdit(target, SyntaxEdit.Append, FixElement.Assign("InferenceConfig", FixValue.New("Amazon.BedrockRuntime.Model.InferenceConfiguration", maxTokens)));
        return OutputBound.Judge(model, options, new[] { edit }, inConfig ? $"Add {maxTokensText}" : $"Add InferenceConfig with {maxTokensText}");
    }

    // ------------------------------------------------------------------ GA1004

    private static Diagnostic? CacheStaticPrompt(
        ObjectConstruction construction, (ModelReference Reference, ModelEntry Entry)? model, ConverseRequestOptions options,
        ValueResolver resolver, CancellationToken cancellationToken)
    {
        if (model is not { Entry.PromptCaching: { } caching } known || construction.IsUsedLater("System"))
        {
            return null;
        }

        // The cached prefix runs tools → system → messages: the system prompt when there is one, else the first user message.
        ConstantPrefix? prefix;
        string where;
        if (construction.Find("System") is { } system)
        {
            prefix = ConstantPrefix.Of(system.Value, resolver, cancellationToken);
            where = "system";
        }
        else if (!construction.IsUsedLater("Messages") && construction.Find("Messages") is { } messages
            && FirstUserMessageContent(messages.Value, cancellationToken) is { } content)
        {
            prefix = ConstantPrefix.Of(content, resolver, cancellationToken);
            where = "first user message";
        }
        else
        {
            return null;
        }

        // Below the model's minimum, AWS says the call succeeds but nothing is cached: estimate it in characters.
        var threshold = Math.Max(options.MinChars, (int)Math.Ceiling(caching.MinTokensPerCheckpoint * CharactersPerToken));
        if (prefix is not { HasCachePoint: false, LastConstantBlock: { } last } || prefix.Characters < threshold)
        {
            return null;
        }

        var blockType = prefix.BlockType!.ToDisplayString();
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[PropertyKeys.Model] = known.Reference.Value;
        properties[PropertyKeys.PromptChars] = prefix.Characters.ToString(CultureInfo.InvariantCulture);
        properties[PropertyKeys.CacheMinTokens] = caching.MinTokensPerCheckpoint.ToString(CultureInfo.InvariantCulture);
        properties[PropertyKeys.BlockType] = blockType;

        return SyntaxEdit.Create(
            Rules.CacheStaticPrompt,
            last.GetLocation(),
            new[] { new FixEdit(last, SyntaxEdit.InsertAfter, CachePointBlock(blockType)) },
            "Add a cache point after the constant prompt",
            properties,
            prefix.Characters.ToString("N0", CultureInfo.InvariantCulture),
            where,
            known.Reference.Value,
            caching.MinTokensPerCheckpoint.ToString("N0", CultureInfo.InvariantCulture),
            caching.Source.Citation);
    }

    /// <summary><c>new Block { CachePoint = new CachePointBlock { Type = CachePointType.Default } }</c>, in the block type of
    /// the list it joins (system or message content).</summary>
    private static FixValue.Creation CachePointBlock(string blockType)
        => FixValue.New(blockType, FixElement.Assign("CachePoint", FixValue.New(
            "Amazon.BedrockRuntime.Model.CachePointBlock",
            FixElement.Assign("Type", new FixValue.Member("Amazon.BedrockRuntime.CachePointType", "Default")))));

    /// <summary>The content list of <c>Messages[0]</c> when it is created in place and its role is the user's (or unset).</summary>
    private static IOperation? FirstUserMessageContent(IOperation messages, CancellationToken cancellationToken)
    {
        if (ConstantPrefix.Elements(messages) is not { Count: > 0 } elements
            || messages.FindOperation(elements[0], cancellationToken) is not { } first
            || first.WithoutConversions() is not IObjectCreationOperation { Initializer: { } initializer })
        {
            return null;
        }

        IOperation? content = null;
        foreach (var entry in initializer.Initializers)
        {
            if (entry is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
            {
                if (property.Property.Name == "Role" && !IsUserRole(assignment.Value))
                {
                    return null;
                }

                if (property.Property.Name == "Content")
                {
                    content = assignment.Value;
                }
            }
        }

        return content;
    }

    private static bool IsUserRole(IOperation role)
        => role.WithoutConversions() is IMemberReferenceOperation { Member.Name: "User" }
            || role.ConstantValue is { HasValue: true, Value: "user" };

    /// <summary>The blocks of a content list written in place (collection expression or collection initializer): how many
    /// characters of constant text open it, the last block of that constant run, and whether any block is a cache point.</summary>
    private sealed class ConstantPrefix
    {
        public int Characters { get; private set; }

        public SyntaxNode? LastConstantBlock { get; private set; }

        public bool HasCachePoint { get; private set; }

        public ITypeSymbol? BlockType { get; private set; }

        public static ConstantPrefix? Of(IOperation list, ValueResolver resolver, CancellationToken cancellationToken)
        {
            if (Elements(list) is not { } elements)
            {
                return null;
            }

            var prefix = new ConstantPrefix();
            var constantRun = true;
            foreach (var element in elements)
            {
                if (list.FindOperation(element, cancellationToken) is not { } operation
                    || operation.WithoutConversions() is not IObjectCreationOperation { Initializer: { } initializer, Type: { } blockType })
                {
                    constantRun = false;
                    continue;
                }

                prefix.BlockType = blockType;
                string? text = null;
                foreach (var entry in initializer.Initializers)
                {
                    if (entry is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } } assignment)
                    {
                        if (name == "CachePoint")
                        {
                            prefix.HasCachePoint = true;
                        }
                        else if (name == "Text")
                        {
                            text = resolver.Resolve(assignment.Value, cancellationToken)?.Text;
                        }
                    }
                }

                if (constantRun && text is not null)
                {
                    prefix.Characters += text.Length;
                    prefix.LastConstantBlock = element;
                }
                else
                {
                    constantRun = false; // dynamic content ends the part of the prompt that can be cached
                }
            }

            return prefix;
        }

        /// <summary>Element expressions of <c>[a, b]</c> or <c>new List&lt;T&gt; { a, b }</c>; null for anything else.</summary>
        public static IReadOnlyList<ExpressionSyntax>? Elements(IOperation list)
        {
            switch (list.WithoutConversions().Syntax)
            {
                case CollectionExpressionSyntax collection:
                    var expressions = new List<ExpressionSyntax>();
                    foreach (var element in collection.Elements)
                    {
                        if (element is not ExpressionElementSyntax expression)
                        {
                            return null; // a spread: contents unknown
                        }

                        expressions.Add(expression.Expression);
                    }

                    return expressions;
                case BaseObjectCreationExpressionSyntax { Initializer: { } initializer }
                    when initializer.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.CollectionInitializerExpression):
                    return initializer.Expressions;
                default:
                    return null;
            }
        }
    }
}
