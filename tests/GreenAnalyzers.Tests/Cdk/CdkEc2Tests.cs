using GreenAnalyzers.Analyzers;
using GreenAnalyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace GreenAnalyzers.Tests.Cdk;

using InstanceCdk = CdkVerifier<InstanceTypeAnalyzer, ReplaceValueCodeFixProvider>;

/// <summary>EC2 instance types declared with the AWS CDK for C# (the real Amazon.CDK.Lib 2.160.0): the L2 <c>Instance_</c>,
/// <c>LaunchTemplate</c> and <c>AutoScalingGroup</c> props (<c>InstanceType.Of(InstanceClass, InstanceSize)</c> and
/// <c>new InstanceType("…")</c>) and the L1 <c>CfnInstance</c>/<c>CfnLaunchTemplate</c> strings are judged by the EC2
/// silicon rules as the EC2 SDK's are (Info; GPUs only where the code runs inference). Fixes keep the form and compile
/// against the real CDK, which the code-fix tests check, with Fix All in document, project and solution.</summary>
public sealed class CdkEc2Tests
{
    private const string Usings = """
        using Amazon.CDK;
        using Amazon.CDK.AWS.AutoScaling;
        using Amazon.CDK.AWS.EC2;
        using Constructs;

        """;

    private static string Stack(string body) => Usings + $$"""
        class FleetStack : Stack
        {
            public FleetStack(Construct scope, string id, IVpc vpc, IMachineImage image) : base(scope, id)
            {
        {{body}}
            }
        }
        """;

    // ---------------------------------------------------------------- L2: InstanceType.Of

    [Test]
    public Task InstanceClassAndSizeMembersAreRewrittenInEveryL2Construct() => InstanceCdk.CodeFixAsync(
        Stack("""
                new Instance_(this, "Web", new InstanceProps
                {
                    Vpc = vpc,
                    MachineImage = image,
                    InstanceType = {|GA3003:InstanceType.Of(InstanceClass.C5, InstanceSize.XLARGE)|}, // web tier
                });
                new LaunchTemplate(this, "Template", new LaunchTemplateProps { InstanceType = {|GA3003:InstanceType.Of(InstanceClass.M5, InstanceSize.XLARGE2)|} });
                new AutoScalingGroup(this, "Workers", new AutoScalingGroupProps
                {
                    Vpc = vpc,
                    MachineImage = image,
                    InstanceType = {|GA3003:InstanceType.Of(InstanceClass.C5, InstanceSize.XLARGE9)|},
                });
        """),
        Stack("""
                new Instance_(this, "Web", new InstanceProps
                {
                    Vpc = vpc,
                    MachineImage = image,
                    InstanceType = InstanceType.Of(InstanceClass.C7G, InstanceSize.XLARGE), // web tier
                });
                new LaunchTemplate(this, "Template", new LaunchTemplateProps { InstanceType = InstanceType.Of(InstanceClass.M7G, InstanceSize.XLARGE2) });
                new AutoScalingGroup(this, "Workers", new AutoScalingGroupProps
                {
                    Vpc = vpc,
                    MachineImage = image,
                    InstanceType = InstanceType.Of(InstanceClass.C7G, InstanceSize.XLARGE12),
                });
        """));

    [Test]
    public Task GpuServingInferenceMovesToInferentiaKeepingTheAliasStyle() => InstanceCdk.CodeFixAsync(
        Stack("""
                new Instance_(this, "A", new InstanceProps { InstanceType = {|GA3001:InstanceType.Of(InstanceClass.G5, InstanceSize.XLARGE2)|} });
                new Instance_(this, "B", new InstanceProps { InstanceType = {|GA3001:InstanceType.Of(InstanceClass.GRAPHICS5, InstanceSize.XLARGE4)|} });
                new Instance_(this, "C", new InstanceProps { InstanceType = {|GA3001:Amazon.CDK.AWS.EC2.InstanceType.Of(Amazon.CDK.AWS.EC2.InstanceClass.G6, Amazon.CDK.AWS.EC2.InstanceSize.XLARGE)|} });
                new Instance_(this, "D", new InstanceProps { InstanceType = {|GA3001:InstanceType.Of(instanceSize: InstanceSize.XLARGE2, /* sized for the 8B model */ instanceClass: InstanceClass.G5)|} });
        """),
        Stack("""
                new Instance_(this, "A", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.INF2, InstanceSize.XLARGE) });
                new Instance_(this, "B", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.INFERENCE2, InstanceSize.XLARGE8) });
                new Instance_(this, "C", new InstanceProps { InstanceType = Amazon.CDK.AWS.EC2.InstanceType.Of(Amazon.CDK.AWS.EC2.InstanceClass.INF2, Amazon.CDK.AWS.EC2.InstanceSize.XLARGE) });
                new Instance_(this, "D", new InstanceProps { InstanceType = InstanceType.Of(instanceSize: InstanceSize.XLARGE, /* sized for the 8B model */ instanceClass: InstanceClass.INF2) });
        """));

    [Test]
    public Task OlderAcceleratorsGetTheirSuccessor()
    {
        var test = InstanceCdk.Create();
        test.FixedState.MarkupHandling = MarkupMode.Allow; // p2 has no successor: its diagnostic stays
        test.TestCode = Stack("""
                new Instance_(this, "A", new InstanceProps { InstanceType = {|GA3004:InstanceType.Of(InstanceClass.G4DN, InstanceSize.XLARGE)|} });
                new Instance_(this, "B", new InstanceProps { InstanceType = {|GA3004:InstanceType.Of(InstanceClass.INFERENCE1, InstanceSize.XLARGE6)|} });
                new Instance_(this, "C", new InstanceProps { InstanceType = {|GA3004:InstanceType.Of(InstanceClass.P2, InstanceSize.XLARGE)|} }); // no successor: no fix
        """);
        test.FixedCode = Stack("""
                new Instance_(this, "A", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.INF2, InstanceSize.XLARGE) });
                new Instance_(this, "B", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.INFERENCE2, InstanceSize.XLARGE8) });
                new Instance_(this, "C", new InstanceProps { InstanceType = {|GA3004:InstanceType.Of(InstanceClass.P2, InstanceSize.XLARGE)|} }); // no successor: no fix
        """);
        return test.RunAsync();
    }

    [Test]
    public async Task SameMessageAndSeverityAsTheEc2Sdk()
    {
        var test = InstanceCdk.Create();
        var source = Stack("""
                new Instance_(this, "A", new InstanceProps { InstanceType = {|#0:InstanceType.Of(InstanceClass.M5, InstanceSize.LARGE)|} });
        """);
        test.TestCode = source;
        test.ExpectedDiagnostics.Add(new DiagnosticResult("GA3003", DiagnosticSeverity.Info).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithMessage("Use 'm7g.large' (AWS Graviton) instead of x86 instance 'm5.large': Graviton3 uses up to 60% less energy than comparable EC2 "
                + "instances (AWS Well-Architected ML Lens, MLSUS-12); $0.096 → $0.082 per hour (AWS Pricing API via Karpenter, 2026-07-20)"));
        test.FixedCode = source.Replace("{|#0:InstanceType.Of(InstanceClass.M5, InstanceSize.LARGE)|}", "InstanceType.Of(InstanceClass.M7G, InstanceSize.LARGE)");
        await test.RunAsync();
    }

    [Test]
    public async Task NoFixWhereTheCdkEnumLacksTheSuggestion()
    {
        // c5.18xlarge → c8g.24xlarge: Amazon.CDK.Lib 2.160.0 has no InstanceClass.C8G.
        var result = await Run(Stack("""
                new Instance_(this, "A", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.C5, InstanceSize.XLARGE18) });
        """));
        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("GA3003"));
            Assert.That(diagnostic.Properties["instance_type"], Is.EqualTo("c5.18xlarge"));
            Assert.That(diagnostic.Properties["suggested"], Is.EqualTo("c8g.24xlarge"));
            Assert.That(diagnostic.Properties.ContainsKey("fix_title"), Is.False, "InstanceClass.C8G would not compile against 2.160.0");
            Assert.That(diagnostic.AdditionalLocations, Is.Empty);
        });
    }

    // ---------------------------------------------------------------- L2: new InstanceType("…"), and values held elsewhere

    [Test]
    public Task StringIdentifierKeepsTheStringForm() => InstanceCdk.CodeFixAsync(
        Stack("""
                const string Gpu = "g5.xlarge";
                new Instance_(this, "A", new InstanceProps { InstanceType = {|GA3001:new InstanceType(Gpu)|} });
                new LaunchTemplate(this, "B", new LaunchTemplateProps { InstanceType = {|GA3003:new InstanceType("r5.large")|} });
        """),
        Stack("""
                const string Gpu = "inf2.xlarge";
                new Instance_(this, "A", new InstanceProps { InstanceType = new InstanceType(Gpu) });
                new LaunchTemplate(this, "B", new LaunchTemplateProps { InstanceType = new InstanceType("r7g.large") });
        """));

    [Test]
    public Task PropsHeldInALocalAndAssignedLater() => InstanceCdk.CodeFixAsync(
        Stack("""
                var type = InstanceType.Of(InstanceClass.C5, InstanceSize.LARGE);
                var props = new AutoScalingGroupProps { Vpc = vpc, MachineImage = image };
                props.InstanceType = {|GA3003:type|};
                new AutoScalingGroup(this, "Workers", props);
                var template = new LaunchTemplateProps();
                template.InstanceType = {|GA3003:Serving|};
                new LaunchTemplate(this, "Template", template);
                var mixed = new MixedInstancesPolicy
                {
                    LaunchTemplate = new LaunchTemplate(this, "Spot", new LaunchTemplateProps()),
                    LaunchTemplateOverrides = new[] { new LaunchTemplateOverrides { InstanceType = {|GA3003:new InstanceType("m5.xlarge")|} } },
                };
                new AutoScalingGroup(this, "Mixed", new AutoScalingGroupProps { Vpc = vpc, MixedInstancesPolicy = mixed });
            }

            static readonly InstanceType Serving = InstanceType.Of(InstanceClass.MEMORY5, InstanceSize.XLARGE);

            void Unused()
            {
        """),
        Stack("""
                var type = InstanceType.Of(InstanceClass.C7G, InstanceSize.LARGE);
                var props = new AutoScalingGroupProps { Vpc = vpc, MachineImage = image };
                props.InstanceType = type;
                new AutoScalingGroup(this, "Workers", props);
                var template = new LaunchTemplateProps();
                template.InstanceType = Serving;
                new LaunchTemplate(this, "Template", template);
                var mixed = new MixedInstancesPolicy
                {
                    LaunchTemplate = new LaunchTemplate(this, "Spot", new LaunchTemplateProps()),
                    LaunchTemplateOverrides = new[] { new LaunchTemplateOverrides { InstanceType = new InstanceType("m7g.xlarge") } },
                };
                new AutoScalingGroup(this, "Mixed", new AutoScalingGroupProps { Vpc = vpc, MixedInstancesPolicy = mixed });
            }

            static readonly InstanceType Serving = InstanceType.Of(InstanceClass.MEMORY7_GRAVITON, InstanceSize.XLARGE);

            void Unused()
            {
        """));

    [Test]
    public Task EachPathIsJudgedOnItsOwn() => InstanceCdk.CodeFixAsync(
        Stack("""
                var large = vpc.VpcId.Length > 3;
                new Instance_(this, "A", new InstanceProps { InstanceType = large ? {|GA3003:InstanceType.Of(InstanceClass.C5, InstanceSize.XLARGE2)|} : InstanceType.Of(InstanceClass.C7G, InstanceSize.LARGE) });
        """),
        Stack("""
                var large = vpc.VpcId.Length > 3;
                new Instance_(this, "A", new InstanceProps { InstanceType = large ? InstanceType.Of(InstanceClass.C7G, InstanceSize.XLARGE2) : InstanceType.Of(InstanceClass.C7G, InstanceSize.LARGE) });
        """));

    [Test]
    public async Task MembersWrittenOutsideTheCallAreReportedWithoutAFix()
    {
        // A class held in a local (or a const elsewhere) may be shared by calls of other sizes, whose suggestions differ.
        var result = await Run(Stack("""
                var family = InstanceClass.C5;
                new Instance_(this, "A", new InstanceProps { InstanceType = InstanceType.Of(family, InstanceSize.XLARGE) });
                new Instance_(this, "B", new InstanceProps { InstanceType = InstanceType.Of((InstanceClass)79, InstanceSize.XLARGE) });
        """));
        Assert.That(result.Diagnostics.Select(d => (d.Id, d.Properties["instance_type"], d.Properties.ContainsKey("fix_title"))),
            Is.EqualTo(new[] { ("GA3003", "c5.xlarge", false), ("GA3003", "c5.xlarge", false) }));
    }

    // ---------------------------------------------------------------- L1: CfnInstance, CfnLaunchTemplate

    [Test]
    public Task L1StringsKeepTheStringForm() => InstanceCdk.CodeFixAsync(
        Stack("""
                new CfnInstance(this, "A", new CfnInstanceProps { ImageId = "ami-1", InstanceType = {|GA3003:"c6i.xlarge"|} });
                var instance = new CfnInstance(this, "B", new CfnInstanceProps { ImageId = "ami-1" });
                instance.InstanceType = {|GA3004:"g4dn.xlarge"|};
                new CfnLaunchTemplate(this, "C", new CfnLaunchTemplateProps
                {
                    LaunchTemplateData = new CfnLaunchTemplate.LaunchTemplateDataProperty { InstanceType = {|GA3001:"g6.2xlarge"|}, ImageId = "ami-1" },
                });
        """),
        Stack("""
                new CfnInstance(this, "A", new CfnInstanceProps { ImageId = "ami-1", InstanceType = "c7g.xlarge" });
                var instance = new CfnInstance(this, "B", new CfnInstanceProps { ImageId = "ami-1" });
                instance.InstanceType = "inf2.xlarge";
                new CfnLaunchTemplate(this, "C", new CfnLaunchTemplateProps
                {
                    LaunchTemplateData = new CfnLaunchTemplate.LaunchTemplateDataProperty { InstanceType = "inf2.xlarge", ImageId = "ami-1" },
                });
        """));

    // ---------------------------------------------------------------- as the EC2 SDK: GPUs only where the code runs inference

    [Test]
    public async Task WithoutAnInferenceSdkGpusAreNotTakenForServing()
    {
        var result = await Run(
            Stack("""
                new Instance_(this, "A", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.G5, InstanceSize.XLARGE) });
                new Instance_(this, "B", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.P3, InstanceSize.XLARGE2) });
                new Instance_(this, "C", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.C5, InstanceSize.LARGE) });
        """),
            TestReferences.WithCdkWithoutInferenceSdks);
        Assert.That(result.Diagnostics.Select(d => (d.Id, d.Properties["instance_type"], d.Properties.ContainsKey("fix_title"))),
            Is.EquivalentTo(new[] { ("GA3004", "p3.2xlarge", false), ("GA3003", "c5.large", true) }));
    }

    // ---------------------------------------------------------------- must not flag

    [Test]
    public Task OtherUsesOfInstanceTypesAreNotJudged() => InstanceCdk.AnalyzerAsync(Stack("""
                new Amazon.CDK.AWS.RDS.DatabaseInstance(this, "Db", new Amazon.CDK.AWS.RDS.DatabaseInstanceProps
                {
                    Vpc = vpc,
                    Engine = Amazon.CDK.AWS.RDS.DatabaseInstanceEngine.POSTGRES,
                    InstanceType = InstanceType.Of(InstanceClass.R5, InstanceSize.LARGE),
                });
                var nat = NatProvider.InstanceV2(new NatInstanceProps { InstanceType = InstanceType.Of(InstanceClass.C5, InstanceSize.LARGE) });
                new BastionHostLinux(this, "Bastion", new BastionHostLinuxProps { Vpc = vpc, InstanceType = new InstanceType("m5.large") });
                new Amazon.CDK.AWS.EKS.Cluster(this, "Eks", new Amazon.CDK.AWS.EKS.ClusterProps
                {
                    Version = Amazon.CDK.AWS.EKS.KubernetesVersion.V1_30,
                    DefaultCapacityInstance = InstanceType.Of(InstanceClass.M5, InstanceSize.XLARGE),
                });
                new CfnHost(this, "Host", new CfnHostProps { AvailabilityZone = "us-east-1a", InstanceType = "c5.large" });
                _ = InstanceType.Of(InstanceClass.G5, InstanceSize.XLARGE).ToString();
        """));

    [Test]
    public Task TokensParametersAndUnknownsAreSilent() => InstanceCdk.AnalyzerAsync(Usings + """
        class FleetStack : Stack
        {
            public FleetStack(Construct scope, string id, InstanceClass family, InstanceSize size, string given) : base(scope, id)
            {
                var type = new CfnParameter(this, "InstanceType", new CfnParameterProps { Type = "String", Default = "c5.large" });
                new Instance_(this, "A", new InstanceProps { InstanceType = new InstanceType(type.ValueAsString) });
                new Instance_(this, "B", new InstanceProps { InstanceType = new InstanceType(Fn.Ref("InstanceType")) });
                new Instance_(this, "C", new InstanceProps { InstanceType = new InstanceType(Lazy.String(new Producer())) });
                new Instance_(this, "D", new InstanceProps { InstanceType = InstanceType.Of(family, InstanceSize.LARGE) });
                new Instance_(this, "E", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.C5, size) });
                new Instance_(this, "F", new InstanceProps { InstanceType = new InstanceType(given) });
                new Instance_(this, "G", new InstanceProps { InstanceType = new InstanceType("g9.xlarge") });
                new Instance_(this, "H", new InstanceProps { InstanceType = new InstanceType("C5.LARGE") });
                new Instance_(this, "I", new InstanceProps { InstanceType = new InstanceType("ml.c5.large") });
                new Instance_(this, "J", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.M7G, InstanceSize.LARGE) });
                new Instance_(this, "K", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.INF2, InstanceSize.XLARGE) });
                new Instance_(this, "L", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.C5, InstanceSize.NANO) }); // no such type
                new Instance_(this, "M", new InstanceProps { InstanceType = InstanceType.Of((InstanceClass)9999, InstanceSize.LARGE) });
                new Instance_(this, "N", new InstanceProps { InstanceType = Build() });
                new CfnInstance(this, "O", new CfnInstanceProps { InstanceType = Fn.Ref("InstanceType") });
                new CfnInstance(this, "P", new CfnInstanceProps { InstanceType = type.ValueAsString });
                new CfnInstance(this, "Q", new CfnInstanceProps { ImageId = "c5.large" });
            }

            static InstanceType Build() => InstanceType.Of(InstanceClass.C5, InstanceSize.LARGE);

            sealed class Producer : IStableStringProducer
            {
                public string? Produce() => "c5.large";
            }
        }
        """);

    [Test]
    public async Task HalfTypedCdkCodeNeverThrows()
    {
        var sources = new[]
        {
            Stack("""
                new Instance_(this, "A", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.
        """),
            Stack("""
                new Instance_(this, "A", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.G5, ) });
                new Instance_(this, "B", new InstanceProps { InstanceType = InstanceType.Of(, InstanceSize.LARGE) });
                new Instance_(this, "C", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.G5) });
                new Instance_(this, "D", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.Nope, InstanceSize.LARGE) });
                new Instance_(this, "E", new InstanceProps { InstanceType = new InstanceType() });
                new Instance_(this, "F", new InstanceProps { InstanceType = new InstanceType("c5.large", 1) });
                new Instance_(this, "G", new InstanceProps { InstanceType = "c5.large" });
                new CfnLaunchTemplate(this, "H", new CfnLaunchTemplateProps { LaunchTemplateData = new CfnLaunchTemplate.LaunchTemplateDataProperty { InstanceType = } });
        """),
        };
        foreach (var source in sources)
        {
            var result = await Run(source);
            Assert.That(result.CompilerErrors, Is.Not.Empty, "the code is half-typed");
            Assert.That(result.AnalyzerExceptions, Is.Empty);
        }
    }

    [Test]
    public Task GeneratedCodeIsNotJudged()
    {
        var test = InstanceCdk.Create();
        test.TestState.Sources.Add(("/Fleet.g.cs", Stack("""
                new Instance_(this, "A", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.C5, InstanceSize.LARGE) });
        """)));
        test.TestState.Sources.Add(("/Other.cs", "// <auto-generated/>\n" + Stack("""
                new CfnInstance(this, "A", new CfnInstanceProps { InstanceType = "c5.large" });
        """).Replace("FleetStack", "OtherStack")));
        return test.RunAsync();
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = InstanceCdk.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck; // the check wraps the file in its own #pragma, which the restore below undoes
        test.TestCode = Stack("""
                #pragma warning disable GA3003 // The vendor agent ships x86_64 binaries only.
                new Instance_(this, "A", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.C5, InstanceSize.LARGE) });
                #pragma warning restore GA3003
                new Instance_(this, "B", new InstanceProps { InstanceType = {|GA3003:InstanceType.Of(InstanceClass.C5, InstanceSize.LARGE)|} });
        """);
        return test.RunAsync();
    }

    [Test]
    public Task FixAllAcrossDocumentsKeepsEachForm()
    {
        var test = InstanceCdk.Create();
        test.TestState.Sources.Add(("/Web.cs", Stack("""
                new Instance_(this, "A", new InstanceProps { InstanceType = {|GA3003:InstanceType.Of(InstanceClass.STANDARD5, InstanceSize.XLARGE4)|} });
                new CfnInstance(this, "B", new CfnInstanceProps { InstanceType = {|GA3003:"m5.large"|} });
        """)));
        test.TestState.Sources.Add(("/Gpu.cs", Stack("""
                new LaunchTemplate(this, "C", new LaunchTemplateProps { InstanceType = {|GA3001:InstanceType.Of(InstanceClass.G5, InstanceSize.XLARGE48)|} });
                new LaunchTemplate(this, "D", new LaunchTemplateProps { InstanceType = {|GA3004:new InstanceType("p3.2xlarge")|} });
        """).Replace("FleetStack", "GpuStack")));
        test.FixedState.Sources.Add(("/Web.cs", Stack("""
                new Instance_(this, "A", new InstanceProps { InstanceType = InstanceType.Of(InstanceClass.STANDARD7_GRAVITON, InstanceSize.XLARGE4) });
                new CfnInstance(this, "B", new CfnInstanceProps { InstanceType = "m7g.large" });
        """)));
        test.FixedState.Sources.Add(("/Gpu.cs", Stack("""
                new LaunchTemplate(this, "C", new LaunchTemplateProps { InstanceType = InstanceType.Of(InstanceClass.INF2, InstanceSize.XLARGE24) });
                new LaunchTemplate(this, "D", new LaunchTemplateProps { InstanceType = new InstanceType("inf2.xlarge") });
        """).Replace("FleetStack", "GpuStack")));
        return test.RunAsync();
    }

    private static Task<AnalyzerRunner.Result> Run(string source, IEnumerable<MetadataReference>? references = null)
        => AnalyzerRunner.RunAsync(
            System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new InstanceTypeAnalyzer()),
            new[] { source }, concurrent: true, references: references ?? TestReferences.WithCdk);
}
