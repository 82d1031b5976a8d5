using System.Collections.Immutable;
using GreenAnalyzers.Knowledge;
using GreenAnalyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NUnit.Framework;

namespace GreenAnalyzers.Tests.Values;

/// <summary>Which files ClientRegions asks the semantic model for their own client aliases: those that write a using alias
/// directive (the file's, a global one, or a namespace's around the class); every other file sees only the compilation's
/// global aliases, looked up once.</summary>
public sealed class ClientRegionsTests
{
    [TestCase("using Client = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient;\nclass C { }", true)]
    [TestCase("global using Client = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient;\nclass C { }", true)]
    [TestCase("using X = System.String;\nnamespace N { class C { } }", true)]
    [TestCase("namespace N { using Client = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient; namespace M { class C { } } }", true)]
    [TestCase("namespace N;\nusing Client = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient;\nclass C { }", true)]
    [TestCase("using System;\nusing static System.Math;\nglobal using System.Linq;\nnamespace N { using System.Text; class C { } }", false)]
    [TestCase("namespace N { using Client = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient; }\nnamespace M { class C { } }", false)]
    [TestCase("class C { }", false)]
    public void AFileDeclaresAliasesWhenAUsingAliasIsWrittenAroundTheClass(string source, bool declares)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        var type = root.DescendantNodes().OfType<ClassDeclarationSyntax>().Single();
        Assert.That(ClientRegions.DeclaresAliases(type), Is.EqualTo(declares));
    }

    /// <summary>The global aliases are looked up once, by the first file without an alias of its own; a file with one still
    /// finds its own (and the global ones) whichever file is looked at first.</summary>
    [TestCase(false)]
    [TestCase(true)]
    public void AFileFindsItsOwnAliasesWhicheverFileWasLookedAtFirst(bool ownAliasFirst)
    {
        const string Settings = """
            global using GlobalClient = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient;
            static class Settings
            {
                public static readonly Amazon.RegionEndpoint Us = Amazon.RegionEndpoint.USEast1;
                public static readonly Amazon.RegionEndpoint Eu = Amazon.RegionEndpoint.EUWest1;
            }
            """;
        const string WithoutAlias = """class A { GlobalClient _client = new GlobalClient(Settings.Us); string M() => "id"; }""";
        const string OwnAlias = """
            using Client = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient;
            class B { Client _client = new Client(Settings.Eu); string M() => "id"; }
            """;
        const string OwnAndGlobal = """
            using Client = Amazon.BedrockRuntime.AmazonBedrockRuntimeClient;
            class C { GlobalClient _client = new GlobalClient(Settings.Eu); string M() => "id"; }
            """;
        var trees = new[] { Settings, WithoutAlias, OwnAlias, OwnAndGlobal }.Select(source => CSharpSyntaxTree.ParseText(source)).ToArray();
        var compilation = CSharpCompilation.Create("T", trees, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.That(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error), Is.Empty);
        var regions = new ClientRegions(compilation, new ValueResolver(compilation));
        ImmutableArray<string> Around(SyntaxTree tree)
        {
            var literal = tree.GetRoot().DescendantNodes().OfType<LiteralExpressionSyntax>().Single();
            return regions.GeographiesAround(compilation.GetSemanticModel(tree).GetOperation(literal)!, CancellationToken.None);
        }

        var order = ownAliasFirst ? new[] { 2, 3, 1 } : new[] { 1, 2, 3 };
        var found = order.ToDictionary(index => index, index => Around(trees[index]));
        Assert.Multiple(() =>
        {
            Assert.That(found[1], Is.EqualTo(InvocableId.GeographiesOf("us-east-1")).And.Not.Empty);
            Assert.That(found[2], Is.EqualTo(InvocableId.GeographiesOf("eu-west-1")).And.Not.Empty);
            Assert.That(found[3], Is.EqualTo(InvocableId.GeographiesOf("eu-west-1")).And.Not.Empty);
        });
    }

    /// <summary>A Region's name is its system name or its RegionEndpoint member's; a Region read from a configuration file (a
    /// deployment setting, overridden per environment) has none, so it never gives a profile's geography. Tested here
    /// directly: the configuration scan keeps no Region values today, so no analyzer test can reach this branch.</summary>
    [Test]
    public void ARegionReadFromConfigurationHasNoName()
    {
        var written = new ResolvedValue("eu-west-1", null, ImmutableArray<Location>.Empty);
        var configured = new ResolvedValue("eu-west-1", new GreenAnalyzers.Configuration.ConfigurationOrigin("AWS:Region", "/p/appsettings.json"), Location.None);
        Assert.Multiple(() =>
        {
            Assert.That(ClientRegions.NameOf(written), Is.EqualTo("eu-west-1"));
            Assert.That(ClientRegions.NameOf(configured), Is.Null);
            Assert.That(ClientRegions.NameOf(null), Is.Null);
        });
    }
}
