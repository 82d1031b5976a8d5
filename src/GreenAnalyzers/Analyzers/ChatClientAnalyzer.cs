namespace GreenAnalyzers.Analyzers;

/// <summary>
/// GA1003 for Microsoft.Extensions.AI: a Bedrock chat client (<c>AsIChatClient</c>, directly or through a
/// <c>ChatClientBuilder</c> pipeline) asked for a response without <c>ChatOptions.MaxOutputTokens</c>. Only clients whose
/// origin the method or its type shows are judged; a client passed in or injected may be any client, bounded anywhere.
/// </summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class ChatClientAnalyzer : GreenAnalyzer
{
    private const string Meai = "Microsoft.Extensions.AI.";
    private const string MaxOutputTokens = "MaxOutputTokens";
    private const int MaxDepth = 8;

    /// <summary>Builder steps of Microsoft.Extensions.AI that pass options through untouched (caching, function calls,
    /// logging, telemetry, history reduction, image tools). Any other step (<c>Use(…)</c>) may set the bound: unknown.</summary>
    private static readonly ImmutableHashSet<string> s_passThroughSteps = ImmutableHashSet.Create(
        "UseDistributedCache", "UseFunctionInvocation", "UseLogging", "UseOpenTelemetry", "UseChatReducer", "UseImageGeneration");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.BoundOutputLength);

    private protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(OnCompilationStart);

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var adapters = SymbolLookup.TypesByMetadataName(context.Compilation, "Amazon.BedrockRuntime.AmazonBedrockRuntimeExtensions");
        var chatClients = SymbolLookup.TypesByMetadataName(context.Compilation, Meai + "IChatClient");
        if (adapters.IsEmpty || chatClients.IsEmpty)
        {
            return; // no Bedrock chat client can exist in this compilation
        }

        _ = ModelCatalog.Default;
        var judge = new Judge(
            new System.Collections.Generic.HashSet<ITypeSymbol>(adapters, SymbolEqualityComparer.Default),
            new System.Collections.Generic.HashSet<ITypeSymbol>(chatClients, SymbolEqualityComparer.Default),
            new ValueResolver(context.Compilation, context.Options, context.CancellationToken),
            new OutputBound.KnownModels());
        var optionsByTree = new OptionsPerTree<ConverseRequestOptions>(context.Options.AnalyzerConfigOptionsProvider, ConverseRequestOptions.Read);
        context.RegisterOperationAction(
            operationContext =>
            {
                var invocation = (IInvocationOperation)operationContext.Operation;
                if (invocation.TargetMethod.Name is not ("GetResponseAsync" or "GetStreamingResponseAsync"))
                {
                    return;
                }

                var options = optionsByTree.For(invocation.Syntax.SyntaxTree);
                if (judge.Check(invocation, options, operationContext.CancellationToken) is { } diagnostic)
                {
                    operationContext.ReportDiagnostic(diagnostic);
                }
            },
            OperationKind.Invocation);
    }

    private sealed class Judge
    {
        private readonly System.Collections.Generic.HashSet<ITypeSymbol> _adapters;
        private readonly System.Collections.Generic.HashSet<ITypeSymbol> _chatClients;
        private readonly ValueResolver _resolver;
        private readonly OutputBound.KnownModels _knownModels;

        public Judge(
            System.Collections.Generic.HashSet<ITypeSymbol> adapters, System.Collections.Generic.HashSet<ITypeSymbol> chatClients, ValueResolver resolver,
            OutputBound.KnownModels knownModels)
        {
            _adapters = adapters;
            _chatClients = chatClients;
            _resolver = resolver;
            _knownModels = knownModels;
        }

        public Diagnostic? Check(IInvocationOperation call, ConverseRequestOptions options, CancellationToken cancellationToken)
        {
            // IChatClient.GetResponseAsync(…), or an extension overload whose first parameter is the client (string,
            // ChatMessage and structured-output overloads). Every overload names its ChatOptions parameter "options".
            IOperation? client;
            var method = call.TargetMethod;
            if (call.Instance is { } instance && _chatClients.Contains(method.ContainingType.OriginalDefinition))
            {
                client = instance;
            }
            else if (method.IsExtensionMethod && call.Arguments.Length > 0 && _chatClients.Contains(method.Parameters[0].Type.OriginalDefinition)
                && method.ContainingNamespace.IsNamespace("Microsoft.Extensions.AI"))
            {
                client = call.Arguments[0].Value;
            }
            else
            {
                return null;
            }

            IArgumentOperation? optionsArgument = null;
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { Name: "options" } parameter && parameter.Type.HasMetadataName(Meai + "ChatOptions"))
                {
                    optionsArgument = argument;
                }
            }

            if (optionsArgument is null || call.Syntax is not InvocationExpressionSyntax { ArgumentList: var argumentList } syntax)
            {
                return null; // not an overload we know
            }

            var onePath = true;
            var adapter = BedrockAdapter(client, depth: 0, ref onePath, cancellationToken);
            if (adapter is null)
            {
                return null; // a client of unknown origin, or one whose pipeline may bound the output
            }

            // What the call passes as ChatOptions, and what a fix would change.
            var maxTokens = MaxOutputTokens + " = " + options.MaxTokens.ToString(CultureInfo.InvariantCulture);
            var bound = FixElement.Assign(MaxOutputTokens, new FixValue.Number(options.MaxTokens));
            var newOptions = FixValue.New(Meai + "ChatOptions", bound);
            FixEdit edit;
            string fixTitle;
            ResolvedValue? model = null;
            var modelOverridden = false;
            var passed = optionsArgument.ArgumentKind == ArgumentKind.DefaultValue ? null : optionsArgument.Value.WithoutConversions();
            if (passed is null)
            {
                edit = new FixEdit(argumentList, SyntaxEdit.AddArgument, new FixElement(newOptions, Member: "options"));
                fixTitle = "Pass ChatOptions with " + maxTokens;
            }
            else if (passed.ConstantValue is { HasValue: true, Value: null })
            {
                edit = new FixEdit(passed.Syntax, SyntaxEdit.Replace, newOptions);
                fixTitle = "Pass ChatOptions with " + maxTokens;
            }
            else if (OptionsCreation(passed, cancellationToken) is { } creation)
            {
                var construction = ObjectConstruction.Analyze(creation, cancellationToken);
                if (construction.Escapes || construction.Touches(MaxOutputTokens))
                {
                    return null; // bounded, or completed by code we cannot see
                }

                if (construction.Find("ModelId") is { } modelId)
                {
                    modelOverridden = true; // the per-call model wins over the adapter's default; unknown means no price
                    model = _resolver.Resolve(modelId.Value, cancellationToken);
                }

                edit = new FixEdit(creation.Syntax, SyntaxEdit.Append, bound);
                fixTitle = "Add " + maxTokens;
            }
            else
            {
                return null; // options built elsewhere (parameter, field, factory): they may set the bound
            }

            // A client held on several paths (a field two constructors set) may be another model on the other path: unnamed.
            model = modelOverridden ? model : onePath && adapter.Arguments.Length > 1 && adapter.Arguments[1].ArgumentKind != ArgumentKind.DefaultValue
                ? _resolver.Resolve(adapter.Arguments[1].Value, cancellationToken)
                : null;
            var name = syntax.Expression switch
            {
                MemberAccessExpressionSyntax access => access.Name,
                SimpleNameSyntax simple => simple,
                _ => (SyntaxNode)syntax,
            };

            return OutputBound.Create(
                name.GetLocation(), method.Name, "ChatOptions.MaxOutputTokens", _knownModels.Of(model), options, new[] { edit }, fixTitle);
        }

        /// <summary>The <c>new ChatOptions { … }</c> the call passes, inline or through a local written once.</summary>
        private IObjectCreationOperation? OptionsCreation(IOperation passed, CancellationToken cancellationToken)
            => passed switch
            {
                IObjectCreationOperation inline => inline,
                ILocalReferenceOperation => _resolver.SingleWrite(passed, cancellationToken)?.WithoutConversions() as IObjectCreationOperation,
                _ => null,
            };

        /// <summary>The <c>AsIChatClient</c> call a chat client comes from when nothing between it and the call can bound the
        /// output; null when the origin is unknown or a pipeline step may set <c>MaxOutputTokens</c>. A client held on several
        /// paths (a field set by two constructors) is judged on each: the first Bedrock path found is the answer, and
        /// <paramref name="onePath"/> turns false.</summary>
        private IInvocationOperation? BedrockAdapter(IOperation client, int depth, ref bool onePath, CancellationToken cancellationToken)
        {
            client = client.WithoutConversions();
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (client)
            {
                case IInvocationOperation { TargetMethod.Name: "AsIChatClient" } adapter when _adapters.Contains(adapter.TargetMethod.ContainingType.OriginalDefinition):
                    return adapter;

                case IInvocationOperation { TargetMethod: { Name: "Build", ContainingType: var type }, Instance: { } builder }
                    when type.HasMetadataName(Meai + "ChatClientBuilder"):
                    return Pipeline(builder, depth + 1, ref onePath, cancellationToken);

                case ILocalReferenceOperation or IFieldReferenceOperation:
                    // Held in a local written once or a field written by its initializer or constructors (the shared
                    // resolver's rule): what was written there, on each path.
                    var heldOnOnePath = true;
                    var held = _resolver.OnSomePath(
                        client,
                        (IOperation written, out IInvocationOperation? bedrock) => (bedrock = BedrockAdapter(written, depth + 1, ref heldOnOnePath, cancellationToken)) is not null,
                        out var heldAdapter,
                        out var single,
                        cancellationToken);
                    onePath &= single && heldOnOnePath;
                    return held ? heldAdapter : null;

                default:
                    return null;
            }
        }

        /// <summary>Walks a builder chain back to its inner client: <c>inner.AsBuilder().UseLogging().ConfigureOptions(…)</c> or
        /// <c>new ChatClientBuilder(inner)</c>.</summary>
        private IInvocationOperation? Pipeline(IOperation builder, int depth, ref bool onePath, CancellationToken cancellationToken)
        {
            builder = builder.WithoutConversions();
            if (depth > MaxDepth)
            {
                return null;
            }

            switch (builder)
            {
                case IObjectCreationOperation { Arguments.Length: 1 } creation when creation.Type.HasMetadataName(Meai + "ChatClientBuilder"):
                    return BedrockAdapter(creation.Arguments[0].Value, depth + 1, ref onePath, cancellationToken);

                case IInvocationOperation { TargetMethod: { Name: "AsBuilder", IsExtensionMethod: true }, Arguments.Length: 1 } asBuilder:
                    return BedrockAdapter(asBuilder.Arguments[0].Value, depth + 1, ref onePath, cancellationToken);

                case IInvocationOperation { TargetMethod: { IsExtensionMethod: true, Name: var step }, Arguments.Length: > 0 } extension
                    when extension.TargetMethod.ContainingNamespace.IsNamespace("Microsoft.Extensions.AI")
                        && (s_passThroughSteps.Contains(step) || (step == "ConfigureOptions" && !SetsMaxOutputTokens(extension))):
                    return Pipeline(extension.Arguments[0].Value, depth + 1, ref onePath, cancellationToken);

                case ILocalReferenceOperation:
                    return _resolver.SingleWrite(builder, cancellationToken) is { } held ? Pipeline(held, depth + 1, ref onePath, cancellationToken) : null;

                default:
                    return null; // Use(…) middleware, a builder from elsewhere: it may bound the output
            }
        }

        /// <summary>Whether <c>ConfigureOptions(o => …)</c> may set <c>MaxOutputTokens</c>: yes when its lambda assigns it, and
        /// when the delegate is not a lambda we can read.</summary>
        private static bool SetsMaxOutputTokens(IInvocationOperation configureOptions)
        {
            if (configureOptions.Arguments.Length < 2
                || configureOptions.Arguments[1].Value.WithoutConversions() is not IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                return true;
            }

            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is IPropertyReferenceOperation { Property.Name: MaxOutputTokens })
                {
                    return true; // assigned (o.MaxOutputTokens = 500, ??=) or read to decide: either way the step handles it
                }
            }

            return false;
        }
    }
}
