using GreenAnalyzers.Cli.Analysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GreenAnalyzers.Cli.Tests.Unit;

public sealed class FingerprintTests
{
    private const string Code = """
        namespace Desk;
        class Triage
        {
            const string Model = "x";
            Request Classify() => new Request
            {
                ModelId = "us.anthropic.claude-opus-4-7",
                Temperature = 0,
            };
            class Nested { string Draft() => "us.anthropic.claude-opus-4-7"; }
        }
        """;

    [Test]
    public void MovedLinesKeepTheFingerprint()
    {
        var moved = "// a header comment\n\nusing System;\n" + Code.Replace("class Triage\n{", "class Triage\n{\n    int _added;\n", StringComparison.Ordinal);

        Assert.That(Of(moved, "ModelId = \"us"), Is.EqualTo(Of(Code, "ModelId = \"us")));
    }

    [Test]
    public void WhitespaceInsideTheLineDoesNotCount()
    {
        var respaced = Code.Replace("ModelId = \"us", "ModelId   =  \"us", StringComparison.Ordinal);

        Assert.That(Of(respaced, "ModelId   =  \"us"), Is.EqualTo(Of(Code, "ModelId = \"us")));
    }

    [Test]
    public void OnlyTheFirstLineOfALongSpanCounts()
    {
        var edited = Code.Replace("Temperature = 0,", "Temperature = 0,\n        MaxTokens = 512,", StringComparison.Ordinal);

        Assert.That(Of(edited, "new Request"), Is.EqualTo(Of(Code, "new Request")));
    }

    [Test]
    public void RuleFileMemberAndCodeEachTellFindingsApart()
    {
        var original = Of(Code, "ModelId = \"us");
        Assert.Multiple(() =>
        {
            Assert.That(Of(Code, "ModelId = \"us", ruleId: "GA1002"), Is.Not.EqualTo(original), "rule");
            Assert.That(Of(Code, "ModelId = \"us", path: "Other.cs"), Is.Not.EqualTo(original), "file");
            Assert.That(Of(Code.Replace("Classify", "Route", StringComparison.Ordinal), "ModelId = \"us"), Is.Not.EqualTo(original), "member");
            Assert.That(Of(Code.Replace("opus-4-7", "opus-4-6", StringComparison.Ordinal), "ModelId = \"us"), Is.Not.EqualTo(original), "code");
        });
    }

    [Test]
    public void EnclosingMemberNamesTypesAndMember()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Fingerprint.EnclosingMember(NodeAt(Code, "ModelId = \"us")), Is.EqualTo("Triage.Classify"));
            Assert.That(Fingerprint.EnclosingMember(NodeAt(Code, "\"us.anthropic.claude-opus-4-7\"; }")), Is.EqualTo("Triage.Nested.Draft"));
            Assert.That(Fingerprint.EnclosingMember(NodeAt(Code, "Model = \"x\"")), Is.EqualTo("Triage.Model"));
            Assert.That(Fingerprint.EnclosingMember(NodeAt("var m = \"a\";", "\"a\"")), Is.EqualTo("<top-level>"));
        });
    }

    [Test]
    public void FingerprintsAreShortStableHex()
    {
        var fingerprint = Fingerprint.Compute("GA1001", "TicketTriage.cs", "TicketTriage.Classify", "ModelIds.Triage");

        Assert.That(fingerprint, Does.Match("^[0-9a-f]{32}$"));
        Assert.That(Fingerprint.Compute("GA1001", "TicketTriage.cs", "TicketTriage.Classify", "  ModelIds.Triage \n next line"), Is.EqualTo(fingerprint));
    }

    /// <summary>The fingerprint of a finding on the largest node that starts at <paramref name="marker"/>, as a
    /// diagnostic's location would span it.</summary>
    private static string Of(string code, string marker, string ruleId = "GA1001", string path = "Triage.cs")
    {
        var node = NodeAt(code, marker);
        return Fingerprint.Compute(ruleId, path, Fingerprint.EnclosingMember(node), node.ToString());
    }

    private static Microsoft.CodeAnalysis.SyntaxNode NodeAt(string code, string marker)
    {
        var root = CSharpSyntaxTree.ParseText(code).GetRoot();
        var position = code.IndexOf(marker, StringComparison.Ordinal);
        Assert.That(position, Is.GreaterThanOrEqualTo(0), marker);
        var node = root.FindToken(position).Parent!;
        while (node.Parent is { } parent && parent.SpanStart == position)
        {
            node = parent;
        }

        return node;
    }
}

public sealed class ConfigurationValueFingerprintTests
{
    [Test]
    public void RuleFileAndPointerMakeTheIdentity()
    {
        var fingerprint = Fingerprint.ForConfigurationValue("GA1001", "src/appsettings.json", "/Bedrock/ModelId");
        Assert.Multiple(() =>
        {
            Assert.That(Fingerprint.ForConfigurationValue("GA1001", "src/appsettings.json", "/Bedrock/ModelId"), Is.EqualTo(fingerprint), "stable");
            Assert.That(Fingerprint.ForConfigurationValue("GA1002", "src/appsettings.json", "/Bedrock/ModelId"), Is.Not.EqualTo(fingerprint), "rule");
            Assert.That(Fingerprint.ForConfigurationValue("GA1001", "src/appsettings.Development.json", "/Bedrock/ModelId"), Is.Not.EqualTo(fingerprint), "file");
            Assert.That(Fingerprint.ForConfigurationValue("GA1001", "src/appsettings.json", "/Bedrock/Fallback"), Is.Not.EqualTo(fingerprint), "pointer");
            Assert.That(Fingerprint.ForConfigurationValue("GA1001", "src/appsettings.json", "/Bedrock/ModelId"),
                Is.Not.EqualTo(Fingerprint.Compute("GA1001", "src/appsettings.json", string.Empty, "/Bedrock/ModelId")), "no clash with a code fingerprint");
        });
    }
}
