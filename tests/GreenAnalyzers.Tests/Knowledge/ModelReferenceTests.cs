using GreenAnalyzers.Knowledge;

namespace GreenAnalyzers.Tests.Knowledge;

public sealed class ModelReferenceTests
{
    [TestCase("anthropic.claude-3-haiku-20240307-v1:0", "", "", "anthropic.claude-3-haiku-20240307-v1:0")]
    [TestCase("us.anthropic.claude-3-haiku-20240307-v1:0", "", "us.", "anthropic.claude-3-haiku-20240307-v1:0")]
    [TestCase("us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0", "", "us-gov.", "anthropic.claude-sonnet-4-5-20250929-v1:0")]
    [TestCase("global.anthropic.claude-opus-4-6-v1", "", "global.", "anthropic.claude-opus-4-6-v1")]
    [TestCase("apac.amazon.nova-pro-v1:0", "", "apac.", "amazon.nova-pro-v1:0")]
    [TestCase("jp.x.y", "", "jp.", "x.y")]
    [TestCase("au.x.y", "", "au.", "x.y")]
    [TestCase("ca.x.y", "", "ca.", "x.y")]
    [TestCase("eu.x.y", "", "eu.", "x.y")]
    [TestCase("arn:aws:bedrock:us-east-1::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws:bedrock:us-east-1::foundation-model/", "", "amazon.nova-pro-v1:0")]
    [TestCase("arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0",
        "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/", "eu.", "amazon.nova-pro-v1:0")]
    [TestCase("arn:aws-cn:bedrock:cn-north-1::foundation-model/amazon.nova-pro-v1:0",
        "arn:aws-cn:bedrock:cn-north-1::foundation-model/", "", "amazon.nova-pro-v1:0")]
    public void Parses(string value, string arnHead, string prefix, string baseId)
    {
        var reference = ModelReference.Parse(value)!;
        Assert.Multiple(() =>
        {
            Assert.That(reference.ArnHead, Is.EqualTo(arnHead));
            Assert.That(reference.Prefix, Is.EqualTo(prefix));
            Assert.That(reference.BaseId, Is.EqualTo(baseId));
            Assert.That(reference.Value, Is.EqualTo(value));
            Assert.That(reference.WithBaseId(baseId), Is.EqualTo(value), "round trip");
        });
    }

    [TestCase("us.anthropic.claude-opus-4-6-v1", "anthropic.claude-sonnet-4-6", "us.anthropic.claude-sonnet-4-6")]
    [TestCase("arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-1-405b-instruct-v1:0", "meta.llama3-1-70b-instruct-v1:0",
        "arn:aws:bedrock:us-east-1::foundation-model/meta.llama3-1-70b-instruct-v1:0")]
    public void KeepsPrefixAndArnShape(string value, string sibling, string expected)
        => Assert.That(ModelReference.Parse(value)!.WithBaseId(sibling), Is.EqualTo(expected));

    [TestCase("anthropic.claude-3-haiku-20240307-v1:0:200k", "anthropic.claude-3-haiku-20240307-v1:0", ":200k")]
    [TestCase("anthropic.claude-3-haiku-20240307-v1:0:48k", "anthropic.claude-3-haiku-20240307-v1:0", ":48k")]
    [TestCase("amazon.nova-pro-v1:0:mm", "amazon.nova-pro-v1:0", ":mm")]
    public void ContextSuffixIsSeparatedForLookup(string value, string baseId, string suffix)
    {
        var trimmed = ModelReference.Parse(value)!.WithoutContextSuffix()!;
        Assert.Multiple(() =>
        {
            Assert.That(trimmed.BaseId, Is.EqualTo(baseId));
            Assert.That(trimmed.Suffix, Is.EqualTo(suffix));
            Assert.That(trimmed.WithBaseId(baseId), Is.EqualTo(value));
        });
    }

    [TestCase("anthropic.claude-3-haiku-20240307-v1:0")]
    [TestCase("x.y:0")]
    public void NoContextSuffix(string value) => Assert.That(ModelReference.Parse(value)!.WithoutContextSuffix(), Is.Null);

    [TestCase(null)]
    [TestCase("")]
    [TestCase("claude-opus-4-5")]
    [TestCase("us.")]
    [TestCase("anthropic.")]
    [TestCase(".claude")]
    [TestCase("anthropic.claude opus")]
    [TestCase("arn:aws:s3:::bucket/key")]
    [TestCase("arn:aws:bedrock")]
    [TestCase("arn:aws:bedrock:us-east-1::foundation-model/")]
    public void RejectsWhatIsNotAModelId(string? value) => Assert.That(ModelReference.Parse(value), Is.Null);

    [TestCase("arn:aws:bedrock:us-east-1:123456789012:custom-model/anthropic.claude-v2/abc")]
    [TestCase("arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abc")]
    [TestCase("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc")]
    public void OtherBedrockArnsAreRecognisedButNotModels(string value)
        => Assert.That(ModelReference.Parse(value)!.Shape, Is.EqualTo(ModelReferenceShape.OtherArn));
}
