namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA3002 Train on Trainium instead of GPU: SageMaker training jobs (<c>ResourceConfig</c>, <c>InstanceGroup</c>).</summary>
public sealed class GA3002Tests
{
    [Test]
    public Task TrainingSinksKeepTheirForm() => InstanceVerifier.CodeFixAsync(
        """
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class Train
        {
            Task M(IAmazonSageMaker sageMaker) => sageMaker.CreateTrainingJobAsync(new CreateTrainingJobRequest
            {
                TrainingJobName = "ticket-classifier",
                ResourceConfig = new ResourceConfig
                {
                    InstanceCount = 1,
                    InstanceType = {|GA3002:TrainingInstanceType.MlP4d24xlarge|}, // 8 x A100
                    InstanceGroups =
                    [
                        new InstanceGroup { InstanceGroupName = "workers", InstanceCount = 2, InstanceType = {|GA3002:"ml.g5.xlarge"|} },
                        new InstanceGroup { InstanceGroupName = "big", InstanceCount = 1, InstanceType = {|GA3002:TrainingInstanceType.MlG648xlarge|} },
                    ],
                },
            });
        }
        """,
        """
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;
        class Train
        {
            Task M(IAmazonSageMaker sageMaker) => sageMaker.CreateTrainingJobAsync(new CreateTrainingJobRequest
            {
                TrainingJobName = "ticket-classifier",
                ResourceConfig = new ResourceConfig
                {
                    InstanceCount = 1,
                    InstanceType = TrainingInstanceType.MlTrn132xlarge, // 8 x A100
                    InstanceGroups =
                    [
                        new InstanceGroup { InstanceGroupName = "workers", InstanceCount = 2, InstanceType = "ml.trn1.2xlarge" },
                        new InstanceGroup { InstanceGroupName = "big", InstanceCount = 1, InstanceType = TrainingInstanceType.MlTrn132xlarge },
                    ],
                },
            });
        }
        """);

    [Test]
    public Task ConstInitializerIsEdited() => InstanceVerifier.CodeFixAsync(
        """
        using Amazon.SageMaker.Model;
        class C
        {
            private const string TrainingType = "ml.p4de.24xlarge";
            ResourceConfig M() => new() { InstanceType = {|GA3002:TrainingType|}, InstanceCount = 4 };
        }
        """,
        """
        using Amazon.SageMaker.Model;
        class C
        {
            private const string TrainingType = "ml.trn1n.32xlarge";
            ResourceConfig M() => new() { InstanceType = TrainingType, InstanceCount = 4 };
        }
        """);

    [TestCase("ml.trn1.2xlarge", TestName = "Already Trainium")]
    [TestCase("ml.g5.8xlarge", TestName = "Unverified row: a single A10G would become sixteen Trainium chips")]
    [TestCase("ml.c5.xlarge", TestName = "CPU training: no Graviton is valid for training")]
    [TestCase("ml.inf2.xlarge", TestName = "Not a training type")]
    [TestCase("g5.xlarge", TestName = "EC2 spelling")]
    [TestCase("ml.g5.xlarge\t", TestName = "Malformed: tab")]
    public Task NotFlagged(string value) => InstanceVerifier.AnalyzerAsync(
        $$"""
        using Amazon.SageMaker.Model;
        class C
        {
            ResourceConfig M() => new() { InstanceType = "{{value}}" };
        }
        """);

    [Test]
    public Task Ec2GpusAreNeverTakenForTraining() => InstanceVerifier.AnalyzerAsync(
        """
        using Amazon.EC2;
        using Amazon.EC2.Model;
        class C
        {
            RunInstancesRequest M() => new() { InstanceType = {|GA3001:InstanceType.P4d24xlarge|} }; // taken to serve: GA3001, never GA3002
        }
        """);

    [Test]
    public async Task InfoWithTheTrainiumClaimAndNoPrice()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.InstanceTypeAnalyzer(), """
            using Amazon.SageMaker;
            using Amazon.SageMaker.Model;
            class C { ResourceConfig M() => new() { InstanceType = TrainingInstanceType.MlG5Xlarge }; }
            """);

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("GA3002"));
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Info));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(
                "Use 'ml.trn1.2xlarge' (AWS Trainium) instead of GPU instance 'ml.g5.xlarge' for training: approximately 25% lower energy to train "
                + "BERT-Large than comparable accelerated EC2 instances (AWS Well-Architected ML Lens, MLSUS-12)"));
            Assert.That(diagnostic.Properties["instance_api"], Is.EqualTo("training"));
            Assert.That(diagnostic.Properties["suggested"], Is.EqualTo("ml.trn1.2xlarge"));
            Assert.That(diagnostic.Properties["requires"], Is.EqualTo("neuron"));
            Assert.That(diagnostic.Properties.ContainsKey("usd_per_hour"), Is.False, "the catalog has no training prices");
            Assert.That(diagnostic.Properties["edit.0.value"], Is.EqualTo("enum:Amazon.SageMaker.TrainingInstanceType.MlTrn12xlarge"));
        });
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = InstanceVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = """
            using Amazon.SageMaker.Model;
            class C
            {
            #pragma warning disable GA3002 // The training script needs CUDA-only kernels.
                ResourceConfig M() => new() { InstanceType = "ml.g5.xlarge" };
            #pragma warning restore GA3002
                ResourceConfig N() => new() { InstanceType = {|GA3002:"ml.g5.xlarge"|} };
            }
            """;
        return test.RunAsync();
    }
}
