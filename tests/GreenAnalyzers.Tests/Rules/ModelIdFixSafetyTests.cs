using System.Collections.Immutable;
using System.Text;
using GreenAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GreenAnalyzers.Tests.Rules;

/// <summary>
/// GA1001 and GA1002 over every model id of the catalog, in every way it can be written: each id a fix writes can be
/// invoked as written, in the same geography; and one pass of fixes leaves nothing for either rule to fix.
/// </summary>
public sealed class ModelIdFixSafetyTests
{
    private static readonly string[] Heads =
    {
        string.Empty, "us.", "eu.", "apac.", "jp.", "global.",
        "arn:aws:bedrock:us-east-1::foundation-model/", "arn:aws:bedrock:eu-west-1:123456789012:inference-profile/eu.",
    };

    public static IEnumerable<TestCaseData> Settings()
    {
        foreach (var tier in new[] { "small", "medium", "large", "frontier" })
        {
            yield return new TestCaseData(tier, true).SetName($"max_model_tier={tier}, test overlay");
        }

        yield return new TestCaseData("large", false).SetName("max_model_tier=large, embedded catalog only");
    }

    [TestCaseSource(nameof(Settings))]
    public async Task EveryFixIsInvocableAndOnePassConverges(string maxTier, bool withOverlay)
    {
        var catalog = withOverlay ? CatalogOverlay.Read(TestCatalog.Overlay, ModelCatalog.Default).Catalog : ModelCatalog.Default;
        var source = Document(catalog);
        var first = await RunAsync(source, maxTier, withOverlay);
        var fixes = first.Where(d => d.Properties.ContainsKey("fix_title")).ToList();
        if (withOverlay)
        {
            Assert.That(fixes, Has.Count.GreaterThan(20), "the test must exercise fixes");
        }

        foreach (var diagnostic in fixes)
        {
            var written = diagnostic.Properties["model"]!;
            var suggested = diagnostic.Properties["suggested"]!;
            Assert.That(IsInvocableInTheSameGeography(ModelReference.Parse(written)!, ModelReference.Parse(suggested)!, catalog), Is.True,
                $"{diagnostic.Id}: '{written}' → '{suggested}'");
        }

        var fixedSource = Apply(source, fixes);
        var second = await RunAsync(fixedSource, maxTier, withOverlay);
        Assert.That(second.Where(d => d.Properties.ContainsKey("fix_title")).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Is.Empty,
            "one pass of GA1001 and GA1002 fixes leaves nothing fixable");
    }

    private static bool IsInvocableInTheSameGeography(ModelReference written, ModelReference suggested, ModelCatalog catalog)
    {
        if (!catalog.TryFind(suggested, out var target, out _))
        {
            return false;
        }

        if (suggested.IsFoundationModelArn || suggested.Prefix.Length == 0)
        {
            return written.Prefix.Length == 0 && target.Invocation == InvocationMode.InRegion;
        }

        return suggested.Prefix == written.Prefix && target.GeoProfiles.Contains(suggested.Prefix.TrimEnd('.'));
    }

    private static string Document(ModelCatalog catalog)
    {
        var builder = new StringBuilder("using Amazon.BedrockRuntime.Model;\nclass C\n{\n");
        var n = 0;
        foreach (var id in catalog.Entries.SelectMany(e => e.BaseIds).Distinct().OrderBy(i => i, StringComparer.Ordinal))
        {
            foreach (var head in Heads)
            {
                builder.Append("    ConverseRequest M").Append(n++).Append("() => new() { ModelId = \"").Append(head).Append(id).Append("\" };\n");
            }
        }

        return builder.Append("}\n").ToString();
    }

    private static async Task<ImmutableArray<Diagnostic>> RunAsync(string source, string maxTier, bool withOverlay)
    {
        var result = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<DiagnosticAnalyzer>(new Analyzers.ModelIdAnalyzer()), new[] { source }, concurrent: true,
            optionsProvider: new DictionaryOptionsProvider(("build_property.GreenAnalyzersAsOf", TestCatalog.AsOf), ("green_analyzers.max_model_tier", maxTier)),
            additionalTexts: withOverlay ? new[] { TestCatalog.OverlayText } : null);
        Assert.That(result.AnalyzerExceptions, Is.Empty);
        return result.Diagnostics;
    }

    /// <summary>What the code fix does: the model id the fix script writes over AdditionalLocations[0].</summary>
    private static string Apply(string source, IEnumerable<Diagnostic> fixes)
    {
        var changes = fixes
            .Select(d => new TextChange(d.AdditionalLocations[0].SourceSpan, ((GreenAnalyzers.Diagnostics.FixValue.Text)GreenAnalyzers.CodeFixes.FixData.Read(d)!.Single().Value!).Value))
            .Distinct()
            .OrderBy(c => c.Span.Start);
        return SourceText.From(source).WithChanges(changes).ToString();
    }
}
