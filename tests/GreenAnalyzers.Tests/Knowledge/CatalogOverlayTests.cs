using System.Collections.Immutable;
using System.Text;
using GreenAnalyzers.Knowledge;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GreenAnalyzers.Tests.Knowledge;

/// <summary>
/// The team's catalog overlay (green-catalog.json): it adds models and overrides what the embedded catalog says; a
/// malformed row is reported (GA9001, naming the file and the row) and skipped; a document that cannot be read never
/// crashes an analyzer and leaves the embedded catalog as it is.
/// </summary>
public sealed class CatalogOverlayTests
{
    private const string Code = """
        using Amazon.BedrockRuntime.Model;
        class C
        {
            ConverseRequest A() => new() { ModelId = "us.acme.support-llm-v2" };
            ConverseRequest B() => new() { ModelId = "us.anthropic.claude-opus-4-7" };
        }
        """;

    [Test]
    public async Task AddsModelsAndOverridesTiersSiblingsAndPrices()
    {
        const string Overlay = """
            {
              "models": [
                // our fine-tune and its distilled sibling
                { "id": "acme.support-llm-v2", "name": "Support LLM v2", "tier": "frontier", "smaller_sibling": "acme.support-mini-v1",
                  "input_usd_per_1m": 4, "output_usd_per_1m": 20, "invocation": "profile-only", "geo_profiles": "us eu", "source": "Acme rate card 2026-11" },
                { "id": "acme.support-mini-v1", "tier": "small", "input_usd_per_1m": 0.4, "output_usd_per_1m": 2,
                  "invocation": "profile-only", "geo_profiles": ["us"], "source": "Acme rate card 2026-11" },
                // a catalog model re-tiered, with our negotiated price and our own sibling
                { "id": "anthropic.claude-opus-4-7", "tier": "frontier", "smaller_sibling": "acme.support-mini-v1", "input_usd_per_1m": 4.5, "output_usd_per_1m": 22.5 },
              ],
            }
            """;
        var (diagnostics, problems) = await RunAsync(Code, Overlay);

        Assert.That(problems, Is.Empty);
        var messages = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.That(messages, Is.EqualTo(new[]
        {
            "'us.acme.support-llm-v2' is a frontier-tier model; 'us.acme.support-mini-v1' costs 10x less per token ($4.00/$20.00 → $0.40/$2.00 per 1M input/output tokens, Acme rate card 2026-11)",
            "'us.anthropic.claude-opus-4-7' is a frontier-tier model; 'us.acme.support-mini-v1' costs 11.3x less per token ($4.50/$22.50 → $0.40/$2.00 per 1M input/output tokens, green-catalog.json / Acme rate card 2026-11)",
        }));
        Assert.That(diagnostics.Select(d => d.Properties["edit.0.value"]), Is.All.EqualTo("string:acme.support-mini-v1"));
    }

    [Test]
    public async Task OverridesTheSuccessorAndTheLifecycleDates()
    {
        const string Overlay = """
            { "models": [
              { "id": "anthropic.claude-opus-4-7", "legacy_date": "2026-11-01", "eol_date": "2027-05-01", "successor": "anthropic.claude-opus-4-6-v1" },
              { "id": "anthropic.claude-opus-4-6-v1", "invocation": "profile-only", "geo_profiles": "us eu global" },
            ] }
            """;
        var (diagnostics, problems) = await RunAsync(Code, Overlay, ("green_analyzers.max_model_tier", "frontier"));

        Assert.That(problems, Is.Empty);
        var diagnostic = diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Id, Is.EqualTo("GA1002"));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.StartWith(
                "'us.anthropic.claude-opus-4-7' is legacy on Amazon Bedrock since 2026-11-01, end of life 2027-05-01 (green-catalog.json); use 'us.anthropic.claude-opus-4-6-v1'"));
            Assert.That(diagnostic.Properties["successor_basis"], Is.EqualTo("greenanalyzers"));
        });
    }

    [TestCase("""{ "models": [ { "id": "acme.x-v1", "tier": "huge", "input_usd_per_1m": 1, "output_usd_per_1m": 2 } ] }""",
        "green-catalog.json: models[0] ('acme.x-v1').tier", "huge", "expected tiny, small, medium, large, frontier; the row is ignored", 1, 44)]
    [TestCase("""{ "models": [ { "id": "acme.x-v1", "tier": "small", "input_usd_per_1m": -1, "output_usd_per_1m": 2 } ] }""",
        "green-catalog.json: models[0] ('acme.x-v1').input_usd_per_1m", "-1", "expected a price in USD per 1M tokens, 0 or more; the row is ignored", 1, 73)]
    [TestCase("""{ "models": [ { "id": "acme.x-v1", "tier": "small" } ] }""",
        "green-catalog.json: models[0] ('acme.x-v1').input_usd_per_1m", "", "a model the catalog does not know needs its prices (input_usd_per_1m, output_usd_per_1m); the row is ignored", 1, 15)]
    [TestCase("""{ "models": [ { "id": "anthropic.claude-opus-4-7", "tier": "frontier" }, { "id": "us.anthropic.claude-opus-4-7", "tier": "small" } ] }""",
        "green-catalog.json: models[1] ('anthropic.claude-opus-4-7').id", "us.anthropic.claude-opus-4-7", "duplicate id; the first row for it applies; the row is ignored", 1, 82)]
    [TestCase("""{ "models": [ { "id": "anthropic.claude-opus-4-7", "teir": "large" } ] }""",
        "green-catalog.json: models[0] ('anthropic.claude-opus-4-7').teir", "large", "unknown field 'teir'", 1, 60)]
    [TestCase("""{ "models": [ { "id": "anthropic.claude-opus-4-7", "smaller_sibling": "acme.nowhere-v1" } ] }""",
        "green-catalog.json: models[0] ('anthropic.claude-opus-4-7').smaller_sibling", "acme.nowhere-v1", "not a model of the catalog or of this file; the row is ignored", 1, 71)]
    [TestCase("""{ "models": [ { "id": "anthropic.claude-opus-4-7", "eol_date": "next year" } ] }""",
        "green-catalog.json: models[0] ('anthropic.claude-opus-4-7').eol_date", "next year", "expected an ISO date (yyyy-MM-dd); the row is ignored", 1, 64)]
    [TestCase("""{ "models": [ { "id": "anthropic.claude-opus-4-7", "invocation": "sometimes" } ] }""",
        "green-catalog.json: models[0] ('anthropic.claude-opus-4-7').invocation", "sometimes", "expected in-region or profile-only; the row is ignored", 1, 66)]
    [TestCase("""{ "models": [ "anthropic.claude-opus-4-7" ] }""",
        "green-catalog.json: models[0]", "anthropic.claude-opus-4-7", "expected an object; the row is ignored", 1, 15)]
    [TestCase("""{ "models": [ { "id": "not a model" } ] }""",
        "green-catalog.json: models[0].id", "not a model", "expected a Bedrock model id; the row is ignored", 1, 23)]
    public async Task MalformedRowsAreReportedWithFileAndRowAndSkipped(string overlay, string where, string value, string reason, int line, int column)
    {
        var (diagnostics, problems) = await RunAsync(Code, overlay);

        var problem = problems.Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.StartWith($"GreenAnalyzers option '{where}' = '{value}': {reason}"));
            Assert.That(problem.Location.GetLineSpan().Path, Is.EqualTo("/green-catalog.json"));
            Assert.That(problem.Location.GetLineSpan().StartLinePosition.Line + 1, Is.EqualTo(line));
            Assert.That(problem.Location.GetLineSpan().StartLinePosition.Character + 1, Is.EqualTo(column));
            // The row is skipped: the embedded catalog decides (Opus 4.7 → Sonnet 4.6 needs the us. profile, which it has).
            Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "GA1001" }));
        });
    }

    [TestCase("{ \"models\": [ { \"id\": ", "(document)", "line 1, column 23: unexpected end of the document")]
    [TestCase("[1, 2]", "(document)", "expected an object with a \"models\" array; the overlay is ignored")]
    [TestCase("", "(document)", "unexpected end of the document")]
    public async Task AnUnreadableDocumentIsReportedAndTheCatalogStaysAsItIs(string overlay, string where, string reason)
    {
        var (diagnostics, problems) = await RunAsync(Code, overlay);

        Assert.That(problems.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain($"'green-catalog.json: {where}'").And.Contain(reason));
        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "GA1001" }));
    }

    [Test]
    public async Task TenMegabytesOfRowsNeverCrash()
    {
        var builder = new StringBuilder("{ \"models\": [\n");
        for (var i = 0; builder.Length < 10 * 1024 * 1024; i++)
        {
            builder.Append("  { \"id\": \"acme.model-").Append(i).Append("-v1\", \"tier\": \"small\", \"input_usd_per_1m\": 1, \"output_usd_per_1m\": 2 },\n");
        }

        var (diagnostics, problems) = await RunAsync(Code, builder.Append("] }").ToString());

        Assert.That(problems.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.Contain("more than the 4,194,304 read"));
        Assert.That(diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "GA1001" }), "the embedded catalog applies");
    }

    [Test]
    public void ParsedOncePerFileContent()
    {
        var files = ImmutableArray.Create<AdditionalText>(new AnalyzerRunner.InMemoryText("/a/green-catalog.json", TestCatalog.Overlay));
        var again = ImmutableArray.Create<AdditionalText>(new AnalyzerRunner.InMemoryText("/b/GREEN-CATALOG.json", TestCatalog.Overlay));

        var first = CatalogOverlay.From(files, CancellationToken.None);
        var second = CatalogOverlay.From(again, CancellationToken.None);

        Assert.That(second.Catalog, Is.SameAs(first.Catalog));
        Assert.That(second.File!.Path, Is.EqualTo("/b/GREEN-CATALOG.json"));
    }

    [Test]
    public async Task OnlyTheFirstOverlayIsRead()
    {
        var result = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<DiagnosticAnalyzer>(new Analyzers.PolicyAnalyzer()), new[] { "class C { }" }, concurrent: true,
            additionalTexts: new AdditionalText[]
            {
                new AnalyzerRunner.InMemoryText("/a/green-catalog.json", "{ \"models\": [] }"),
                new AnalyzerRunner.InMemoryText("/b/green-catalog.json", "{ \"models\": [] }"),
            });

        Assert.That(result.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.InvariantCulture),
            Does.Contain("only one green-catalog.json is read (/a/green-catalog.json); this one is ignored"));
    }

    private static async Task<(ImmutableArray<Diagnostic> Rules, ImmutableArray<Diagnostic> Problems)> RunAsync(string code, string overlay, params (string, string)[] options)
    {
        var result = await AnalyzerRunner.RunAsync(
            ImmutableArray.Create<DiagnosticAnalyzer>(new Analyzers.ModelIdAnalyzer(), new Analyzers.PolicyAnalyzer()), new[] { code }, concurrent: true,
            optionsProvider: new DictionaryOptionsProvider(options.Append(("build_property.GreenAnalyzersAsOf", TestCatalog.AsOf)).ToArray()),
            additionalTexts: new[] { new AnalyzerRunner.InMemoryText("/green-catalog.json", overlay) });
        Assert.That(result.AnalyzerExceptions, Is.Empty);
        return (result.Diagnostics.Where(d => d.Id != "GA9001").ToImmutableArray(), result.Diagnostics.Where(d => d.Id == "GA9001").ToImmutableArray());
    }
}
