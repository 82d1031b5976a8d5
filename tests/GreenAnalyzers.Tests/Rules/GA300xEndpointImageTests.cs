namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA3001/GA3003/GA3004 on SageMaker endpoint variants: no Inferentia suggestion when the model the variant
/// serves (the <c>CreateModelRequest</c> its <c>ModelName</c> names, in the same file) runs an image known to have no
/// AWS Neuron build, and no Graviton suggestion when it has no arm64 build. Unknown models and images keep the verdict.</summary>
public sealed class GA300xEndpointImageTests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;

        """;

    private const string KMeans = "\"382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1\"";
    private const string Xgboost = "\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1\""; // arm64 build, no Neuron
    private const string ScikitLearn = "\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3\""; // arm64 build, no Neuron
    private const string Neuron = "\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-neuronx:2.1.2-neuronx-py310-sdk2.18.2-ubuntu20.04\"";
    private const string OwnImage = "\"123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-server:7\"";

    /// <summary>A service that creates a model and an endpoint config serving it, the way deployment code does.</summary>
    private static string Deploy(string image, string instanceType, string modelName = "\"churn-model\"", string variantModelName = "\"churn-model\"", string members = "", string parameters = "")
        => Usings + $$"""
        class Deployer
        {
            {{members}}
            async Task DeployAsync(IAmazonSageMaker sageMaker{{parameters}})
            {
                await sageMaker.CreateModelAsync(new CreateModelRequest
                {
                    ModelName = {{modelName}},
                    ExecutionRoleArn = "arn:aws:iam::123456789012:role/sagemaker",
                    PrimaryContainer = new ContainerDefinition { Image = {{image}}, ModelDataUrl = "s3://models/churn/model.tar.gz" },
                });
                await sageMaker.CreateEndpointConfigAsync(new CreateEndpointConfigRequest
                {
                    EndpointConfigName = "churn",
                    ProductionVariants = new List<ProductionVariant>
                    {
                        new ProductionVariant { VariantName = "all", ModelName = {{variantModelName}}, InstanceType = {{instanceType}}, InitialInstanceCount = 1 },
                    },
                });
            }
        }
        """;

    [TestCase(KMeans, "\"ml.g5.xlarge\"", TestName = "GPU, built-in k-means: no Inferentia")]
    [TestCase(Xgboost, "ProductionVariantInstanceType.MlG5Xlarge", TestName = "GPU constant member, XGBoost: no Inferentia")]
    [TestCase(KMeans, "\"ml.c5.xlarge\"", TestName = "x86 CPU, k-means (no arm64 build): no Graviton")]
    public Task BuiltInModelImageWithholdsTheSuggestion(string image, string instanceType)
        => InstanceVerifier.AnalyzerAsync(Deploy(image, instanceType));

    [TestCase("Name", "Name", "private const string Name = \"churn-model\";", "", TestName = "Const model name")]
    [TestCase("Name", "Name", "private static string Name = \"churn-model\";", "", TestName = "Static field written by its initializer")]
    [TestCase("$\"{Prefix}-model\"", "\"churn-model\"", "private const string Prefix = \"churn\";", "", TestName = "Constant interpolation on one side")]
    [TestCase("name", "name", "", ", string name", TestName = "Same parameter on both requests")]
    [TestCase("Name", "Name", "private readonly string Name; Deployer(string stage) => Name = \"churn-\" + stage;", "", TestName = "Same field written once in the constructor, value unknown")]
    public Task ModelNameForms(string modelName, string variantModelName, string members, string parameters)
        => InstanceVerifier.AnalyzerAsync(Deploy(KMeans, "\"ml.g5.xlarge\"", modelName, variantModelName, members, parameters));

    [Test]
    public Task SharedLocalNameImageLocalAndVariantSetLater() => InstanceVerifier.AnalyzerAsync(Usings + """
        class Deployer
        {
            async Task DeployAsync(IAmazonSageMaker sageMaker, string stamp)
            {
                var modelName = $"churn-{stamp}";            // not known at compile time, but the same value on both requests
                var image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1";
                var container = new ContainerDefinition { ModelDataUrl = "s3://models/churn/model.tar.gz" };
                container.Image = image;
                var model = new CreateModelRequest { ModelName = modelName, ExecutionRoleArn = "arn:aws:iam::123456789012:role/sagemaker" };
                model.PrimaryContainer = container;
                await sageMaker.CreateModelAsync(model);

                var variant = new ProductionVariant { VariantName = "all", InitialInstanceCount = 1 };
                variant.ModelName = modelName;
                variant.InstanceType = ProductionVariantInstanceType.MlG5Xlarge;
                var config = new CreateEndpointConfigRequest { EndpointConfigName = "churn", ProductionVariants = new List<ProductionVariant>() };
                config.ProductionVariants.Add(variant);
                await sageMaker.CreateEndpointConfigAsync(config);
            }
        }
        """);

    [TestCase("new List<ContainerDefinition> { new ContainerDefinition { Image = " + ScikitLearn + " }, new() { Image = " + KMeans + " } }", "\"ml.g5.xlarge\"", TestName = "Pipeline of built-ins (list): no Inferentia")]
    [TestCase("[new() { Image = " + ScikitLearn + " }, new() { Image = " + KMeans + " }]", "\"ml.c5.xlarge\"", TestName = "Pipeline with one image lacking arm64 (collection expression): no Graviton")]
    [TestCase("[new() { Image = " + Xgboost + " }]", "\"ml.g5.xlarge\"", TestName = "Collection expression of one built-in: no Inferentia")]
    public Task InferencePipelines(string containers, string instanceType) => InstanceVerifier.AnalyzerAsync(Usings + $$"""
        class Deployer
        {
            CreateModelRequest Model() => new() { ModelName = "pipeline", Containers = {{containers}} };
            ProductionVariant Variant() => new() { ModelName = "pipeline", InstanceType = {{instanceType}} };
        }
        """);

    /// <summary>Kept: the suggestion stands wherever the model's image is not known to lack the build.</summary>
    [TestCase(Neuron, "\"churn-model\"", "\"churn-model\"", TestName = "Neuron image")]
    [TestCase(OwnImage, "\"churn-model\"", "\"churn-model\"", TestName = "Own image: unknown")]
    [TestCase("System.Environment.GetEnvironmentVariable(\"IMAGE\")", "\"churn-model\"", "\"churn-model\"", TestName = "Image unknown at compile time")]
    [TestCase(KMeans, "\"churn-model\"", "\"fraud-model\"", TestName = "The variant serves another model")]
    [TestCase(KMeans, "\"churn-model\"", "System.Environment.GetEnvironmentVariable(\"MODEL\")", TestName = "Variant's model name unknown")]
    public Task InferentiaSuggestionKept(string image, string modelName, string variantModelName)
        => InstanceVerifier.CodeFixAsync(
            Deploy(image, "{|GA3001:\"ml.g5.xlarge\"|}", modelName, variantModelName),
            Deploy(image, "\"ml.inf2.xlarge\"", modelName, variantModelName));

    [Test]
    public Task GravitonKeptForAnImageWithAnArm64Build() => InstanceVerifier.CodeFixAsync(
        Deploy(ScikitLearn, "{|GA3003:ProductionVariantInstanceType.MlC5Xlarge|}"),
        Deploy(ScikitLearn, "ProductionVariantInstanceType.MlC7gXlarge"));

    [Test]
    public Task ParametersOfTwoMethodsAreNotTheSameName() => InstanceVerifier.CodeFixAsync(
        Usings + """
        class Deployer
        {
            CreateModelRequest Model(string name) => new() { ModelName = name, PrimaryContainer = new() { Image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" } };
            ProductionVariant Variant(string name) => new() { ModelName = name, InstanceType = {|GA3001:"ml.g5.xlarge"|} };
        }
        """,
        Usings + """
        class Deployer
        {
            CreateModelRequest Model(string name) => new() { ModelName = name, PrimaryContainer = new() { Image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" } };
            ProductionVariant Variant(string name) => new() { ModelName = name, InstanceType = "ml.inf2.xlarge" };
        }
        """);

    [TestCase("""
        CreateModelRequest A() => new() { ModelName = "m", PrimaryContainer = new() { Image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" } };
        CreateModelRequest B() => new() { ModelName = "m", PrimaryContainer = new() { Image = "123456789012.dkr.ecr.us-east-1.amazonaws.com/own:1" } };
        """, TestName = "Two models of that name, one unknown")]
    [TestCase("""
        CreateModelRequest A()
        {
            var request = new CreateModelRequest { ModelName = "m", Containers = [new() { Image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" }] };
            request.Containers.Add(Other());
            return request;
        }
        ContainerDefinition Other() => new();
        """, TestName = "Container added later")]
    [TestCase("""
        CreateModelRequest A() => new() { ModelName = "m", Containers = [new() { Image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" }, new() { Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-neuronx:2.1.2" }] };
        """, TestName = "Pipeline with a Neuron container")]
    [TestCase("""
        CreateModelRequest A() => new() { ModelName = "m", Containers = [new() { Image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" }, Helper()] };
        ContainerDefinition Helper() => new();
        """, TestName = "Pipeline with a container built elsewhere")]
    [TestCase("""
        CreateModelRequest A() => new() { ModelName = "m", PrimaryContainer = new() { ModelPackageName = "arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/1" } };
        """, TestName = "Model package, no image")]
    public Task ModelsNotKnownToLackNeuronKeepTheSuggestion(string models) => InstanceVerifier.CodeFixAsync(
        Usings + $$"""
        class Deployer
        {
            {{models}}
            ProductionVariant Variant() => new() { ModelName = "m", InstanceType = {|GA3001:"ml.g5.xlarge"|} };
        }
        """,
        Usings + $$"""
        class Deployer
        {
            {{models}}
            ProductionVariant Variant() => new() { ModelName = "m", InstanceType = "ml.inf2.xlarge" };
        }
        """);

    [Test]
    public Task ModelInAnotherFileIsNotFollowed()
    {
        var test = InstanceVerifier.Create();
        test.TestState.Sources.Add(Usings + """
            class Models
            {
                CreateModelRequest Churn() => new() { ModelName = "churn-model", PrimaryContainer = new() { Image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" } };
            }
            """);
        test.TestState.Sources.Add(Usings + """
            class Endpoints
            {
                // The model is created in Models.cs: an IDE analyzing this file alone cannot know its image.
                ProductionVariant Churn() => new() { ModelName = "churn-model", InstanceType = {|GA3001:"ml.g5.xlarge"|} };
            }
            """);
        return test.RunAsync();
    }

    [Test]
    public async Task OlderGpuServingABuiltInIsReportedWithoutANeuronSuccessor()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), Deploy(KMeans, "\"ml.g4dn.xlarge\""));

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("GA3004"));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain(
                "the image 'kmeans' has no AWS Neuron (Inferentia/Trainium) build (SageMaker Python SDK image URIs, 2026-07-20): choose a current GPU generation"));
            Assert.That(diagnostic.Properties["image"], Is.EqualTo("kmeans"));
            Assert.That(diagnostic.Properties.ContainsKey("suggested"), Is.False, "no Inferentia suggestion");
        });
    }

    [Test]
    public Task OlderGpuServingAnUnknownImageKeepsItsInferentiaFix() => InstanceVerifier.CodeFixAsync(
        Deploy(OwnImage, "{|GA3004:\"ml.g4dn.xlarge\"|}"),
        Deploy(OwnImage, "\"ml.inf2.xlarge\""));

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), Usings + """
            class Deployer
            {
                CreateModelRequest A() => new() { ModelName = "m", PrimaryContainer = new() { Image = } };
                CreateModelRequest B() => new() { ModelName = Missing.Name, Containers = [new() { Image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" }, ] };
                CreateModelRequest C() => new() { ModelName = "m", Containers = new List<ContainerDefinition> { new() { Image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" }, new() { Image = Missing } } };
                ProductionVariant V() => new() { ModelName = "m", InstanceType = "ml.g5.xlarge" };
                ProductionVariant W() => new() { ModelName = Missing.Name, InstanceType = "ml.g5.xlarge" };
                ProductionVariant X() { var v = new ProductionVariant(); v.ModelName = ; v.InstanceType = "ml.c5.xlarge"; return v; }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("GA3001"), "models whose images do not compile are unknown: the suggestion stays");
        });
    }

    [Test]
    public async Task HostileShapesNeverThrowAndStayUnknown()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), Usings + """
            class Deployer
            {
                CreateModelRequest Model() => new() { ModelName = "m", PrimaryContainer = new() { Image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" } };
                ProductionVariant Make() => new();
                void Reassigned()
                {
                    var variant = new ProductionVariant { ModelName = "m" };
                    variant = Make();                                  // not the variant created above any more: unknown model
                    variant.InstanceType = "ml.g5.xlarge";
                }
                void InALoop(ProductionVariant[] variants)
                {
                    for (var i = 0; i < variants.Length; i++)
                    {
                        ref var slot = ref variants[i];
                        slot.InstanceType = "ml.g5.xlarge";           // through ref: unknown model
                        var config = new ResourceConfig();
                        config.InstanceType = "ml.g5.xlarge";         // never handed to a request
                        config = new ResourceConfig();
                    }
                }
                static ProductionVariant Recursive(ProductionVariant v) => new() { ModelName = Recursive(v).ModelName, InstanceType = "ml.g5.xlarge" };
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal), Is.EqualTo(new[] { "GA3001", "GA3001", "GA3001", "GA3002" }),
                "variants of unknown model keep GA3001; a ResourceConfig never handed to a job keeps GA3002");
        });
    }

    [Test]
    public Task GeneratedCodeIsSilent() => InstanceVerifier.AnalyzerAsync("// <auto-generated/>\n" + Deploy(OwnImage, "\"ml.g5.xlarge\""));

    [Test]
    public Task PragmaSuppresses()
    {
        var test = InstanceVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = Usings + """
            class Deployer
            {
                CreateModelRequest Model() => new() { ModelName = "m", PrimaryContainer = new() { Image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" } };
            #pragma warning disable GA3004 // Reserved g4dn capacity until 2027-03.
                ProductionVariant A() => new() { ModelName = "m", InstanceType = "ml.g4dn.xlarge" };
            #pragma warning restore GA3004
                ProductionVariant B() => new() { ModelName = "m", InstanceType = {|GA3004:"ml.g4dn.xlarge"|} };
            }
            """;
        return test.RunAsync();
    }
}
