using GreenAnalyzers.Values;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAnalyzers.Tests.Values;

/// <summary>The value resolver on every value form, including the ConstantClass forms the instance rules rely on.
/// Each snippet assigns the value under test to <c>Value</c>; the test resolves that assignment.</summary>
public sealed class ValueResolverTests
{
    [TestCase("\"ml.g5.xlarge\"", "ml.g5.xlarge", "\"ml.g5.xlarge\"")]
    [TestCase("Const", "ml.g5.xlarge", "\"ml.g5.xlarge\"")]
    [TestCase("ReadOnly", "ml.g5.xlarge", "\"ml.g5.xlarge\"")]
    [TestCase("$\"ml.{Family}.xlarge\"", "ml.g5.xlarge", "ml.|\"g5\"|.xlarge")]
    [TestCase("\"ml.\" + Family + \".xlarge\"", "ml.g5.xlarge", "\"ml.\"|\"g5\"|\".xlarge\"")]
    [TestCase("@\"ml.g5.xlarge\"", "ml.g5.xlarge", "@\"ml.g5.xlarge\"")]
    public void StringForms(string expression, string value, string sites)
    {
        var (resolved, _) = Resolve("string", expression);
        Assert.That(resolved!.Text, Is.EqualTo(value));
        Assert.That(SiteTexts(resolved), Is.EqualTo(sites));
    }

    [TestCase("ProductionVariantInstanceType.MlG5Xlarge", null, "MlG5Xlarge")]
    [TestCase("Amazon.SageMaker.ProductionVariantInstanceType.MlG5Xlarge", null, "MlG5Xlarge")]
    [TestCase("\"ml.g5.xlarge\"", "ml.g5.xlarge", "\"ml.g5.xlarge\"")]
    [TestCase("Const", "ml.g5.xlarge", "\"ml.g5.xlarge\"")]
    [TestCase("(ProductionVariantInstanceType)\"ml.g5.xlarge\"", "ml.g5.xlarge", "\"ml.g5.xlarge\"")]
    [TestCase("ProductionVariantInstanceType.FindValue(\"ml.g5.xlarge\")", "ml.g5.xlarge", "\"ml.g5.xlarge\"")]
    [TestCase("new ProductionVariantInstanceType(Const)", "ml.g5.xlarge", "\"ml.g5.xlarge\"")]
    public void ConstantClassForms(string expression, string? value, string sites)
    {
        var (resolved, _) = Resolve("ProductionVariantInstanceType", expression);
        Assert.Multiple(() =>
        {
            Assert.That(resolved!.Text, Is.EqualTo(value));
            Assert.That(SiteTexts(resolved), Is.EqualTo(sites));
        });
        if (value is null)
        {
            Assert.That(resolved!.ConstantMember!.Name, Is.EqualTo("MlG5Xlarge"));
        }
    }

    [TestCase("Alias", "ml.g5.xlarge")]
    [TestCase("Amazon.EC2.InstanceType.G5Xlarge", "g5.xlarge")]
    public void ConstantClassMembersBehindAnAliasOrAConversionToString(string expression, string wireValue)
    {
        // A static readonly alias resolves to the member its initializer names (the fix edits it there); a member
        // converted to string keeps its identity.
        var (resolved, _) = Resolve(expression == "Alias" ? "ProductionVariantInstanceType" : "string", expression);
        Assert.Multiple(() =>
        {
            Assert.That(resolved!.Text, Is.Null);
            Assert.That(GreenAnalyzers.Knowledge.InstanceType.ConstantMemberName(wireValue), Is.EqualTo(resolved.ConstantMember!.Name));
            Assert.That(SiteTexts(resolved), Is.EqualTo(resolved.ConstantMember.Name));
        });
    }

    /// <summary>The AWS SDK's Regions, built like a ConstantClass: a member is itself (its system name lives in metadata), a
    /// static readonly field holding one is the member its initializer names, and <c>GetBySystemName(name)</c> is the name.</summary>
    [TestCase("Amazon.RegionEndpoint.EUWest1", null, "EUWest1")]
    [TestCase("Home", null, "EUWest1")]
    [TestCase("Amazon.RegionEndpoint.GetBySystemName(\"eu-west-1\")", "eu-west-1", "\"eu-west-1\"")]
    [TestCase("Amazon.RegionEndpoint.GetBySystemName(RegionName)", "eu-west-1", "\"eu-west-1\"")]
    public void RegionEndpointForms(string expression, string? value, string sites)
    {
        var (resolved, _) = Resolve("Amazon.RegionEndpoint", expression);
        Assert.Multiple(() =>
        {
            Assert.That(resolved!.Text, Is.EqualTo(value));
            Assert.That(resolved.Text ?? resolved.ConstantMember!.Name, Is.EqualTo(value ?? "EUWest1"));
            Assert.That(SiteTexts(resolved), Is.EqualTo(sites));
        });
    }

    [TestCase("Parameter")]
    [TestCase("Amazon.RegionEndpoint.GetBySystemName(Parameter)")]
    [TestCase("Mutable")]
    [TestCase("Method()")]
    [TestCase("Parameter ?? \"x\"")]
    [TestCase("System.Environment.MachineName")]
    public void UnknownValues(string expression)
        => Assert.That(Resolve(expression.StartsWith("Amazon.RegionEndpoint", StringComparison.Ordinal) ? "Amazon.RegionEndpoint" : "string", expression).Resolved, Is.Null);

    [Test]
    public void FindWrittenLocatesTheFragmentInsideTheLiteral()
    {
        var (resolved, _) = Resolve("string", "@\"us.anthropic.x-v1\"");
        var written = resolved!.FindWritten("anthropic.x-v1", CancellationToken.None)!;
        Assert.That(written.SourceTree!.GetText().ToString(written.SourceSpan), Is.EqualTo("anthropic.x-v1"));
        Assert.That(resolved.FindWritten("not there", CancellationToken.None), Is.Null);
    }

    /// <summary>A site longer than the buffer kept per thread is searched in a copy of its own, and the next short one in the
    /// buffer again.</summary>
    [Test]
    public void FindWrittenLocatesTheFragmentInALongLiteral()
    {
        var (resolved, _) = Resolve("string", "\"" + new string('x', 3000) + ".us.anthropic.x-v1\"");
        var written = resolved!.FindWritten("anthropic.x-v1", CancellationToken.None)!;
        Assert.That(written.SourceTree!.GetText().ToString(written.SourceSpan), Is.EqualTo("anthropic.x-v1"));
        Assert.That(written.SourceSpan.Start, Is.EqualTo(resolved.WriteSites[0].SourceSpan.Start + 1 + 3000 + ".us.".Length));

        var (shorter, _) = Resolve("string", "\"us.anthropic.y-v1\"");
        var again = shorter!.FindWritten("anthropic.y-v1", CancellationToken.None)!;
        Assert.That(again.SourceTree!.GetText().ToString(again.SourceSpan), Is.EqualTo("anthropic.y-v1"));
        Assert.That(shorter.FindWritten("anthropic.x-v1", CancellationToken.None), Is.Null);
    }

    /// <summary><see cref="ValueResolver.ResolveEach"/> keeps one value without an array (issue 21): one value, none, and
    /// several (a conditional, a local written on two paths, a configuration key that a base file and an environment's
    /// override both hold) each come out whole, in order, through the enumerator, the indexer and the length alike.
    /// <see cref="ValueResolver.ResolveEveryPath"/> gives the same values when every path's is known, and null when one is
    /// not.</summary>
    [TestCase("\"ml.g5.xlarge\"", "ml.g5.xlarge", true)]
    [TestCase("ProductionVariantInstanceType.MlG5Xlarge", "MlG5Xlarge", true)]
    [TestCase("Parameter", "", false)]
    [TestCase("Parameter == \"a\" ? \"ml.g5.xlarge\" : Const2", "ml.g5.xlarge|ml.m5.large", true)]
    [TestCase("Parameter == \"a\" ? \"ml.g5.xlarge\" : Parameter", "ml.g5.xlarge", false)]
    [TestCase("written", "ml.m5.large|ml.g5.xlarge", true)]
    [TestCase("Configuration[\"Hosting:InstanceType\"]", "ml.inf2.xlarge|ml.g5.2xlarge", true)]
    public void ResolveEachGivesEveryKnownValue(string expression, string values, bool everyPathKnown)
    {
        var source = $$"""
            using Amazon.SageMaker;
            using Microsoft.Extensions.Configuration;
            class C
            {
                const string Const2 = "ml.m5.large";
                object Value;
                void M(string Parameter, IConfiguration Configuration)
                {
                    var written = "ml.g5.xlarge";
                    if (Parameter == "b") written = Const2;
                    Value = {{expression}};
                }
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("T", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.That(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
        var model = compilation.GetSemanticModel(tree);
        var assignment = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax>()
            .Single(a => a.Left.ToString() == "Value");
        var operation = (ISimpleAssignmentOperation)model.GetOperation(assignment)!;
        var files = ImmutableArray.Create<AdditionalText>(
            new AnalyzerRunner.InMemoryText("/p/appsettings.json", """{ "Hosting": { "InstanceType": "ml.inf2.xlarge" } }"""),
            new AnalyzerRunner.InMemoryText("/p/appsettings.Production.json", """{ "Hosting": { "InstanceType": "ml.g5.2xlarge" } }"""));
        var resolver = new ValueResolver(compilation, new AnalyzerOptions(files), CancellationToken.None);

        var each = resolver.ResolveEach(operation.Value, CancellationToken.None);
        var enumerated = new List<string>();
        foreach (var value in each)
        {
            enumerated.Add(value.Text ?? value.ConstantMember!.Name);
        }

        var indexed = Enumerable.Range(0, each.Length).Select(i => each[i].Text ?? each[i].ConstantMember!.Name).ToList();
        var everyPath = resolver.ResolveEveryPath(operation.Value, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(everyPath is { } all ? string.Join("|", Enumerable.Range(0, all.Length).Select(i => all[i].Text ?? all[i].ConstantMember!.Name)) : null,
                Is.EqualTo(everyPathKnown ? values : null));
            Assert.That(string.Join("|", enumerated), Is.EqualTo(values));
            Assert.That(indexed, Is.EqualTo(enumerated));
            Assert.That(each.IsEmpty, Is.EqualTo(values.Length == 0));
            Assert.That(() => each[each.Length], Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    private static (ResolvedValue? Resolved, Compilation Compilation) Resolve(string type, string expression)
    {
        var source = $$"""
            using Amazon.SageMaker;
            class C
            {
                const string Const = "ml.g5.xlarge";
                const string Family = "g5";
                static readonly string ReadOnly = Const;
                static readonly ProductionVariantInstanceType Alias = ProductionVariantInstanceType.MlG5Xlarge;
                static string Mutable = "ml.g5.xlarge";
                static void Configure(string type) => Mutable = type;
                static string Method() => "ml.g5.xlarge";
                const string RegionName = "eu-west-1";
                static readonly Amazon.RegionEndpoint Home = Amazon.RegionEndpoint.EUWest1;
                {{type}} Value;
                void M(string Parameter) { Value = {{expression}}; }
            }
            """;
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("T", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.That(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
        var model = compilation.GetSemanticModel(tree);
        var assignment = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax>().Single(a => a.Left.ToString() == "Value");
        var operation = (ISimpleAssignmentOperation)model.GetOperation(assignment)!;
        return (new ValueResolver(compilation).Resolve(operation.Value, CancellationToken.None), compilation);
    }

    private static string SiteTexts(ResolvedValue value)
        => string.Join("|", value.WriteSites.Select(site => site.SourceTree!.GetText().ToString(site.SourceSpan)));
}
