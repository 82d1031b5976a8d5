using GreenAnalyzers.Knowledge;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA3002/GA3004 (and GA3001/GA3003 through the same gate): no Trainium or Inferentia suggestion for a training
/// job whose image is known to have no AWS Neuron build (SageMaker built-in algorithms, tools/catalog/curated/images.tsv);
/// a Neuron image and an unknown image keep today's verdict.</summary>
public sealed class GA300xContainerImageTests
{
    private const string Usings = """
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;

        """;

    private const string XgBoost = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1";

    private static string Job(string image, string instanceType, string members = "") => Usings + $$"""
        class Train
        {
            {{members}}
            Task M(IAmazonSageMaker sageMaker) => sageMaker.CreateTrainingJobAsync(new CreateTrainingJobRequest
            {
                TrainingJobName = "churn",
                AlgorithmSpecification = new AlgorithmSpecification { TrainingImage = {{image}}, TrainingInputMode = TrainingInputMode.File },
                ResourceConfig = new ResourceConfig { InstanceCount = 1, InstanceType = {{instanceType}}, VolumeSizeInGB = 30 },
            });
        }
        """;

    [TestCase("\"" + XgBoost + "\"", "", TestName = "Literal image")]
    [TestCase("Image", "private const string Image = \"" + XgBoost + "\";", TestName = "Const image")]
    [TestCase("Image", "private static string Image = \"" + XgBoost + "\";", TestName = "Static field written only by its initializer")]
    [TestCase("Image", "private readonly string Image = \"382416733822.dkr.ecr.us-east-1.amazonaws.com/linear-learner:1\";", TestName = "Readonly field, linear-learner")]
    [TestCase("$\"{Account}.dkr.ecr.us-east-1.amazonaws.com/kmeans:1\"", "private const string Account = \"382416733822\";", TestName = "Constant interpolation, k-means")]
    public Task BuiltInImageHasNoTrainiumSuggestion(string image, string members)
        => InstanceVerifier.AnalyzerAsync(Job(image, "\"ml.g5.xlarge\"", members));

    [Test]
    public Task InstanceGroupsOfABuiltInJob() => InstanceVerifier.AnalyzerAsync(Usings + """
        using System.Collections.Generic;
        class Train
        {
            CreateTrainingJobRequest M() => new()
            {
                AlgorithmSpecification = new() { TrainingImage = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1" },
                ResourceConfig = new()
                {
                    InstanceGroups =
                    [
                        new InstanceGroup { InstanceGroupName = "a", InstanceCount = 2, InstanceType = "ml.g5.xlarge" },
                    ],
                },
            };

            CreateTrainingJobRequest N() => new()
            {
                AlgorithmSpecification = new() { TrainingImage = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1" },
                ResourceConfig = new()
                {
                    InstanceGroups = new List<InstanceGroup> { new() { InstanceGroupName = "b", InstanceCount = 2, InstanceType = TrainingInstanceType.MlG5Xlarge } },
                },
            };
        }
        """);

    [Test]
    public Task LocalImageAndAlgorithmSpecificationSetLater() => InstanceVerifier.AnalyzerAsync(Usings + """
        class Train
        {
            Task M(IAmazonSageMaker sageMaker, string region)
            {
                var image = "382416733822.dkr.ecr.us-east-1.amazonaws.com/ipinsights:1";
                var request = new CreateTrainingJobRequest
                {
                    TrainingJobName = "logins",
                    ResourceConfig = new ResourceConfig { InstanceCount = 1, InstanceType = TrainingInstanceType.MlG5Xlarge },
                };
                request.AlgorithmSpecification = new AlgorithmSpecification { TrainingImage = image, TrainingInputMode = TrainingInputMode.File };
                return sageMaker.CreateTrainingJobAsync(request);
            }
        }
        """);

    /// <summary>The instance type written after the request is constructed, through the locals that hold it or its parts.</summary>
    [TestCase("request.ResourceConfig = new ResourceConfig { InstanceCount = 1, InstanceType = \"ml.g5.xlarge\" };", TestName = "ResourceConfig assigned later")]
    [TestCase("request.ResourceConfig = new ResourceConfig { InstanceCount = 1 }; request.ResourceConfig.InstanceType = TrainingInstanceType.MlG5Xlarge;", TestName = "InstanceType assigned later through the request")]
    [TestCase("var resources = new ResourceConfig { InstanceCount = 1 }; resources.InstanceType = \"ml.g5.xlarge\"; request.ResourceConfig = resources;", TestName = "ResourceConfig local handed to the request")]
    public Task InstanceTypeSetAfterConstruction(string statements) => InstanceVerifier.AnalyzerAsync(Later(statements));

    [TestCase(XgBoost, "var resources = new ResourceConfig { InstanceCount = 1, InstanceType = {|GA3002:\"ml.g5.xlarge\"|} }; request.ResourceConfig = resources; Other(resources);", "var resources = new ResourceConfig { InstanceCount = 1, InstanceType = \"ml.trn1.2xlarge\" }; request.ResourceConfig = resources; Other(resources);", TestName = "ResourceConfig local handed on twice: not tied to the built-in job")]
    [TestCase(OwnImageUri, "request.ResourceConfig = new ResourceConfig(); request.ResourceConfig.InstanceType = {|GA3002:\"ml.g5.xlarge\"|};", "request.ResourceConfig = new ResourceConfig(); request.ResourceConfig.InstanceType = \"ml.trn1.2xlarge\";", TestName = "Own image, InstanceType assigned later: flagged and fixed")]
    [TestCase(OwnImageUri, "request.ResourceConfig = new ResourceConfig { InstanceType = {|GA3002:TrainingInstanceType.MlG5Xlarge|} };", "request.ResourceConfig = new ResourceConfig { InstanceType = TrainingInstanceType.MlTrn12xlarge };", TestName = "Own image, ResourceConfig assigned later: flagged and fixed")]
    public Task InstanceTypeSetLaterKeepsItsVerdict(string image, string statements, string fixedStatements) => InstanceVerifier.CodeFixAsync(
        Later(statements, image), Later(fixedStatements, image));

    [TestCase("request.ResourceConfig = config;", TestName = "ResourceConfig from a parameter")]
    [TestCase("request.ResourceConfig = new ResourceConfig { InstanceType = instanceType };", TestName = "InstanceType from a parameter")]
    [TestCase("request.ResourceConfig.InstanceType = instanceType;", TestName = "InstanceType from a parameter, through the request")]
    public Task ValuesFromParametersAreSilent(string statements) => InstanceVerifier.AnalyzerAsync(Later(statements, OwnImageUri));

    private const string OwnImageUri = "123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-trainer:latest";

    private static string Later(string statements, string image = XgBoost) => Usings + $$"""
        class Train
        {
            Task M(IAmazonSageMaker sageMaker, ResourceConfig config, string instanceType)
            {
                var request = new CreateTrainingJobRequest
                {
                    TrainingJobName = "churn",
                    AlgorithmSpecification = new AlgorithmSpecification { TrainingImage = "{{image}}", TrainingInputMode = TrainingInputMode.File },
                };
                {{statements}}
                return sageMaker.CreateTrainingJobAsync(request);
            }

            static void Configure(CreateTrainingJobRequest request) { }
            static void Other(ResourceConfig config) { }
        }
        """;

    [TestCase("\"763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training-neuronx:2.1.2-neuronx-py310-sdk2.18.2-ubuntu20.04\"", TestName = "Neuron image keeps the suggestion")]
    [TestCase("\"123456789012.dkr.ecr.us-east-1.amazonaws.com/churn-trainer:latest\"", TestName = "Own image: unknown")]
    [TestCase("\"xgboost:1.7\"", TestName = "Not an ECR path: unknown")]
    [TestCase("\"683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost-custom:1\"", TestName = "Similar repository name: unknown")]
    [TestCase("System.Environment.GetEnvironmentVariable(\"IMAGE\")", TestName = "Image unknown at compile time")]
    public Task OtherImagesKeepTheSuggestion(string image)
        => InstanceVerifier.CodeFixAsync(
            Job(image, "{|GA3002:\"ml.g5.xlarge\"|}"),
            Job(image, "\"ml.trn1.2xlarge\""));

    [Test]
    public async Task OlderGpuWithBuiltInImageIsReportedWithoutANeuronSuccessor()
    {
        var result = await AnalyzerRunner.RunAsync(
            new Analyzers.InstanceTypeAnalyzer(), Job("\"" + XgBoost + "\"", "TrainingInstanceType.MlP32xlarge"));

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("GA3004"));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
                "'ml.p3.2xlarge' is an accelerator of an older generation; the image 'sagemaker-xgboost' has no AWS Neuron (Inferentia/Trainium) "
                + "build (SageMaker Python SDK image URIs, 2026-07-20): choose a current GPU generation"));
            Assert.That(diagnostic.Properties["image"], Is.EqualTo("sagemaker-xgboost"));
            Assert.That(diagnostic.Properties.ContainsKey("suggested"), Is.False, "no Trainium suggestion");
            Assert.That(diagnostic.Properties.ContainsKey("fix_title"), Is.False, "no fix");
        });
    }

    [Test]
    public Task OlderGpuWithNeuronImageKeepsItsTrainiumFix() => InstanceVerifier.CodeFixAsync(
        Job("\"763104351884.dkr.ecr.us-west-2.amazonaws.com/pytorch-training-neuronx:2.1.2\"", "{|GA3004:TrainingInstanceType.MlP32xlarge|}"),
        Job("\"763104351884.dkr.ecr.us-west-2.amazonaws.com/pytorch-training-neuronx:2.1.2\"", "TrainingInstanceType.MlTrn12xlarge"));

    [Test]
    public Task OlderGpuWithBuiltInImageHasNoFix() => InstanceVerifier.CodeFixAsync(
        Job("\"" + XgBoost + "\"", "{|GA3004:\"ml.p3.2xlarge\"|}"),
        Job("\"" + XgBoost + "\"", "{|GA3004:\"ml.p3.2xlarge\"|}"));

    [Test]
    public Task InstanceTypeOutsideTheRequestKeepsItsVerdict() => InstanceVerifier.AnalyzerAsync(Usings + """
        class Train
        {
            // The config is built apart from the request: which image it will run is not known here.
            ResourceConfig Config() => new() { InstanceCount = 1, InstanceType = {|GA3002:"ml.g5.xlarge"|} };
            CreateTrainingJobRequest Request() => new()
            {
                AlgorithmSpecification = new AlgorithmSpecification { TrainingImage = "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1" },
                ResourceConfig = Config(),
            };
        }
        """);

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), Usings + """
            class Train
            {
                CreateTrainingJobRequest A() => new() { AlgorithmSpecification = new() { TrainingImage = }, ResourceConfig = new() { InstanceType = "ml.g5.xlarge" } };
                CreateTrainingJobRequest B() => new() { AlgorithmSpecification = new() { TrainingImage = Missing.Image }, ResourceConfig = new() { InstanceType = "ml.p3.2xlarge" } };
                CreateTrainingJobRequest C() => new() { AlgorithmSpecification = new AlgorithmSpecification( { TrainingImage = "683313688378.dkr.ecr.us-east-1.amazonaws.com/", ResourceConfig = new() { InstanceType = "ml.g5.xlarge"
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(
                result.Diagnostics.Where(d => d.Id == "GA3004").Select(d => d.Properties.GetValueOrDefault("suggested")),
                Does.Contain("ml.trn1.2xlarge"),
                "an image that does not compile is unknown: B keeps its Trainium successor");
        });
    }

    [Test]
    public Task GeneratedCodeIsSilent() => InstanceVerifier.AnalyzerAsync("// <auto-generated/>\n" + Job("\"123456789012.dkr.ecr.us-east-1.amazonaws.com/own:1\"", "\"ml.p3.2xlarge\""));

    [Test]
    public Task PragmaSuppresses()
    {
        var test = InstanceVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = Usings + """
            class Train
            {
            #pragma warning disable GA3004 // Reserved p3 capacity until 2027-03.
                CreateTrainingJobRequest A() => new()
                {
                    AlgorithmSpecification = new() { TrainingImage = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" },
                    ResourceConfig = new() { InstanceType = "ml.p3.2xlarge" },
                };
            #pragma warning restore GA3004
                CreateTrainingJobRequest B() => new()
                {
                    AlgorithmSpecification = new() { TrainingImage = "382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1" },
                    ResourceConfig = new() { InstanceType = {|GA3004:"ml.p3.2xlarge"|} },
                };
            }
            """;
        return test.RunAsync();
    }

    [TestCase("382416733822.dkr.ecr.us-east-1.amazonaws.com/kmeans:1", "kmeans", false, false)]
    [TestCase("382416733822.dkr.ecr.us-east-1.amazonaws.com/forecasting-deepar@sha256:0123abcd", "forecasting-deepar", false, false)]
    [TestCase("390948362332.dkr.ecr.cn-north-1.amazonaws.com.cn/xgboost:1", "xgboost", false, false)]
    [TestCase("683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.5-1-arm64", "sagemaker-xgboost", false, true)]
    [TestCase("763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference-neuronx:2.1.2-neuronx-py310", "pytorch-inference-neuronx", true, null)]
    [TestCase("763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.1.2-optimum0.0.23-neuronx-py310", "huggingface-pytorch-tgi-inference", true, null)]
    public void ImagesAreRecognisedByRepository(string uri, string name, bool neuron, bool? arm64)
    {
        var image = ContainerImages.Find(uri);
        Assert.That(image, Is.Not.Null);
        Assert.That((image!.Name, image.HasNeuronBuild, image.HasArm64Build), Is.EqualTo((name, (bool?)neuron, arm64)));
    }

    [TestCase("")]
    [TestCase("kmeans:1")]
    [TestCase("docker.io/library/kmeans:1")]
    [TestCase("123456789012.dkr.ecr.us-east-1.amazonaws.com/team/kmeans:1")]
    [TestCase("123456789012.dkr.ecr.us-east-1.amazonaws.com/")]
    [TestCase("https://")]
    public void OtherImagesAreUnknown(string uri) => Assert.That(ContainerImages.Find(uri), Is.Null);

    [Test]
    public void EveryCatalogImageLacksANeuronBuildAndCitesItsSource()
    {
        // The table lists only images without a Neuron build; each names the source of its builds.
        foreach (var row in Tsv.ReadResource("images.tsv"))
        {
            var image = ContainerImages.Find("382416733822.dkr.ecr.us-east-1.amazonaws.com/" + row["repository"] + ":1");
            Assert.That(image, Is.Not.Null, row["repository"]);
            Assert.That(image!.Lacks(InstanceMoveRequirement.NeuronCompiledModel), Is.True, row["repository"]);
            Assert.That(image.Source?.Citation, Is.EqualTo("SageMaker Python SDK image URIs, 2026-07-20"), row["repository"]);
        }
    }
}
