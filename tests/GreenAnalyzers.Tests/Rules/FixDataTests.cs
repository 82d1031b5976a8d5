using System.Collections.Immutable;
using GreenAnalyzers.CodeFixes;
using GreenAnalyzers.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>The fix script as data (<see cref="SyntaxEdit"/> writes it, <see cref="FixData"/> reads it): every value kind
/// survives the trip through <c>Diagnostic.Properties</c>, and a malformed script gives no fix and no exception.</summary>
public sealed class FixDataTests
{
    private static readonly FixValue[] EveryValue =
    [
        new FixValue.Text("plain"),
        new FixValue.Text("quote \" backslash \\ braces {x} newline \n tab \t unicode é ✓ and a prefix string:int:1"),
        new FixValue.Text(string.Empty),
        new FixValue.Number(1024),
        new FixValue.Number(-7),
        new FixValue.Flag(true),
        new FixValue.Flag(false),
        new FixValue.Member("Amazon.BedrockRuntime.CachePointType", "Default"),
        FixValue.New("Amazon.BedrockRuntime.Model.InferenceConfiguration"),
        FixValue.New(
            "Amazon.SageMaker.Model.DataCaptureConfig",
            FixElement.Assign("EnableCapture", new FixValue.Flag(true)),
            FixElement.Assign("CaptureOptions", FixValue.New(
                "System.Collections.Generic.List<Amazon.SageMaker.Model.CaptureOption>",
                new FixElement(FixValue.New("Amazon.SageMaker.Model.CaptureOption", FixElement.Assign("CaptureMode", new FixValue.Member("Amazon.SageMaker.CaptureMode", "Input"))))))),
        FixValue.New("System.Collections.Generic.Dictionary<string, int>", new FixElement(new FixValue.Number(1), Key: new FixValue.Text("K"))),
        new FixValue.ArrayCreation(ImmutableArray.Create(new FixElement(new FixValue.Text("Input")), new FixElement(new FixValue.Text("Output")))),
        new FixValue.Copy(1),
    ];

    private static IEnumerable<TestCaseData> EveryValueCase()
        => EveryValue.Select((value, i) => new TestCaseData(i).SetName($"RoundTrip {i}: {value.Encode()}"));

    [TestCaseSource(nameof(EveryValueCase))]
    public void EveryValueKindRoundTrips(int index)
    {
        var value = EveryValue[index];
        var edits = new[]
        {
            new FixEdit(Location.None, SyntaxEdit.Replace, new FixElement(value)),
            new FixEdit(Location.None, SyntaxEdit.Anchor),
        };
        var written = Write(edits);

        var steps = FixData.Read(written, edits.Length);

        Assert.That(steps, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(steps!.Select(s => s.Kind), Is.EqualTo(new[] { SyntaxEdit.Replace, SyntaxEdit.Anchor }));
            Assert.That(Write(steps.Select(s => new FixEdit(Location.None, s.Kind, s.Element)).ToList()), Is.EquivalentTo(written), "read back, it writes the same script");
            Assert.That(steps[0].Value!.GetType(), Is.EqualTo(value.GetType()));
            if (value is FixValue.Text text)
            {
                Assert.That(((FixValue.Text)steps[0].Value!).Value, Is.EqualTo(text.Value), "a string comes back character for character");
            }
        });
    }

    [Test]
    public void ElementsRoundTrip_MemberKeyAndArgument()
    {
        var edits = new[]
        {
            new FixEdit(Location.None, SyntaxEdit.Append, FixElement.Assign("MaxTokens", new FixValue.Number(512))),
            new FixEdit(Location.None, SyntaxEdit.Append, new FixElement(new FixValue.Text("awq"), Key: new FixValue.Text("HF_MODEL_QUANTIZE"))),
            new FixEdit(Location.None, SyntaxEdit.AddArgument, new FixElement(FixValue.New("Microsoft.Extensions.AI.ChatOptions"), Member: "options")),
            new FixEdit(Location.None, SyntaxEdit.MoveBefore, new FixElement(new FixValue.Number(4))),
            new FixEdit(Location.None, SyntaxEdit.Anchor),
            new FixEdit(Location.None, SyntaxEdit.WriteMember, new FixElement(new FixValue.Member("Amazon.EC2.InstanceType", "M7gLarge"))),
            new FixEdit(Location.None, SyntaxEdit.WriteString, new FixElement(new FixValue.Text("anthropic.claude-haiku-4-5-20251001-v1:0"))),
            new FixEdit(Location.None, SyntaxEdit.Remove),
        };
        var written = Write(edits);

        var steps = FixData.Read(written, edits.Length);

        Assert.That(steps, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(written["edit.0.member"], Is.EqualTo("MaxTokens"));
            Assert.That(written["edit.0.value"], Is.EqualTo("int:512"));
            Assert.That(written["edit.1.key"], Is.EqualTo("string:HF_MODEL_QUANTIZE"));
            Assert.That(written["edit.5.value"], Is.EqualTo("enum:Amazon.EC2.InstanceType.M7gLarge"));
            Assert.That(steps![0].Element!.Member, Is.EqualTo("MaxTokens"));
            Assert.That(steps[1].Element!.Key, Is.EqualTo(new FixValue.Text("HF_MODEL_QUANTIZE")));
            Assert.That(steps[2].Element!.Member, Is.EqualTo("options"));
            Assert.That(steps[3].Value, Is.EqualTo(new FixValue.Number(4)));
            Assert.That(steps[5].Value, Is.EqualTo(new FixValue.Member("Amazon.EC2.InstanceType", "M7gLarge")));
            Assert.That(Write(steps.Select(s => new FixEdit(Location.None, s.Kind, s.Element)).ToList()), Is.EquivalentTo(written));
        });
    }

    /// <summary>What the fixer builds from each kind of value (before the simplifier shortens the <c>global::</c> names).</summary>
    [Test]
    public void TheFixerBuildsSyntaxFromEachKindOfValue()
    {
        using var workspace = new AdhocWorkspace();
        var build = new GreenAnalyzers.CodeFixes.Syntax.FixSyntax(
            Microsoft.CodeAnalysis.Editing.SyntaxGenerator.GetGenerator(workspace, LanguageNames.CSharp),
            location => location == 2 ? Microsoft.CodeAnalysis.CSharp.SyntaxFactory.ParseExpression("Limits.OneHour") : null);
        string Built(FixValue value) => build.Expression(value)?.ToFullString() ?? "(none)";

        Assert.Multiple(() =>
        {
            Assert.That(Built(new FixValue.Text("s3://b/\"q\"\\{x}\n")), Is.EqualTo("\"s3://b/\\\"q\\\"\\\\{x}\\n\""));
            Assert.That(Built(new FixValue.Number(1024)), Is.EqualTo("1024"));
            Assert.That(Built(new FixValue.Flag(false)), Is.EqualTo("false"));
            Assert.That(Built(new FixValue.Member("Amazon.BedrockRuntime.CachePointType", "Default")), Is.EqualTo("global::Amazon.BedrockRuntime.CachePointType.Default"));
            Assert.That(Built(new FixValue.Copy(2)), Is.EqualTo("Limits.OneHour"));
            Assert.That(Built(new FixValue.Copy(5)), Is.EqualTo("(none)"), "a copy of an expression that is gone");
            Assert.That(Built(EveryValue[9]), Is.EqualTo(
                "new global::Amazon.SageMaker.Model.DataCaptureConfig { EnableCapture = true, CaptureOptions = new global::System.Collections.Generic.List<global::Amazon.SageMaker.Model.CaptureOption> "
                + "{ new global::Amazon.SageMaker.Model.CaptureOption { CaptureMode = global::Amazon.SageMaker.CaptureMode.Input } } }"));
            Assert.That(Built(EveryValue[10]), Is.EqualTo("new global::System.Collections.Generic.Dictionary<string, int> { [\"K\"] = 1 }"));
            Assert.That(Built(EveryValue[11]), Is.EqualTo("new[] { \"Input\", \"Output\" }"));
            Assert.That(build.Element(new FixElement(new FixValue.Number(1), Key: new FixValue.Text("K")), inCollectionInitializer: true)?.ToFullString(), Is.EqualTo("{ \"K\", 1 }"));
            Assert.That(build.Expression(EveryValue[9], lines: true)?.ToFullString(), Is.EqualTo(
                "new global::Amazon.SageMaker.Model.DataCaptureConfig\n{\n    EnableCapture = true,\n    CaptureOptions = new global::System.Collections.Generic.List<global::Amazon.SageMaker.Model.CaptureOption>\n"
                + "    {\n        new global::Amazon.SageMaker.Model.CaptureOption { CaptureMode = global::Amazon.SageMaker.CaptureMode.Input },\n    },\n}"));
        });
    }

    [Test]
    public void NoKeyOfTheScriptReachesReports()
    {
        var written = Write(new[] { new FixEdit(Location.None, SyntaxEdit.Append, FixElement.Assign("X", FixValue.New("A.B", FixElement.Assign("Y", new FixValue.Number(1))))) });
        Assert.That(written.Keys.Where(key => !PropertyKeys.IsFixPlumbing(key)), Is.Empty);
    }

    /// <summary>A script that is missing a part or says something no fixer can build.</summary>
    private static readonly (string Why, string[] Pairs)[] Malformed =
    [
        ("no kind", ["edit.0.value", "int:1"]),
        ("an unknown kind", ["edit.0.kind", "rewrite", "edit.0.value", "string:x"]),
        ("C# text instead of a typed value", ["edit.0.kind", "replace", "edit.0.value", "global::A.B.C"]),
        ("an unknown prefix", ["edit.0.kind", "replace", "edit.0.value", "code:1 + 1"]),
        ("a number that is none", ["edit.0.kind", "replace", "edit.0.value", "int:12abc"]),
        ("a bool that is none", ["edit.0.kind", "replace", "edit.0.value", "bool:yes"]),
        ("an enum without its type", ["edit.0.kind", "replace", "edit.0.value", "enum:Default"]),
        ("an enum member that is no identifier", ["edit.0.kind", "replace", "edit.0.value", "enum:A.B.C()"]),
        ("a type that is code", ["edit.0.kind", "replace", "edit.0.value", "new:A.B { X = 1 }"]),
        ("an unclosed type argument", ["edit.0.kind", "replace", "edit.0.value", "new:System.Collections.Generic.List<A.B"]),
        ("a keyword as a type", ["edit.0.kind", "replace", "edit.0.value", "new:A.class"]),
        ("a member that is no identifier", ["edit.0.kind", "append", "edit.0.member", "Max Tokens", "edit.0.value", "int:1"]),
        ("an element without a value", ["edit.0.kind", "replace", "edit.0.value", "new:A.B", "edit.0.value.0.member", "X"]),
        ("members mixed with plain elements", ["edit.0.kind", "replace", "edit.0.value", "new:A.B", "edit.0.value.0.member", "X", "edit.0.value.0.value", "int:1", "edit.0.value.1.value", "int:2"]),
        ("a key that is an object", ["edit.0.kind", "append", "edit.0.key", "new:A.B", "edit.0.value", "int:1"]),
        ("append without a value", ["edit.0.kind", "append"]),
        ("remove with a value", ["edit.0.kind", "remove", "edit.0.value", "int:1"]),
        ("an argument without a name", ["edit.0.kind", "add_argument", "edit.0.value", "int:1"]),
        ("a move to a location that is not there", ["edit.0.kind", "move_before", "edit.0.value", "int:3"]),
        ("a string written as a member", ["edit.0.kind", "write_member", "edit.0.value", "string:MlG5Xlarge"]),
        ("an empty array", ["edit.0.kind", "replace", "edit.0.value", "array:"]),
        ("a null value", ["edit.0.kind", "replace", "edit.0.value", null!]),
    ];

    private static IEnumerable<TestCaseData> MalformedCases() => Malformed.Select(m => new TestCaseData((object)m.Pairs).SetName("Malformed: " + m.Why));

    [TestCaseSource(nameof(MalformedCases))]
    public void AMalformedScriptReadsAsNoFix(string[] pairs)
        => Assert.That(FixData.Read(Properties(pairs), locations: 1), Is.Null);

    /// <summary>Both fix providers, handed a diagnostic whose script is malformed, offer nothing and do not throw.</summary>
    [TestCaseSource(nameof(MalformedCases))]
    public async Task AMalformedScriptOffersNoFixAndDoesNotThrow(string[] pairs)
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject("P", LanguageNames.CSharp);
        var document = workspace.AddDocument(project.Id, "A.cs", SourceText.From("class A { object M() => new object { }; string S = \"x\"; }"));
        var tree = (await document.GetSyntaxTreeAsync())!;
        var location = Location.Create(tree, new TextSpan(tree.ToString().IndexOf("new object", StringComparison.Ordinal), "new object { }".Length));
        var properties = Properties(pairs).SetItem(PropertyKeys.FixTitle, "Fix it");
        var providers = new CodeFixProvider[] { new SyntaxEditCodeFixProvider(), new ReplaceValueCodeFixProvider() };
        foreach (var provider in providers)
        {
            var descriptor = new DiagnosticDescriptor(provider.FixableDiagnosticIds[0], "t", "m", "c", DiagnosticSeverity.Warning, true);
            var diagnostic = Diagnostic.Create(descriptor, location, new[] { location }, properties);
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);

            await provider.RegisterCodeFixesAsync(context);

            Assert.That(actions, Is.Empty, provider.GetType().Name);
        }
    }

    private static ImmutableDictionary<string, string?> Write(IReadOnlyList<FixEdit> edits)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        SyntaxEdit.Write(builder, edits, "title");
        builder.Remove(PropertyKeys.FixTitle);
        return builder.ToImmutable();
    }

    private static ImmutableDictionary<string, string?> Properties(string[] pairs)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, string?>();
        for (var i = 0; i < pairs.Length; i += 2)
        {
            builder[pairs[i]] = pairs[i + 1];
        }

        return builder.ToImmutable();
    }
}
