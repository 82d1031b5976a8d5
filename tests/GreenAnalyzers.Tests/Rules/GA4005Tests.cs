namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA4005 Quantize the LLM serving container: a TGI or LMI environment with no quantization key.</summary>
public sealed class GA4005Tests
{
    private const string Usings = """
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using Amazon.SageMaker;
        using Amazon.SageMaker.Model;

        """;

    private const string TgiImage = "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.4.0-tgi3.0.1-gpu-py311-cu124-ubuntu22.04";
    private const string LmiImage = "763104351884.dkr.ecr.us-east-1.amazonaws.com/djl-inference:0.33.0-lmi15.0.0-cu128";

    private static string Model(string image, string environment) => Usings + $$"""
        class Deployer
        {
            Task Deploy(IAmazonSageMaker sageMaker, string role) => sageMaker.CreateModelAsync(new CreateModelRequest
            {
                ModelName = "support-llm",
                ExecutionRoleArn = role,
                PrimaryContainer = new ContainerDefinition
                {
                    Image = "{{image}}",
                    Environment = {{environment}},
                },
            });
        }
        """;

    // ---------------------------------------------------------------- flagged, with the fix

    [Test]
    public Task TgiGetsHfModelQuantize_InTheIndexerStyle() => ServingContainerVerifier.CodeFixAsync(
        Model(TgiImage, """
            {|GA4005:new Dictionary<string, string>|}
                        {
                            ["HF_MODEL_ID"] = "meta-llama/Llama-3.1-8B-Instruct",
                            ["SM_NUM_GPUS"] = "1", // one A10G
                        }
            """),
        Model(TgiImage, """
            new Dictionary<string, string>
                        {
                            ["HF_MODEL_ID"] = "meta-llama/Llama-3.1-8B-Instruct",
                            ["SM_NUM_GPUS"] = "1", // one A10G
                            ["HF_MODEL_QUANTIZE"] = "eetq",
                        }
            """));

    [Test]
    public Task LmiGetsOptionQuantize_InTheCollectionInitializerStyle() => ServingContainerVerifier.CodeFixAsync(
        Model(LmiImage, """{|GA4005:new Dictionary<string, string>|} { { "HF_MODEL_ID", "meta-llama/Llama-3.1-8B-Instruct" }, { "OPTION_ROLLING_BATCH", "vllm" } }"""),
        Model(LmiImage, """new Dictionary<string, string> { { "HF_MODEL_ID", "meta-llama/Llama-3.1-8B-Instruct" }, { "OPTION_ROLLING_BATCH", "vllm" }, { "OPTION_QUANTIZE", "fp8" } }"""));

    [Test]
    public Task WithoutAnImageTheKeysTellTheContainer() => ServingContainerVerifier.CodeFixAsync(Usings + """
        class Deployer
        {
            const string ModelKey = "OPTION_MODEL_ID";

            Task Deploy(IAmazonSageMaker sageMaker, string image)
            {
                var env = {|GA4005:new Dictionary<string, string>()|};
                env.Add(ModelKey, "s3://models/llama");
                env["TENSOR_PARALLEL_DEGREE"] = "max";
                var container = new ContainerDefinition { Image = image, Environment = env };
                return sageMaker.CreateModelAsync(new CreateModelRequest { ModelName = "m", PrimaryContainer = container });
            }

            Task Tgi(IAmazonSageMaker sageMaker) => sageMaker.CreateModelAsync(new CreateModelRequest
            {
                Containers = [new ContainerDefinition { Environment = {|GA4005:new()|} { ["HF_MODEL_ID"] = "/opt/ml/model", ["MAX_TOTAL_TOKENS"] = "4096" } }],
            });
        }
        """, Usings + """
        class Deployer
        {
            const string ModelKey = "OPTION_MODEL_ID";

            Task Deploy(IAmazonSageMaker sageMaker, string image)
            {
                var env = new Dictionary<string, string>() { ["OPTION_QUANTIZE"] = "fp8" };
                env.Add(ModelKey, "s3://models/llama");
                env["TENSOR_PARALLEL_DEGREE"] = "max";
                var container = new ContainerDefinition { Image = image, Environment = env };
                return sageMaker.CreateModelAsync(new CreateModelRequest { ModelName = "m", PrimaryContainer = container });
            }

            Task Tgi(IAmazonSageMaker sageMaker) => sageMaker.CreateModelAsync(new CreateModelRequest
            {
                Containers = [new ContainerDefinition { Environment = new() { ["HF_MODEL_ID"] = "/opt/ml/model", ["MAX_TOTAL_TOKENS"] = "4096", ["HF_MODEL_QUANTIZE"] = "eetq" } }],
            });
        }
        """);

    // ---------------------------------------------------------------- not flagged

    [TestCase("""new Dictionary<string, string> { ["HF_MODEL_ID"] = "m", ["HF_MODEL_QUANTIZE"] = "bitsandbytes" }""", TgiImage)]
    [TestCase("""new Dictionary<string, string> { ["HF_MODEL_ID"] = "m", ["QUANTIZE"] = "fp8" }""", TgiImage)]
    [TestCase("""new Dictionary<string, string> { ["HF_MODEL_ID"] = "m", ["OPTION_QUANTIZE"] = "awq" }""", LmiImage)]
    [TestCase("""new Dictionary<string, string> { ["HF_MODEL_ID"] = "m", ["OPTION_QUANTIZATION"] = "fp8" }""", LmiImage)]
    [TestCase("""new Dictionary<string, string> { ["HF_MODEL_ID"] = "TheBloke/Llama-2-70B-Chat-AWQ" }""", TgiImage)]
    [TestCase("""new Dictionary<string, string> { ["HF_MODEL_ID"] = "neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8" }""", LmiImage)]
    [TestCase("""new Dictionary<string, string> { ["HF_MODEL_ID"] = "hugging-quants/Meta-Llama-3.1-70B-Instruct-GPTQ-INT4" }""", TgiImage)]
    [TestCase("""new Dictionary<string, string> { ["HF_MODEL_ID"] = "m", ["HF_TASK"] = "text-classification" }""", "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-inference:2.1.0-transformers4.37.0-gpu-py310-cu118-ubuntu20.04")]
    [TestCase("""new Dictionary<string, string> { ["HF_MODEL_ID"] = "m", ["SM_NUM_GPUS"] = "2" }""", "763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-tgi-inference:2.1.1-optimum0.0.28-neuronx-py310-ubuntu22.04")]
    [TestCase("""new Dictionary<string, string> { ["SAGEMAKER_PROGRAM"] = "inference.py" }""", "my-own-image:latest")]
    public Task QuantizedPreQuantizedOrOtherContainersAreNotFlagged(string environment, string image)
        => ServingContainerVerifier.AnalyzerAsync(Model(image, environment));

    [Test]
    public Task EnvironmentsCompletedElsewhereAreNotJudged() => ServingContainerVerifier.AnalyzerAsync(Usings + """
        class Deployer
        {
            Task FromAParameter(IAmazonSageMaker s, Dictionary<string, string> env)
                => s.CreateModelAsync(new CreateModelRequest { PrimaryContainer = new ContainerDefinition { Image = "x-tgi-x", Environment = env } });

            Task KeyFromConfiguration(IAmazonSageMaker s, string key)
                => s.CreateModelAsync(new CreateModelRequest { PrimaryContainer = new ContainerDefinition { Environment = new() { ["HF_MODEL_ID"] = "m", ["SM_NUM_GPUS"] = "1", [key] = "eetq" } } });

            Task HelperAddsKeys(IAmazonSageMaker s)
            {
                var env = new Dictionary<string, string> { ["HF_MODEL_ID"] = "m", ["SM_NUM_GPUS"] = "1" };
                Defaults.AddQuantization(env);
                return s.CreateModelAsync(new CreateModelRequest { PrimaryContainer = new ContainerDefinition { Environment = env } });
            }

            Task SetLaterThroughTheContainer(IAmazonSageMaker s)
            {
                var container = new ContainerDefinition { Environment = new Dictionary<string, string> { ["HF_MODEL_ID"] = "m", ["SM_NUM_GPUS"] = "1" } };
                container.Environment["HF_MODEL_QUANTIZE"] = "eetq";
                return s.CreateModelAsync(new CreateModelRequest { PrimaryContainer = container });
            }

            ContainerDefinition Returned() => new ContainerDefinition { Environment = new() { ["HF_MODEL_ID"] = "m", ["SM_NUM_GPUS"] = "1" } };

            Task FromAFactory(IAmazonSageMaker s)
                => s.CreateModelAsync(new CreateModelRequest { PrimaryContainer = new ContainerDefinition { Environment = Factory.Tgi() } });
        }

        static class Defaults { public static void AddQuantization(Dictionary<string, string> env) => env["HF_MODEL_QUANTIZE"] = "eetq"; }
        static class Factory { public static Dictionary<string, string> Tgi() => new() { ["HF_MODEL_ID"] = "m", ["SM_NUM_GPUS"] = "1" }; }
        """);

    // ---------------------------------------------------------------- message, robustness, suppression

    [Test]
    public async Task MessageNamesTheContainerKeyValueAndSource()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ServingContainerAnalyzer(),
            Model(TgiImage, """new Dictionary<string, string> { ["HF_MODEL_ID"] = "m" }"""),
            Model(LmiImage, """new Dictionary<string, string> { ["HF_MODEL_ID"] = "m" }""").Replace("class Deployer", "class Deployer2"));

        var messages = result.Diagnostics.OrderBy(d => d.Location.SourceTree!.FilePath).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(messages, Is.EqualTo(new[]
            {
                "This Hugging Face TGI container serves the model at full precision: it sets no HF_MODEL_QUANTIZE; HF_MODEL_QUANTIZE=eetq quantizes the weights when the model loads "
                    + "(TGI launcher reference)",
                "This AWS LMI (DJL Serving) container serves the model at full precision: it sets no OPTION_QUANTIZE; OPTION_QUANTIZE=fp8 quantizes the weights when the model loads "
                    + "(LMI vLLM and TensorRT-LLM user guides, 2026-06-24)",
            }));
            Assert.That(result.Diagnostics.Select(d => d.Severity), Is.All.EqualTo(DiagnosticSeverity.Info));
            var tgi = result.Diagnostics.Single(d => d.Properties["container"] == "Hugging Face TGI");
            Assert.That(tgi.Properties["quantize_key"], Is.EqualTo("HF_MODEL_QUANTIZE"));
            Assert.That(tgi.Properties["quantize_value"], Is.EqualTo("eetq"));
        });
    }

    [Test]
    public async Task HalfTypedCodeDoesNotCrash()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.ServingContainerAnalyzer(), Usings + """
            class D
            {
                ContainerDefinition A() => new ContainerDefinition { Environment = new() { ["HF_MODEL_ID"] = , ["SM_NUM_GPUS"] = "1" } };
                ContainerDefinition B() => new ContainerDefinition { Environment = new() { { "HF_MODEL_ID" }, { } } };
                ContainerDefinition E() => new ContainerDefinition { Environment = new() { [] = "x" }, Image = };
                void F() { var env = new Dictionary<string, string>(; env[ = "x"; var c = new ContainerDefinition { Environment = env };
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.All.EqualTo("GA4005"));
        });
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = ServingContainerVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = Usings + """
            class D
            {
                CreateModelRequest A() => new CreateModelRequest
                {
            #pragma warning disable GA4005 // Full precision is the accuracy baseline for the eval.
                    PrimaryContainer = new ContainerDefinition { Environment = new Dictionary<string, string> { ["HF_MODEL_ID"] = "m", ["SM_NUM_GPUS"] = "1" } },
            #pragma warning restore GA4005
                    Containers = [new ContainerDefinition { Environment = {|GA4005:new Dictionary<string, string>|} { ["HF_MODEL_ID"] = "m", ["SM_NUM_GPUS"] = "1" } }],
                };
            }
            """;
        return test.RunAsync();
    }
}
