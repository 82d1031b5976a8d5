namespace GreenAnalyzers.Tests.Rules;

/// <summary>The GA3001–GA3004 fix where the value is written away from the sink, and Fix All across rules, documents and
/// projects (the verifier runs Fix All at document, project and solution scope and checks the result compiles).</summary>
public sealed class InstanceTypeFixTests
{
    [Test]
    public Task ConstInAnotherFileSharedBySinksIsEditedOnce()
    {
        var test = InstanceVerifier.Create();
        test.TestState.Sources.Add(("/InstanceTypes.cs", """
            namespace App;
            public static class InstanceTypes
            {
                /// <summary>Serving instance for the classifier.</summary>
                public const string Classifier = "ml.g5.xlarge";   // load-tested 2025-06
            }
            """));
        test.TestState.Sources.Add(("/Deploy.cs", """
            using Amazon.SageMaker.Model;
            namespace App;
            class Deploy
            {
                ProductionVariant Blue() => new() { VariantName = "blue", InstanceType = {|GA3001:InstanceTypes.Classifier|} };
                ProductionVariant Green() => new() { VariantName = "green", InstanceType = {|GA3001:InstanceTypes.Classifier|} };
            }
            """));
        test.FixedState.Sources.Add(("/InstanceTypes.cs", """
            namespace App;
            public static class InstanceTypes
            {
                /// <summary>Serving instance for the classifier.</summary>
                public const string Classifier = "ml.inf2.xlarge";   // load-tested 2025-06
            }
            """));
        test.FixedState.Sources.Add(("/Deploy.cs", """
            using Amazon.SageMaker.Model;
            namespace App;
            class Deploy
            {
                ProductionVariant Blue() => new() { VariantName = "blue", InstanceType = InstanceTypes.Classifier };
                ProductionVariant Green() => new() { VariantName = "green", InstanceType = InstanceTypes.Classifier };
            }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task StaticReadonlyConstantMemberInAnotherFileIsEditedThere()
    {
        var test = InstanceVerifier.Create();
        test.TestState.Sources.Add(("/Sizes.cs", """
            using Amazon.SageMaker;
            static class Sizes
            {
                public static readonly ProductionVariantInstanceType Cpu = ProductionVariantInstanceType.MlC5Xlarge; // x86 today
            }
            """));
        test.TestState.Sources.Add(("/Deploy.cs", """
            using Amazon.SageMaker.Model;
            class Deploy { ProductionVariant M() => new() { InstanceType = {|GA3003:Sizes.Cpu|} }; }
            """));
        test.FixedState.Sources.Add(("/Sizes.cs", """
            using Amazon.SageMaker;
            static class Sizes
            {
                public static readonly ProductionVariantInstanceType Cpu = ProductionVariantInstanceType.MlC7gXlarge; // x86 today
            }
            """));
        test.FixedState.Sources.Add(("/Deploy.cs", """
            using Amazon.SageMaker.Model;
            class Deploy { ProductionVariant M() => new() { InstanceType = Sizes.Cpu }; }
            """));
        return test.RunAsync();
    }

    [Test]
    public async Task NoFixWhenTheSdkLacksTheSuggestedMember()
    {
        // An SDK version whose ProductionVariantInstanceType has no MlInf2Xlarge: declared here in source, in place of the stub.
        const string olderSdk = """
            namespace Amazon.SageMaker
            {
                public class ProductionVariantInstanceType : Amazon.Runtime.ConstantClass
                {
                    public static readonly ProductionVariantInstanceType MlG5Xlarge = new ProductionVariantInstanceType("ml.g5.xlarge");
                    public ProductionVariantInstanceType(string value) : base(value) { }
                }
            }
            namespace Amazon.SageMaker.Model
            {
                public class ProductionVariant { public Amazon.SageMaker.ProductionVariantInstanceType InstanceType { get; set; } }
            }
            """;
        const string code = """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class C { ProductionVariant M() => new() { InstanceType = ProductionVariantInstanceType.MlG5Xlarge }; }
            """;
        var references = TestReferences.All.Where(r => !((Microsoft.CodeAnalysis.PortableExecutableReference)r).FilePath!.EndsWith("AWSSDK.SageMaker.dll", StringComparison.Ordinal));
        var result = await AnalyzerRunner.RunAsync(
            System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>(new Analyzers.InstanceTypeAnalyzer()),
            new[] { olderSdk, code }, concurrent: true, references);

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Empty);
            Assert.That(diagnostic.Id, Is.EqualTo("GA3001"));
            Assert.That(diagnostic.Properties["suggested"], Is.EqualTo("ml.inf2.xlarge"));
            Assert.That(diagnostic.Properties.ContainsKey("fix_title"), Is.False, "MlInf2Xlarge would not compile");
            Assert.That(diagnostic.AdditionalLocations, Is.Empty);
        });
    }

    [Test]
    public Task FixAllAcrossRulesDocumentsAndProjects()
    {
        var test = InstanceVerifier.Create();
        test.TestState.Sources.Add(("/Endpoint.cs", """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Endpoint
            {
                CreateEndpointConfigRequest M() => new()
                {
                    ProductionVariants =
                    [
                        // the LLM
                        new ProductionVariant { InstanceType = {|GA3001:ProductionVariantInstanceType.MlG512xlarge|} }, // 4 x A10G
                        /* embeddings */ new ProductionVariant { InstanceType = {|GA3003:"ml.c6i.xlarge"|} },
                        new ProductionVariant
                        {
                            InstanceType = {|GA3004:ProductionVariantInstanceType.MlG4dn2xlarge|},
                            AcceleratorType = {|GA3004:ProductionVariantAcceleratorType.MlEia2Medium|},
                        },
                    ],
                };
            }
            """));
        test.TestState.Sources.Add(("/Training.cs", """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Training { ResourceConfig M() => new() { InstanceType = {|GA3002:TrainingInstanceType.MlG6Xlarge|}, InstanceCount = 1 }; }
            """));
        var other = new ProjectState("Fleet", Microsoft.CodeAnalysis.LanguageNames.CSharp, "/1/Test", "cs");
        other.Sources.Add(("/Fleet.cs", """
            using Amazon.EC2;
            using Amazon.EC2.Model;
            class Fleet
            {
                RunInstancesRequest Gpu() => new() { InstanceType = {|GA3001:InstanceType.G6Xlarge|} };
                RunInstancesRequest Cpu() => new() { InstanceType = {|GA3003:"c5.2xlarge"|} };
            }
            """));
        other.AdditionalReferences.AddRange(TestReferences.All);
        test.TestState.AdditionalProjects.Add("Fleet", other);

        test.FixedState.Sources.Add(("/Endpoint.cs", """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Endpoint
            {
                CreateEndpointConfigRequest M() => new()
                {
                    ProductionVariants =
                    [
                        // the LLM
                        new ProductionVariant { InstanceType = ProductionVariantInstanceType.MlInf224xlarge }, // 4 x A10G
                        /* embeddings */ new ProductionVariant { InstanceType = "ml.c7g.xlarge" },
                        new ProductionVariant
                        {
                            InstanceType = ProductionVariantInstanceType.MlInf2Xlarge,
                            AcceleratorType = {|GA3004:ProductionVariantAcceleratorType.MlEia2Medium|},
                        },
                    ],
                };
            }
            """));
        test.FixedState.Sources.Add(("/Training.cs", """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class Training { ResourceConfig M() => new() { InstanceType = TrainingInstanceType.MlTrn12xlarge, InstanceCount = 1 }; }
            """));
        var otherFixed = new ProjectState("Fleet", Microsoft.CodeAnalysis.LanguageNames.CSharp, "/1/Test", "cs");
        otherFixed.Sources.Add(("/Fleet.cs", """
            using Amazon.EC2;
            using Amazon.EC2.Model;
            class Fleet
            {
                RunInstancesRequest Gpu() => new() { InstanceType = InstanceType.Inf2Xlarge };
                RunInstancesRequest Cpu() => new() { InstanceType = "c7g.2xlarge" };
            }
            """));
        otherFixed.AdditionalReferences.AddRange(TestReferences.All);
        test.FixedState.AdditionalProjects.Add("Fleet", otherFixed);
        // Elastic Inference has no fix: it stays reported after Fix All.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }
}
