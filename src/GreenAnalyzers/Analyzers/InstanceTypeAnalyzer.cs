using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace GreenAnalyzers.Analyzers;

/// <summary>
/// Judges every instance type that flows into SageMaker (endpoints, training, processing) or EC2 (launches, launch
/// templates, fleets, resizes): resolves the value once, finds it in the instance catalog for that SDK api, and lets the
/// efficient-silicon rules decide. One diagnostic per value:
/// GA3004: an older accelerator generation, or an Elastic Inference accelerator. It wins over GA3001/GA3002: the type
/// itself is outdated, and its successor for the workload is the same move GA3001/GA3002 would suggest.
/// GA3001: a GPU serving inference (SageMaker endpoints; EC2 only in code that also uses an inference SDK) → Inferentia2.
/// GA3002: a GPU training job → Trainium. GA3003: an x86 CPU → Graviton.
/// Only verified catalog rows are suggested; each carries a sourced claim, which the message quotes with the prices.
/// </summary>
#pragma warning disable RS1001 // no [DiagnosticAnalyzer]: RuleHost, the one analyzer the package ships, runs this rule
public sealed class InstanceTypeAnalyzer : GreenAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Rules.ServeOnInferentia, Rules.TrainOnTrainium, Rules.UseGraviton, Rules.MoveOffOlderAccelerator);

    private protected override void Register(AnalysisContext context) => context.RegisterCompilationStartAction(OnCompilationStart);

    private static void OnCompilationStart(CompilationStartAnalysisContext context)
    {
        var sinks = SinkIndex.Create(context.Compilation, ValueKind.InstanceType, ValueKind.AcceleratorType);
        if (sinks.IsEmpty)
        {
            return; // neither SageMaker nor EC2 is referenced: this compilation pays nothing more
        }

        // Loaded here, once, not by the first operation callbacks: those run in parallel and would wait on one another.
        _ = InstanceCatalog.Default;

        var resolver = new ValueResolver(context.Compilation, context.Options, context.CancellationToken);
        var cdkInstanceTypeOf = CdkInstanceTypeOf.Create(context.Compilation); // null without the AWS CDK's EC2 enums
        // Decided once: code that runs inference is taken to launch its EC2 GPUs to serve a model (GA3001 on EC2).
        var usesInferenceSdk = UsesInferenceSdk(context.Compilation);
        var constantMembers = new ConstantMemberFindings();

        SinkAction.Register(
            context,
            sinks,
            (operationContext, sink, valueOperation, reporter) =>
            {
                var cancellationToken = operationContext.CancellationToken;
                if (sink.Api is not { } api)
                {
                    return;
                }

                // Each value that may reach the sink is judged on its own (a GPU type written on one path of several).
                foreach (var value in resolver.ResolveEach(valueOperation, cancellationToken))
                {
                    if (sink.Kind == ValueKind.AcceleratorType)
                    {
                        if (InstanceSelection.ElasticInferenceAccelerator(AcceleratorValue(value)) is { } accelerator)
                        {
                            reporter.Report(Report(accelerator, value, valueOperation, constantMembers, cancellationToken));
                        }
                    }
                    else if (!value.Parts.IsEmpty)
                    {
                        // The AWS CDK's InstanceType.Of(InstanceClass.X, InstanceSize.Y): judged as the type it builds.
                        if (cdkInstanceTypeOf?.Value(value) is { } built && InstanceSelection.Judge(api, built, usesInferenceSdk) is { } finding)
                        {
                            reporter.Report(cdkInstanceTypeOf.Report(finding, value, valueOperation, cancellationToken));
                        }
                    }
                    else if (InstanceValue(value) is { } text && InstanceSelection.Judge(api, text, usesInferenceSdk) is { } finding)
                    {
                        // The suggestion needs a Neuron or arm64 build: judged again, without it, where the image the
                        // instance runs (a training job's, an endpoint model's) is known to have none. Only here, when a finding is about to be reported, is the image looked for.
                        if (InstanceSelection.RequirementOf(finding) is { } requirement
                            && WorkloadImage.Lacking(valueOperation, requirement, resolver, cancellationToken) is { } image)
                        {
                            finding = InstanceSelection.Judge(api, text, usesInferenceSdk, image);
                        }

                        if (finding is not null)
                        {
                            reporter.Report(Report(finding, value, valueOperation, constantMembers, cancellationToken));
                        }
                    }
                }
            });
    }

    /// <summary>The diagnostic with a fix that keeps the form: a ConstantClass member becomes the suggestion's member (if
    /// this SDK version has it), a string keeps its <c>ml.</c> prefix and the rest of its text.</summary>
    private static Diagnostic Report(
        Finding finding, ResolvedValue value, IOperation valueOperation, ConstantMemberFindings constantMembers, CancellationToken cancellationToken)
    {
        if (finding.Replacement is not null && value.ConstantMember is { } member)
        {
            finding = constantMembers.Of(finding, member);
        }

        return finding.ToDiagnostic(valueOperation, value, cancellationToken);
    }

    /// <summary>The findings about instance types written as ConstantClass members (<c>InstanceType.M5Xlarge</c>), whose fix
    /// rewrites the member name, kept per finding and member for one compilation: the findings themselves are kept
    /// (<see cref="InstanceSelection.Judge"/>), so one is found again by reference, and a project writes the same few members
    /// again and again (issue 21: naming the member's type for the fix cost more than the rest of the finding). Per
    /// compilation, so that no symbol outlives it.</summary>
    private sealed class ConstantMemberFindings
    {
        private static readonly Func<(Finding Finding, IFieldSymbol Member), Finding> s_create = key => Create(key.Finding, key.Member);

        private readonly ConcurrentDictionary<(Finding Finding, IFieldSymbol Member), Finding> _byMember = new(FindingAndMember.Comparer);

        public Finding Of(Finding finding, IFieldSymbol member) => _byMember.GetOrAdd((finding, member), s_create);

        private static Finding Create(Finding finding, IFieldSymbol member)
        {
            var suggestedMember = InstanceType.ConstantMemberName(finding.Properties[PropertyKeys.Suggested]!);
            // An SDK version without the suggested member: report, but write nothing that would not compile.
            return member.ContainingType.GetMembers(suggestedMember).IsEmpty
                ? finding with { Fragment = member.Name, Replacement = null }
                : finding with { Fragment = member.Name, Replacement = new FixValue.Member(member.ContainingType.ToDisplayString(), suggestedMember) };
        }

        /// <summary>The finding by reference (a record compares every property), the member as a symbol.</summary>
        private sealed class FindingAndMember : IEqualityComparer<(Finding Finding, IFieldSymbol Member)>
        {
            public static readonly FindingAndMember Comparer = new();

            public bool Equals((Finding Finding, IFieldSymbol Member) x, (Finding Finding, IFieldSymbol Member) y)
                => ReferenceEquals(x.Finding, y.Finding) && SymbolEqualityComparer.Default.Equals(x.Member, y.Member);

            public int GetHashCode((Finding Finding, IFieldSymbol Member) obj)
                => (RuntimeHelpers.GetHashCode(obj.Finding) * 31) + SymbolEqualityComparer.Default.GetHashCode(obj.Member);
        }
    }

    /// <summary>The value of an Elastic Inference accelerator: a string, or the value of a ConstantClass member.</summary>
    private static string? AcceleratorValue(ResolvedValue value)
        => value.Text
            ?? (value.ConstantMember is { } member
                && member.ContainingType.HasMetadataName(ElasticInference.ConstantClassName)
                && ElasticInference.TryFindConstantValue(member.Name, out var memberValue)
                    ? memberValue
                    : null);

    /// <summary>The wire value of an instance type: the resolved string, or the value of an SDK constant member
    /// (<c>ProductionVariantInstanceType.MlG5Xlarge</c>), whose value lives in metadata, found by its name.</summary>
    private static string? InstanceValue(ResolvedValue value)
    {
        if (value.Text is not null)
        {
            return value.Text;
        }

        return value.ConstantMember is { } member
            && InstanceApis.TryFromConstantClass(member.ContainingType, out var memberApi)
            && InstanceCatalog.Default.TryFindConstantValue(memberApi, member.Name, out var text)
                ? text
                : null;
    }

    internal static bool UsesInferenceSdk(Compilation compilation)
    {
        foreach (var assembly in compilation.ReferencedAssemblyNames)
        {
            if (SinkTable.InferenceSdkAssemblies.Contains(assembly.Name))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The efficient-silicon rules on one instance type as an api takes it, wherever it is written (C# code, a CDK construct,
/// a configuration file). One finding per value: GA3004 first, then GA3001/GA3002/GA3003 from the replacement row.
/// </summary>
internal static class InstanceSelection
{
    /// <summary>The finding on an instance type as the api takes it (<c>ml.g5.xlarge</c>, <c>g5.xlarge</c>), or null. With
    /// the container <paramref name="image"/> known, a replacement needing a build it lacks (Neuron, arm64) is not suggested.</summary>
    public static Finding? Judge(InstanceApi api, string text, bool usesInferenceSdk, ContainerImage? image = null)
    {
        if (image is not null)
        {
            return JudgeOnce(api, text, usesInferenceSdk, image, out _);
        }

        if (s_judged.TryGetValue((api, text, usesInferenceSdk), out var known))
        {
            return known;
        }

        var finding = JudgeOnce(api, text, usesInferenceSdk, image: null, out var catalogRow);
        return catalogRow ? s_judged.GetOrAdd((api, text, usesInferenceSdk), finding) : null;
    }

    /// <summary>The judgements made so far, findings and no findings alike: the catalog never changes, so one value on one
    /// api is always judged the same, and a project writes the same few instance types again and again, most of them
    /// already right (issue 21). Only values that are catalog rows are kept, so the table holds catalog rows, never every
    /// string an editor session passes through.</summary>
    private static readonly ConcurrentDictionary<(InstanceApi, string, bool), Finding?> s_judged = new();

    /// <param name="catalogRow">Whether the value is a catalog row this api accepts (its judgement may be kept).</param>
    private static Finding? JudgeOnce(InstanceApi api, string text, bool usesInferenceSdk, ContainerImage? image, out bool catalogRow)
    {
        var catalog = InstanceCatalog.Default;
        catalogRow = false;
        // Only a value this api accepts, written as its constants are: malformed, unknown and future types are left alone.
        if (InstanceType.Parse(text) is not { } type
            || !catalog.IsValidValue(api, type)
            || !catalog.TryFind(type, out var entry))
        {
            return null;
        }

        catalogRow = true;
        // EC2 rows assume the instance serves a model (GPU → Inferentia2): only trust that where the code runs inference.
        var replacement = catalog.TryGetReplacement(api, type.Bare, out var found)
            && (usesInferenceSdk || api != InstanceApi.Ec2 || entry.Kind != InstanceKind.Gpu)
                ? found
                : null;

        ContainerImage? lacking = null;
        if (replacement is not null && image is not null && image.Lacks(replacement.Requires))
        {
            lacking = image;
            replacement = null;
        }

        if (entry.OlderAccelerator)
        {
            return OlderGeneration(api, text, type, entry, replacement, lacking);
        }

        var rule = replacement?.Kind switch
        {
            InstanceReplacementKind.GpuToInferentia => Rules.ServeOnInferentia,
            InstanceReplacementKind.GpuToTrainium => Rules.TrainOnTrainium,
            InstanceReplacementKind.X86ToGraviton => Rules.UseGraviton,
            _ => null, // no verified replacement (an older-generation row always has an older "from" type, handled above)
        };
        if (rule is null)
        {
            return null;
        }

        // GA3001 and GA3003 are Warning for SageMaker and Info for EC2 (see Rules.ServeOnInferentia).
        var severity = api == InstanceApi.Ec2 ? DiagnosticSeverity.Info : rule.DefaultSeverity;
        var said = ReplacementText.Of(replacement!);
        return Fix(rule, severity, type, said, new object[] { text, said.Suggested, said.Evidence }, said.Figures);
    }

    /// <summary>What the finding's suggestion needs besides a new type (a Neuron or an arm64 build), or null.</summary>
    public static InstanceMoveRequirement? RequirementOf(Finding finding)
        => finding.Properties.TryGetValue(PropertyKeys.Requires, out var requires) ? requires switch
        {
            "neuron" => InstanceMoveRequirement.NeuronCompiledModel,
            "arm64" => InstanceMoveRequirement.Arm64Image,
            _ => null,
        } : null;

    private static Finding OlderGeneration(
        InstanceApi api, string text, InstanceType type, InstanceEntry entry, InstanceReplacement? replacement, ContainerImage? lackingImage = null)
    {
        // AWS still lists p3, p3dn, g4dn and inf1 as current generation: say "older", and "previous" only where AWS does.
        var previous = (replacement?.FromAwsCurrentGeneration ?? entry.AwsCurrentGeneration) == false;
        var generation = previous ? "a previous-generation accelerator" : "an accelerator of an older generation";
        var generationProperty = previous ? "previous" : "older";

        if (replacement is null)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[PropertyKeys.Generation] = generationProperty;
            properties[PropertyKeys.InstanceType] = text;
            properties[PropertyKeys.InstanceApi] = api.Name();
            if (lackingImage is not null)
            {
                // The catalog's successors of older GPUs are Neuron types; a GPU → GPU move has no sourced claim to quote.
                properties[PropertyKeys.Image] = lackingImage.Name;
                return new Finding(
                    Rules.MoveOffOlderAccelerator,
                    Rules.MoveOffOlderAccelerator.DefaultSeverity,
                    new object[] { text, generation, "; " + lackingImage.NoBuildText(InstanceMoveRequirement.NeuronCompiledModel) + ": choose a current GPU generation" },
                    properties.ToImmutable());
            }

            var newer = entry.NewerInLine.Length > 0 ? " (newer in line: " + entry.NewerInLine + ")" : string.Empty;
            return new Finding(
                Rules.MoveOffOlderAccelerator,
                Rules.MoveOffOlderAccelerator.DefaultSeverity,
                new object[] { text, generation + newer, "; the catalog has no sourced successor for this use: choose a current instance type" },
                properties.ToImmutable());
        }

        var said = ReplacementText.Of(replacement);
        return Fix(Rules.MoveOffOlderAccelerator, Rules.MoveOffOlderAccelerator.DefaultSeverity, type, said,
            new object[] { text, $"{generation} (newer '{said.Suggested}' available)", ": " + said.Evidence },
            said.Figures.SetItem(PropertyKeys.Generation, generationProperty));
    }

    /// <summary>A finding whose fix writes the suggestion's bare type over the value's (the <c>ml.</c> prefix and the rest
    /// of the text kept); C# code turns it into a ConstantClass member where the value is one.</summary>
    private static Finding Fix(
        DiagnosticDescriptor rule, DiagnosticSeverity severity, InstanceType type, ReplacementText said, object[] messageArgs, ImmutableDictionary<string, string?> properties)
        => new(rule, severity, messageArgs, properties, Fragment: type.Bare, Replacement: new FixValue.Text(said.Replacement.To), FixTitle: said.FixTitle);

    /// <summary>GA3004 on an Elastic Inference accelerator type (<c>ml.eia2.medium</c>), or null.</summary>
    public static Finding? ElasticInferenceAccelerator(string? text)
    {
        if (!ElasticInference.IsAcceleratorType(text))
        {
            return null;
        }

        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties[PropertyKeys.InstanceType] = text;
        properties[PropertyKeys.InstanceApi] = InstanceApi.Endpoint.Name();
        properties[PropertyKeys.Generation] = "elastic_inference";
        properties[PropertyKeys.LifecycleSource] = ElasticInference.Source.Citation;

        // No fix: the accelerator is removed, not replaced, and the instance type it was attached to is judged on its own.
        return new Finding(
            Rules.MoveOffOlderAccelerator,
            Rules.MoveOffOlderAccelerator.DefaultSeverity,
            new object[]
            {
                text!,
                $"Amazon Elastic Inference: {ElasticInference.Status} ({ElasticInference.Source.Citation})",
                "; drop the accelerator and serve the model on a current instance type, such as AWS Inferentia2 (ml.inf2) with a Neuron-compiled model",
            },
            properties.ToImmutable());
    }

    /// <summary>
    /// What every diagnostic about one replacement row says: the suggestion, the fix title, the evidence the message quotes
    /// and the figures its properties carry. Built once per row and kept with it: rows never change (the catalog resolves
    /// each chain to one object), and a project names the same few instance types again and again.
    /// </summary>
    private sealed class ReplacementText
    {
        private static readonly ConditionalWeakTable<InstanceReplacement, ReplacementText> s_byRow = new();

        private ReplacementText(InstanceReplacement replacement)
        {
            var api = replacement.Api;
            var text = api.UsesMlPrefix() ? "ml." + replacement.From : replacement.From; // a canonical value: the only kind judged
            Replacement = replacement;
            Suggested = api.UsesMlPrefix() ? "ml." + replacement.To : replacement.To;
            SuggestedMember = InstanceType.ConstantMemberName(Suggested);
            var requirement = replacement.RequirementText;
            FixTitle = requirement.Length > 0 ? $"Use '{Suggested}' ({requirement})" : $"Use '{Suggested}'";
            Evidence = EvidenceOf(replacement);
            Figures = FiguresOf(api, text, Suggested, replacement);
        }

        public InstanceReplacement Replacement { get; }

        /// <summary>The suggested type as the api writes it: <c>ml.inf2.xlarge</c>, <c>m7g.large</c>.</summary>
        public string Suggested { get; }

        /// <summary>The SDK constant member of <see cref="Suggested"/>: <c>MlInf2Xlarge</c>.</summary>
        public string SuggestedMember { get; }

        public string FixTitle { get; }

        public string Evidence { get; }

        public ImmutableDictionary<string, string?> Figures { get; }

        public static ReplacementText Of(InstanceReplacement replacement) => s_byRow.GetValue(replacement, row => new ReplacementText(row));

        private static ImmutableDictionary<string, string?> FiguresOf(InstanceApi api, string text, string suggested, InstanceReplacement replacement)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[PropertyKeys.InstanceType] = text;
            properties[PropertyKeys.InstanceApi] = api.Name();
            properties[PropertyKeys.Suggested] = suggested;
            if (replacement.FromPrice is { } from)
            {
                properties[PropertyKeys.HourlyPrice] = from.UsdPerHour.ToString(CultureInfo.InvariantCulture);
                properties[PropertyKeys.PriceSource] = from.Source.Label;
                properties[PropertyKeys.PriceDate] = from.Source.Date;
            }

            if (replacement.ToPrice is { } to)
            {
                properties[PropertyKeys.SuggestedHourlyPrice] = to.UsdPerHour.ToString(CultureInfo.InvariantCulture);
                properties[PropertyKeys.SuggestedPriceSource] = to.Source.Label;
                properties[PropertyKeys.SuggestedPriceDate] = to.Source.Date;
            }

            if (replacement.CostsMore is { } costsMore)
            {
                properties[PropertyKeys.CostsMore] = costsMore ? "true" : "false";
            }

            if (replacement.Claim is { } claim)
            {
                properties[PropertyKeys.Claim] = claim.Text;
                properties[PropertyKeys.ClaimSource] = claim.Citation;
            }

            properties[PropertyKeys.Requires] = replacement.Requires switch
            {
                InstanceMoveRequirement.NeuronCompiledModel => "neuron",
                InstanceMoveRequirement.Arm64Image => "arm64",
                _ => null,
            };
            return properties.ToImmutable();
        }

        /// <summary>"claim (source); $1.41 → $0.99 per hour (source)". Where the suggestion costs more per hour the message
        /// says so: the claim is about performance per watt, not money.</summary>
        private static string EvidenceOf(InstanceReplacement replacement)
        {
            var evidence = replacement.Claim is { } claim ? claim.Text + " (" + claim.Citation + ")" : string.Empty;
            if (replacement.FromPrice is { } from && replacement.ToPrice is { } to)
            {
                var prices = Usd.Format(from.UsdPerHour) + " → " + Usd.Format(to.UsdPerHour);
                var citation = from.Source == to.Source ? from.Source.Citation : from.Source.Citation + " / " + to.Source.Citation;
                evidence += replacement.CostsMore == true
                    ? $"; costs more per hour: {prices} ({citation})"
                    : $"; {prices} per hour ({citation})";
            }

            return evidence;
        }
    }
}
