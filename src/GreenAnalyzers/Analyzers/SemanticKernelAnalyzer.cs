namespace GreenAnalyzers.Analyzers;

/// <summary>
/// GA1003 for Semantic Kernel's Amazon connector: a prompt or chat call answered by a Bedrock service with no execution
/// settings, or settings without a max-token entry. Judged only where the code shows the service is Bedrock's: a
/// <c>new BedrockChatCompletionService(…)</c> / <c>new BedrockTextGenerationService(…)</c>, or a kernel built in the
/// calling type whose only chat or text-generation registrations there are the Bedrock connector's.
/// </summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class SemanticKernelAnalyzer : GreenAnalyzer
{
    private const string SkAmazon = "Microsoft.SemanticKernel.Connectors.Amazon.";
    private const int MaxDepth = 8;

    /// <summary>The properties of the connector's settings classes that bound the output.</summary>
    private static readonly ImmutableHashSet<string> s_boundProperties = ImmutableHashSet.Create(
        "MaxTokens", "MaxGenLen", "MaxTokenCount", "MaxTokensToSample");

    /// <summary>The <c>ExtensionData</c> keys the connector reads for the bound, per family (BedrockModelUtilities.GetExtensionDataValue
    /// calls in the connector's model services), and <c>max_new_tokens</c>, Nova's.</summary>
    private static readonly ImmutableHashSet<string> s_boundKeys = ImmutableHashSet.Create(
        "max_tokens", "max_gen_len", "maxTokenCount", "max_tokens_to_sample", "maxTokens", "max_new_tokens");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.BoundOutputLength);

    private protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(OnCompilationStart);

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var services = new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default);
        services.UnionWith(SymbolLookup.TypesByMetadataName(context.Compilation, SkAmazon + "BedrockChatCompletionService"));
        services.UnionWith(SymbolLookup.TypesByMetadataName(context.Compilation, SkAmazon + "BedrockTextGenerationService"));
        if (services.Count == 0)
        {
            return; // the connector is not referenced
        }

        _ = ModelCatalog.Default;
        var judge = new Judge(services, new ValueResolver(context.Compilation, context.Options, context.CancellationToken), new OutputBound.KnownModels());
        var optionsByTree = new OptionsPerTree<ConverseRequestOptions>(context.Options.AnalyzerConfigOptionsProvider, ConverseRequestOptions.Read);
        context.RegisterOperationAction(
            operationContext =>
            {
                var call = (IInvocationOperation)operationContext.Operation;
                if (!Judge.IsGenerationCall(call.TargetMethod.Name))
                {
                    return;
                }

                var options = optionsByTree.For(call.Syntax.SyntaxTree);
                if (judge.Check(call, options, operationContext.CancellationToken) is { } diagnostic)
                {
                    operationContext.ReportDiagnostic(diagnostic);
                }
            },
            OperationKind.Invocation);
    }

    private sealed class Judge
    {
        private readonly HashSet<ITypeSymbol> _services;
        private readonly ValueResolver _resolver;
        private readonly OutputBound.KnownModels _knownModels;

        public Judge(HashSet<ITypeSymbol> services, ValueResolver resolver, OutputBound.KnownModels knownModels)
        {
            _services = services;
            _resolver = resolver;
            _knownModels = knownModels;
        }

        public static bool IsGenerationCall(string name) => name is "InvokePromptAsync" or "InvokePromptStreamingAsync"
            or "GetChatMessageContentAsync" or "GetChatMessageContentsAsync" or "GetStreamingChatMessageContentsAsync"
            or "GetTextContentAsync" or "GetTextContentsAsync" or "GetStreamingTextContentsAsync";

        public Diagnostic? Check(IInvocationOperation call, ConverseRequestOptions options, CancellationToken cancellationToken)
        {
            var method = call.TargetMethod;
            if (!method.ContainingNamespace.IsNamespace("Microsoft.SemanticKernel")
                && !method.ContainingNamespace.IsNamespace("Microsoft.SemanticKernel.ChatCompletion")
                && !method.ContainingNamespace.IsNamespace("Microsoft.SemanticKernel.TextGeneration")
                && !method.ContainingNamespace.IsNamespace("Microsoft.SemanticKernel.Connectors.Amazon"))
            {
                return null;
            }

            var receiver = call.Instance ?? (method.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
            if (receiver is null)
            {
                return null;
            }

            // Where the settings are, and which Bedrock model answers.
            IArgumentOperation? settings = null;
            IArgumentOperation? arguments = null;
            foreach (var argument in call.Arguments)
            {
                switch (argument.Parameter?.Name)
                {
                    case "executionSettings" when argument.Parameter.Type.HasMetadataName("Microsoft.SemanticKernel.PromptExecutionSettings"):
                        settings = argument;
                        break;
                    case "arguments" when argument.Parameter.Type.HasMetadataName("Microsoft.SemanticKernel.KernelArguments"):
                        arguments = argument;
                        break;
                }
            }

            ResolvedValue? model;
            bool unbounded;
            if (method.Name.StartsWith("InvokePrompt", StringComparison.Ordinal))
            {
                if (arguments is null || !IsBedrockKernel(receiver, call, depth: 0, cancellationToken, out model))
                {
                    return null;
                }

                unbounded = ArgumentsUnbounded(arguments, cancellationToken);
            }
            else
            {
                if (settings is null || !IsBedrockService(receiver, call, depth: 0, cancellationToken, out model))
                {
                    return null;
                }

                unbounded = SettingsUnbounded(settings.ArgumentKind == ArgumentKind.DefaultValue ? null : settings.Value, cancellationToken);
            }

            if (!unbounded)
            {
                return null;
            }

            var name = call.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Name : call.Syntax;
            return OutputBound.Create(
                name.GetLocation(), method.Name, BoundSetting(model?.Text), _knownModels.Of(model), options,
                Array.Empty<FixEdit>(), string.Empty);
        }

        /// <summary>No KernelArguments, or arguments whose execution settings (none, or one object we can read) set no bound.</summary>
        private bool ArgumentsUnbounded(IArgumentOperation arguments, CancellationToken cancellationToken)
        {
            if (arguments.ArgumentKind == ArgumentKind.DefaultValue)
            {
                return true;
            }

            var value = arguments.Value.WithoutConversions();
            if (value.ConstantValue is { HasValue: true, Value: null })
            {
                return true;
            }

            if (value is ILocalReferenceOperation && _resolver.SingleWrite(value, cancellationToken) is { } held)
            {
                value = held.WithoutConversions();
            }

            if (value is not IObjectCreationOperation creation || !creation.Type.HasMetadataName("Microsoft.SemanticKernel.KernelArguments"))
            {
                return false; // arguments built elsewhere
            }

            var construction = ObjectConstruction.Analyze(creation, cancellationToken);
            if (construction.Escapes || construction.Touches("ExecutionSettings"))
            {
                return false;
            }

            IOperation? passed = null;
            foreach (var argument in creation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.DefaultValue)
                {
                    continue;
                }

                if (argument.Parameter?.Type.HasMetadataName("Microsoft.SemanticKernel.PromptExecutionSettings") != true)
                {
                    // A list or dictionary of settings (per service id), or values copied from a dictionary: its settings, if
                    // any, are not ours to read; plain arguments (new KernelArguments { ["input"] = x }) have none.
                    if (argument.Parameter?.Name != "source")
                    {
                        return false;
                    }

                    continue;
                }

                passed = argument.Value;
            }

            return SettingsUnbounded(passed, cancellationToken);
        }

        /// <summary>No settings, or a settings object built in the method that sets no bound property or key.</summary>
        private bool SettingsUnbounded(IOperation? settings, CancellationToken cancellationToken)
        {
            var value = settings?.WithoutConversions();
            if (value is null || value.ConstantValue is { HasValue: true, Value: null })
            {
                return true;
            }

            if (value is ILocalReferenceOperation && _resolver.SingleWrite(value, cancellationToken) is { } held)
            {
                value = held.WithoutConversions();
            }

            if (value is not IObjectCreationOperation creation)
            {
                return false; // settings from elsewhere may set the bound
            }

            var construction = ObjectConstruction.Analyze(creation, cancellationToken);
            if (construction.Escapes)
            {
                return false;
            }

            foreach (var property in s_boundProperties)
            {
                if (construction.Touches(property))
                {
                    return false;
                }
            }

            foreach (var element in construction.Elements)
            {
                if (element.Key.ConstantValue is not { HasValue: true, Value: string key } || s_boundKeys.Contains(key))
                {
                    return false; // the bound, or a key we cannot read
                }
            }

            // ExtensionData replaced by a dictionary built elsewhere: it may hold the bound.
            return construction.Find("ExtensionData") is not { } data || data.UnwrappedValue is IObjectCreationOperation;
        }

        /// <summary>A service created as Bedrock's (inline, or held in a local or field), or asked from a Bedrock kernel.</summary>
        private bool IsBedrockService(IOperation service, IInvocationOperation call, int depth, CancellationToken cancellationToken, out ResolvedValue? model)
        {
            model = null;
            service = service.WithoutConversions();
            if (depth > MaxDepth)
            {
                return false;
            }

            switch (service)
            {
                case IObjectCreationOperation creation when creation.Type is not null && _services.Contains(creation.Type):
                    model = creation.Arguments.Length > 0 ? _resolver.Resolve(creation.Arguments[0].Value, cancellationToken) : null;
                    return true;

                case IInvocationOperation { TargetMethod.Name: "GetRequiredService" or "GetService" } lookup
                    when lookup.TargetMethod.TypeArguments.Length == 1 && (lookup.Instance ?? (lookup.Arguments.Length > 0 ? lookup.Arguments[0].Value : null)) is { } kernel
                        && kernel.Type.HasMetadataName("Microsoft.SemanticKernel.Kernel"):
                    return IsBedrockKernel(kernel, call, depth + 1, cancellationToken, out model);

                case ILocalReferenceOperation or IFieldReferenceOperation:
                    var bedrock = _resolver.OnSomePath(service, (IOperation held, out ResolvedValue? heldModel) => IsBedrockService(held, call, depth + 1, cancellationToken, out heldModel), out model, out var onePath, cancellationToken);
                    model = onePath ? model : null; // held on several paths: another model may answer on another
                    return bedrock;

                default:
                    return false;
            }
        }

        /// <summary>A kernel built in the calling type (<c>builder.Build()</c>, held in a local or field), whose type registers
        /// only the Bedrock connector's chat or text-generation services.</summary>
        private bool IsBedrockKernel(IOperation kernel, IInvocationOperation call, int depth, CancellationToken cancellationToken, out ResolvedValue? model)
        {
            model = null;
            kernel = kernel.WithoutConversions();
            if (depth > MaxDepth)
            {
                return false;
            }

            switch (kernel)
            {
                case IInvocationOperation { TargetMethod.Name: "Build" } build when build.Type.HasMetadataName("Microsoft.SemanticKernel.Kernel"):
                    return OnlyBedrockRegistrations(call, cancellationToken, out model);
                case ILocalReferenceOperation or IFieldReferenceOperation:
                    var bedrock = _resolver.OnSomePath(kernel, (IOperation held, out ResolvedValue? heldModel) => IsBedrockKernel(held, call, depth + 1, cancellationToken, out heldModel), out model, out var onePath, cancellationToken);
                    model = onePath ? model : null; // held on several paths: another model may answer on another
                    return bedrock;
                default:
                    return false; // injected, passed in, or created elsewhere
            }
        }

        /// <summary>Whether every chat, text-generation or chat-client registration in the calling type is the Bedrock
        /// connector's chat or text service, and there is at least one; the model when there is exactly one.</summary>
        private bool OnlyBedrockRegistrations(IInvocationOperation call, CancellationToken cancellationToken, out ResolvedValue? model)
        {
            model = null;
            if (call.SemanticModel is not { } semanticModel
                || semanticModel.GetEnclosingSymbol(call.Syntax.SpanStart, cancellationToken)?.ContainingType is not { } type)
            {
                return false;
            }

            var bedrock = 0;
            foreach (var part in type.DeclaringSyntaxReferences)
            {
                if (part.SyntaxTree != semanticModel.SyntaxTree)
                {
                    return false; // a partial type across files: not worth binding the other parts
                }

                foreach (var node in part.GetSyntax(cancellationToken).DescendantNodes())
                {
                    if (node is not InvocationExpressionSyntax invocation || RegisteredName(invocation) is not { } name)
                    {
                        continue;
                    }

                    if (name is not ("AddBedrockChatCompletionService" or "AddBedrockTextGenerationService")
                        || semanticModel.GetOperation(invocation, cancellationToken) is not IInvocationOperation registration
                        || !registration.TargetMethod.ContainingType.HasMetadataName("Microsoft.SemanticKernel.BedrockKernelBuilderExtensions")
                            && !registration.TargetMethod.ContainingType.HasMetadataName("Microsoft.SemanticKernel.BedrockServiceCollectionExtensions"))
                    {
                        return false; // another provider's service may answer
                    }

                    bedrock++;
                    foreach (var argument in registration.Arguments)
                    {
                        if (argument.Parameter?.Name == "modelId")
                        {
                            model = bedrock == 1 ? _resolver.Resolve(argument.Value, cancellationToken) : null;
                        }
                    }
                }
            }

            return bedrock > 0;
        }

        /// <summary>The method name of an <c>Add…ChatCompletion…</c>, <c>Add…TextGeneration…</c> or <c>Add…ChatClient</c> call.</summary>
        private static string? RegisteredName(InvocationExpressionSyntax invocation)
        {
            var name = invocation.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => null,
            };
            return name is not null && name.StartsWith("Add", StringComparison.Ordinal)
                && (name.Contains("ChatCompletion") || name.Contains("TextGeneration") || name.Contains("ChatClient"))
                    ? name
                    : null;
        }

        /// <summary>The setting that bounds the output for the model's family, as the connector reads it.</summary>
        private static string BoundSetting(string? modelId)
        {
            var baseId = modelId is null ? null : ModelReference.Parse(modelId)?.BaseId;
            return baseId switch
            {
                null => "max-token execution setting",
                _ when baseId.StartsWith("meta.", StringComparison.Ordinal) => "AmazonLlama3ExecutionSettings.MaxGenLen",
                _ when baseId.StartsWith("anthropic.", StringComparison.Ordinal) => "AmazonClaudeExecutionSettings.MaxTokensToSample",
                _ when baseId.StartsWith("mistral.", StringComparison.Ordinal) => "AmazonMistralExecutionSettings.MaxTokens",
                _ when baseId.StartsWith("cohere.command-r", StringComparison.Ordinal) => "AmazonCommandRExecutionSettings.MaxTokens",
                _ when baseId.StartsWith("cohere.command", StringComparison.Ordinal) => "AmazonCommandExecutionSettings.MaxTokens",
                _ when baseId.StartsWith("ai21.jamba", StringComparison.Ordinal) => "AmazonJambaExecutionSettings.MaxTokens",
                _ when baseId.StartsWith("amazon.titan", StringComparison.Ordinal) => "AmazonTitanExecutionSettings.MaxTokenCount",
                _ => "max-token execution setting",
            };
        }
    }
}
