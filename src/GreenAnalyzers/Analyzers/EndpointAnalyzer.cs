using System.Collections.Concurrent;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// Judges how SageMaker endpoints are watched.
/// GA5001: a <c>CreateEndpointConfigRequest</c> built without data capture, or with capture off.
/// GA5002 (compilation end): endpoints are created, but nothing in the project scales them or alarms on them.
/// </summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class EndpointAnalyzer : GreenAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.CaptureEndpointData, Rules.ScaleAndAlarmEndpoints);

    private protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(OnCompilationStart);

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var created = CreatedTypes(context.Compilation);
        if (!created.ContainsValue(Created.EndpointConfig) && !created.ContainsValue(Created.CdkEndpointConfig))
        {
            return; // no SageMaker endpoint config this compilation can build
        }

        var optionsByTree = new OptionsPerTree<MonitoringOptions>(context.Options.AnalyzerConfigOptionsProvider, MonitoringOptions.Read);
        var scripts = new Scripts(); // GA5001's fix scripts, per destination, sampling and form
        var resolver = new ValueResolver(context.Compilation);
        var scaleAndAlarm = ScaleAndAlarm.Register(context, resolver);

        // One creation callback for both rules, called for these types only (issue 21: most creations of a project are
        // none of them).
        KeyedAction.RegisterCreation(
            context,
            created.Keys,
            operationContext =>
            {
                var creation = (IObjectCreationOperation)operationContext.Operation;
                if (!ConstructionAction.TryMatch(creation, created, out var meaning))
                {
                    return;
                }

                var cancellationToken = operationContext.CancellationToken;
                var cdk = meaning == Created.CdkEndpointConfig;
                var construction = meaning switch
                {
                    Created.EndpointConfig => ConstructionAction.Judged(creation, includeEscaping: false, cancellationToken),
                    Created.CdkEndpointConfig => CdkProps(creation, resolver, cancellationToken),
                    _ => null,
                };
                if (construction is not null
                    && CaptureEndpointData(construction, optionsByTree.For(creation.Syntax.SyntaxTree), cdk, scripts) is { } diagnostic)
                {
                    operationContext.ReportDiagnostic(diagnostic);
                }

                scaleAndAlarm.OnCreation(operationContext, creation, meaning);
            });
    }

    /// <summary>What each creation either rule looks at means.</summary>
    private enum Created
    {
        /// <summary>An SDK endpoint config request: GA5001 judges its data capture, GA5002 whether it runs one instance.</summary>
        EndpointConfig,

        /// <summary>The AWS CDK's <c>CfnEndpointConfig</c>: GA5001 judges its props' data capture.</summary>
        CdkEndpointConfig,
        Endpoint,
        Alarm,
        AlarmOnMetric,
        ScalableTarget,
    }

    /// <summary>The types either rule looks at, as this compilation sees them (<see cref="ConstructionAction.Types"/>).</summary>
    private static Dictionary<ITypeSymbol, Created> CreatedTypes(Compilation compilation)
        => ConstructionAction.Types(compilation, new[]
        {
            ("Amazon.SageMaker.Model.CreateEndpointConfigRequest", Created.EndpointConfig),
            (CdkEndpointConfig, Created.CdkEndpointConfig),
            (CdkSageMaker + "CfnEndpoint", Created.Endpoint),
            ("Amazon.CloudWatch.Model.PutMetricAlarmRequest", Created.Alarm),
            (CdkCloudWatch + "CfnAlarmProps", Created.Alarm),
            (CdkCloudWatch + "AlarmProps", Created.AlarmOnMetric),
            ("Amazon.ApplicationAutoScaling.Model.RegisterScalableTargetRequest", Created.ScalableTarget),
            (CdkAutoScaling + "CfnScalableTargetProps", Created.ScalableTarget),
            (CdkAutoScaling + "ScalableTargetProps", Created.ScalableTarget),
        });

    // ------------------------------------------------------------------ AWS CDK

    private const string CdkSageMaker = "Amazon.CDK.AWS.Sagemaker.";
    private const string CdkEndpointConfig = CdkSageMaker + "CfnEndpointConfig";
    private const string CdkCloudWatch = "Amazon.CDK.AWS.CloudWatch.";
    private const string CdkAutoScaling = "Amazon.CDK.AWS.ApplicationAutoScaling.";

    /// <summary>The props of a CDK <c>CfnEndpointConfig</c>, as a construction to judge: created in place or in a local of
    /// the method, and the construct itself not given data capture afterwards (<c>config.DataCaptureConfig = …</c>, or an
    /// initializer on the construct). Null when the props come from elsewhere (a parameter, a helper), when they are
    /// completed elsewhere, or when the construct is stored or returned, where a later change cannot be seen.</summary>
    private static ObjectConstruction? CdkProps(IObjectCreationOperation construct, ValueResolver resolver, CancellationToken cancellationToken)
    {
        var constructed = ObjectConstruction.Analyze(construct, cancellationToken);
        var consumer = construct.WithEnclosingConversions().Parent;
        if (constructed.Touches("DataCaptureConfig")
            || (constructed.Escapes && consumer is not (IExpressionStatementOperation or IDiscardOperation or ISimpleAssignmentOperation { Target: IDiscardOperation })))
        {
            return null;
        }

        IArgumentOperation? propsArgument = null;
        foreach (var argument in construct.Arguments)
        {
            if (argument.Parameter?.Name == "props")
            {
                propsArgument = argument;
            }
        }

        var creation = propsArgument?.Value.WithoutConversions() switch
        {
            IObjectCreationOperation inPlace => inPlace,
            ILocalReferenceOperation local => resolver.SingleWrite(local, cancellationToken)?.WithoutConversions() as IObjectCreationOperation,
            _ => null,
        };
        if (creation is null)
        {
            return null;
        }

        var props = ObjectConstruction.Analyze(creation, cancellationToken);
        return props.Escapes ? null : props;
    }

    // ------------------------------------------------------------------ GA5001

    /// <param name="scripts">The fix script of a request without data capture: the same at every such request of a
    /// compilation with the same destination, sampling and form, so built once.</param>
    private static Diagnostic? CaptureEndpointData(ObjectConstruction construction, MonitoringOptions options, bool cdk, Scripts scripts)
    {
        var enable = construction.Find("DataCaptureConfig", "EnableCapture");
        var subject = cdk ? "CfnEndpointConfig" : construction.Creation.Type!.Name;
        if (enable?.Constant is false || (enable is not null && enable.UnwrappedValue.ConstantValue is { HasValue: true, Value: false }))
        {
            return SyntaxEdit.Create(
                Rules.CaptureEndpointData, construction.HeadLocation, new[] { new FixEdit(enable.UnwrappedValue.Syntax, SyntaxEdit.Replace, new FixValue.Flag(true)) },
                "Switch data capture on", ImmutableDictionary.CreateBuilder<string, string?>(), subject, "switches data capture off", string.Empty);
        }

        if (construction.Touches("DataCaptureConfig"))
        {
            return null;
        }

        // Without a destination chosen by the team there is no fix: a made-up bucket would fail at deployment, or worse, work.
        // The fix appends to the request; its script is written once per compilation.
        var edits = options.Destination is { } destination
            ? new[] { new FixEdit(construction.Creation.Syntax, SyntaxEdit.Append, DataCapture(destination, options.SamplingPercentage, cdk)) }
            : System.Array.Empty<FixEdit>();
        return SyntaxEdit.Create(
            Rules.CaptureEndpointData, construction.HeadLocation, edits,
            scripts.For(edits, $"Add data capture ({options.SamplingPercentage}% of requests and responses to {options.Destination})"),
            subject, "has no DataCaptureConfig",
            options.Destination is null ? " (for a fix, set " + GreenOptions.DestinationS3Uri.RuleKey(RuleIds.CaptureEndpointData) + " = s3://<bucket>/<prefix> in .editorconfig)" : string.Empty);
    }

    /// <summary>Capture on, requests and responses (Input and Output exist in every SDK version; InputAndOutput is newer),
    /// the list created where it is filled (v4 collections are null by default). The CDK form uses the L1 property types,
    /// and capture modes as the strings CloudFormation takes. The fix writes it on lines in a request written on lines.</summary>
    private static FixElement DataCapture(string destination, int samplingPercentage, bool cdk)
    {
        const string Model = "Amazon.SageMaker.Model.";
        const string Config = "Amazon.CDK.AWS.Sagemaker.CfnEndpointConfig.";
        var captureOptions = cdk
            ? (FixValue)new FixValue.ArrayCreation(ImmutableArray.Create(
                new FixElement(FixValue.New(Config + "CaptureOptionProperty", FixElement.Assign("CaptureMode", new FixValue.Text("Input")))),
                new FixElement(FixValue.New(Config + "CaptureOptionProperty", FixElement.Assign("CaptureMode", new FixValue.Text("Output"))))))
            : FixValue.New(
                $"System.Collections.Generic.List<{Model}CaptureOption>",
                new FixElement(FixValue.New(Model + "CaptureOption", FixElement.Assign("CaptureMode", new FixValue.Member("Amazon.SageMaker.CaptureMode", "Input")))),
                new FixElement(FixValue.New(Model + "CaptureOption", FixElement.Assign("CaptureMode", new FixValue.Member("Amazon.SageMaker.CaptureMode", "Output")))));
        return FixElement.Assign("DataCaptureConfig", FixValue.New(
            cdk ? Config + "DataCaptureConfigProperty" : Model + "DataCaptureConfig",
            FixElement.Assign("EnableCapture", new FixValue.Flag(true)),
            FixElement.Assign("InitialSamplingPercentage", new FixValue.Number(samplingPercentage)),
            FixElement.Assign("DestinationS3Uri", new FixValue.Text(destination)),
            FixElement.Assign("CaptureOptions", captureOptions)));
    }

    // ------------------------------------------------------------------ GA5002

    /// <summary>Per-compilation state of GA5002: endpoint creations seen, endpoint configs known to run one instance, and
    /// whether a SageMaker scalable target or an alarm on SageMaker metrics exists anywhere.</summary>
    private sealed class ScaleAndAlarm
    {
        private const string SageMakerModel = "Amazon.SageMaker.Model.";

        private readonly ConcurrentBag<(Location Location, string? ConfigName)> _endpoints = new();
        private readonly ConcurrentDictionary<string, bool> _singleInstanceConfigs = new(System.StringComparer.Ordinal);
        private readonly ValueResolver _resolver;
        private int _watched;
        private int _configsOfUnknownName;

        private ScaleAndAlarm(ValueResolver resolver) => _resolver = resolver;

        /// <summary>Registers GA5002's invocation and compilation end actions; its creations come through the analyzer's one
        /// creation callback (<see cref="OnCreation"/>).</summary>
        public static ScaleAndAlarm Register(CompilationStartAnalysisContext context, ValueResolver resolver)
        {
            var state = new ScaleAndAlarm(resolver);
            context.RegisterOperationAction(state.OnInvocation, OperationKind.Invocation);
            context.RegisterCompilationEndAction(state.OnCompilationEnd);
            return state;
        }

        private void OnInvocation(OperationAnalysisContext context)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            var ns = method.ContainingType?.ContainingNamespace;
            if (method.Name is "CreateEndpointAsync" or "CreateEndpoint" && ns.IsNamespace("Amazon.SageMaker"))
            {
                var syntax = invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Name : invocation.Syntax;
                var configName = Request(invocation, context.CancellationToken) is { } request
                    ? Text(ObjectConstruction.Analyze(request, context.CancellationToken).Find("EndpointConfigName"), context.CancellationToken)
                    : null;
                _endpoints.Add((syntax.GetLocation(), configName));
            }
            else if (method.Name == "CreateAlarm" && ns.IsNamespace("Amazon.CDK.AWS.CloudWatch"))
            {
                if (MetricOnSageMaker(invocation.Instance, context.CancellationToken))
                {
                    Interlocked.Exchange(ref _watched, 1); // CDK: metric.CreateAlarm(this, "Id", options)
                }
            }
            else if ((method.Name is "PutMetricAlarmAsync" or "PutMetricAlarm" && ns.IsNamespace("Amazon.CloudWatch"))
                || (method.Name is "RegisterScalableTargetAsync" or "RegisterScalableTarget" && ns.IsNamespace("Amazon.ApplicationAutoScaling")))
            {
                // A request built here is judged where it is created; one from elsewhere (a parameter, a factory) is of
                // unknown namespace: benefit of the doubt.
                if (Request(invocation, context.CancellationToken) is null)
                {
                    Interlocked.Exchange(ref _watched, 1);
                }
            }
        }

        /// <summary>The request object an SDK call sends, when it is created in place or held by a local written once.</summary>
        private IObjectCreationOperation? Request(IInvocationOperation invocation, CancellationToken cancellationToken)
        {
            if (invocation.Arguments.Length == 0)
            {
                return null;
            }

            var value = invocation.Arguments[0].Value.WithoutConversions();
            return value as IObjectCreationOperation ?? _resolver.SingleWrite(value, cancellationToken)?.WithoutConversions() as IObjectCreationOperation;
        }

        public void OnCreation(OperationAnalysisContext context, IObjectCreationOperation creation, Created created)
        {
            var cancellationToken = context.CancellationToken;
            switch (created)
            {
                case Created.Endpoint:
                    // AWS CDK: the endpoint is declared, not created by a call; the squiggle goes on the construct's type name.
                    // Its config name is a deploy-time token (config.AttrEndpointConfigName) in practice: not read.
                    var where = creation.Syntax is ObjectCreationExpressionSyntax { Type: var typeName } ? typeName.GetLocation() : creation.Syntax.GetLocation();
                    _endpoints.Add((where, null));
                    break;
                case Created.Alarm when AlarmsOnSageMaker(creation, cancellationToken):
                case Created.AlarmOnMetric when MetricOnSageMaker(ObjectConstruction.Analyze(creation, cancellationToken).Find("Metric")?.Value, cancellationToken):
                case Created.ScalableTarget when ScalesSageMaker(creation, cancellationToken):
                    Interlocked.Exchange(ref _watched, 1);
                    break;
                case Created.EndpointConfig:
                    var name = Text(ObjectConstruction.Analyze(creation, cancellationToken).Find("EndpointConfigName"), cancellationToken);
                    if (name is null)
                    {
                        Interlocked.Exchange(ref _configsOfUnknownName, 1); // then how many instances it runs does not matter
                    }
                    else if (!_singleInstanceConfigs.TryGetValue(name, out var known) || known)
                    {
                        // known && single, without a closure per config: one config of a name with more instances decides.
                        if (RunsOneInstance(creation, cancellationToken))
                        {
                            _singleInstanceConfigs.TryAdd(name, true);
                        }
                        else
                        {
                            _singleInstanceConfigs[name] = false;
                        }
                    }

                    break;
            }
        }

        /// <summary>Every production variant written in the config's initializer has <c>InitialInstanceCount = 1</c> and no
        /// serverless configuration (a config with no variant written in place is not known to run one instance, nor one whose
        /// variants are changed or added later: <c>config.ProductionVariants.Add(variant)</c>).</summary>
        private static bool RunsOneInstance(IObjectCreationOperation config, CancellationToken cancellationToken)
        {
            if (ObjectConstruction.Analyze(config, cancellationToken).IsUsedLater("ProductionVariants"))
            {
                return false;
            }

            var variants = 0;
            foreach (var operation in config.Descendants())
            {
                if (operation is IObjectCreationOperation variant && variant.Type.HasMetadataName(SageMakerModel + "ProductionVariant"))
                {
                    var construction = ObjectConstruction.Analyze(variant, cancellationToken);
                    if (construction.Find("InitialInstanceCount")?.Constant is not 1 || construction.Touches("ServerlessConfig"))
                    {
                        return false;
                    }

                    variants++;
                }
            }

            return variants > 0;
        }

        /// <summary>A scalable target for SageMaker, or one whose namespace is not known at compile time (benefit of the
        /// doubt); a target of another service (ECS, DynamoDB, …) does not scale an endpoint.</summary>
        private bool ScalesSageMaker(IObjectCreationOperation creation, CancellationToken cancellationToken)
            => ObjectConstruction.Analyze(creation, cancellationToken).Find("ServiceNamespace") is not { } assignment
               || (assignment.UnwrappedValue is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } member }
                   ? member.Name == "SAGEMAKER" // the CDK's ServiceNamespace enum
                   : _resolver.Resolve(assignment.Value, cancellationToken) is not { } value || value.Is("sagemaker"));

        /// <summary>A CDK metric on SageMaker: <c>new Metric(new MetricProps { Namespace = "AWS/SageMaker", … })</c>; a metric
        /// from elsewhere (<c>endpoint.MetricInvocations()</c>, a parameter) is of unknown namespace: benefit of the doubt.</summary>
        private bool MetricOnSageMaker(IOperation? metric, CancellationToken cancellationToken)
            => metric?.WithoutConversions() is not IObjectCreationOperation { Arguments.Length: 1 } created
               || !created.Type.HasMetadataName(CdkCloudWatch + "Metric")
               || created.Arguments[0].Value.WithoutConversions() is not IObjectCreationOperation metricProps
               || AlarmsOnSageMaker(metricProps, cancellationToken);

        /// <summary>An alarm on a SageMaker metric: namespace <c>AWS/SageMaker</c> (invocations, latency, errors) or
        /// <c>/aws/sagemaker/…</c> (instance utilization), or one whose namespace is not known at compile time (set elsewhere,
        /// or metric math over <c>Metrics</c>).</summary>
        private bool AlarmsOnSageMaker(IObjectCreationOperation creation, CancellationToken cancellationToken)
            => Text(ObjectConstruction.Analyze(creation, cancellationToken).Find("Namespace"), cancellationToken) is not { } ns
               || ns == "AWS/SageMaker"
               || ns.StartsWith("/aws/sagemaker/", System.StringComparison.Ordinal);

        private string? Text(MemberAssignment? assignment, CancellationToken cancellationToken)
            => assignment is null ? null : _resolver.Resolve(assignment.Value, cancellationToken)?.Text;

        private void OnCompilationEnd(CompilationAnalysisContext context)
        {
            if (Volatile.Read(ref _watched) == 1)
            {
                return;
            }

            // One instance when the endpoint's config is known to run one; a config name not known at compile time counts
            // when every config the project writes runs one.
            var allConfigsSingle = Volatile.Read(ref _configsOfUnknownName) == 0 && !_singleInstanceConfigs.IsEmpty
                && System.Linq.Enumerable.All(_singleInstanceConfigs.Values, single => single);
            foreach (var (location, configName) in _endpoints)
            {
                var single = configName is null ? allConfigsSingle : _singleInstanceConfigs.TryGetValue(configName, out var known) && known;
                context.ReportDiagnostic(Diagnostic.Create(Rules.ScaleAndAlarmEndpoints, location, single ? SingleInstance : Instances));
            }
        }

        private const string Instances = "its instances run at full count whether traffic comes or not";

        private const string SingleInstance = "its one instance runs, and bills, around the clock whether traffic comes or not: "
            + "for intermittent traffic use serverless inference (ServerlessConfig), or alarm when Invocations stays at 0";
    }
}
