using GreenAnalyzers.Knowledge;

namespace GreenAnalyzers.Tests.Knowledge;

/// <summary>The efficient-inference facts: every figure and key has a dated source, and the research page quotes it.</summary>
public sealed class InferenceFactsTests
{
    private static readonly string Research = File.ReadAllText(RepositoryPaths.Combine("docs", "research", "efficient-inference.md"));

    [Test]
    public void TheBatchDiscountIsAwsStatementAndIsQuoted()
    {
        Assert.Multiple(() =>
        {
            Assert.That(InferenceFacts.BatchDiscountPercent, Is.EqualTo(50));
            Assert.That(InferenceFacts.BatchPriceSource.Citation, Does.StartWith("AWS Bedrock User Guide"));
            Assert.That(Research, Does.Contain("50% cost savings vs on-demand"));
        });
    }

    [TestCase("Hugging Face TGI", "HF_MODEL_QUANTIZE", "eetq")]
    [TestCase("AWS LMI (DJL Serving)", "OPTION_QUANTIZE", "fp8")]
    public void EachContainerWritesASourcedKeyAndValue(string name, string key, string value)
    {
        var container = InferenceFacts.Containers.Single(c => c.Name == name);
        Assert.Multiple(() =>
        {
            Assert.That(container.QuantizeKeys[0], Is.EqualTo(key));
            Assert.That(container.FixValue, Is.EqualTo(value));
            Assert.That(container.Source.Label, Is.Not.Empty);
            Assert.That(Research, Does.Contain(key));
            Assert.That(Research, Does.Contain($"**Value chosen: `{value}`.**"));
        });
    }

    [TestCase("models/triage.onnx", "triage.onnx", "models")]
    [TestCase(@".\models\triage.onnx", "triage.onnx", "models")]
    [TestCase("triage.onnx", "triage.onnx", "")]
    [TestCase("", "", "")]
    [TestCase("/", "", "")]
    public void ModelPathsSplitOnEitherSeparator(string path, string fileName, string directory)
    {
        Assert.That(ModelPath.FileName(path), Is.EqualTo(fileName));
        Assert.That(ModelPath.Directory(path), Is.EqualTo(directory));
    }
}
