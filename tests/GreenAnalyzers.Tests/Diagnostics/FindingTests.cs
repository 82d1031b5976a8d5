using System.Collections.Immutable;
using GreenAnalyzers.Diagnostics;
using GreenAnalyzers.Values;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAnalyzers.Tests.Diagnostics;

/// <summary>A <see cref="Finding"/> keeps the properties of its fix once it has reported one (issue 21); that cache is no
/// part of what the finding says, so it is no part of its equality either.</summary>
public sealed class FindingTests
{
    [Test]
    public void FindingsThatDifferOnlyInTheKeptFixPropertiesAreEqual()
    {
        var (sinkValue, resolved) = Resolve("\"us.anthropic.x-v1\"");
        var filled = new Finding(
            GreenAnalyzers.Descriptors.Rules.ReplaceLegacyModel, DiagnosticSeverity.Warning, new object[] { "x" }, ImmutableDictionary<string, string?>.Empty,
            "anthropic.x-v1", new FixValue.Text("anthropic.y-v1"), "Use y");
        var fresh = filled with { }; // a copy's fix properties are its own: not filled
        var diagnostic = filled.ToDiagnostic(sinkValue, resolved, CancellationToken.None); // fills filled's

        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Properties[PropertyKeys.FixTitle], Is.EqualTo("Use y"), "the fix was written, so its properties were kept");
            Assert.That(filled, Is.EqualTo(fresh));
            Assert.That(filled.GetHashCode(), Is.EqualTo(fresh.GetHashCode()));
            Assert.That(filled, Is.Not.EqualTo(fresh with { FixTitle = "Use z" }));
            Assert.That(filled, Is.Not.EqualTo(fresh with { Replacement = new FixValue.Text("anthropic.z-v1") }));
        });
    }

    private static (IOperation SinkValue, ResolvedValue Resolved) Resolve(string expression)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { string Value; void M() { Value = " + expression + "; } }", new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create("T", new[] { tree }, TestReferences.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var assignment = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.AssignmentExpressionSyntax>().Single();
        var operation = (ISimpleAssignmentOperation)compilation.GetSemanticModel(tree).GetOperation(assignment)!;
        return (operation.Value, new ValueResolver(compilation).Resolve(operation.Value, CancellationToken.None)!);
    }
}
