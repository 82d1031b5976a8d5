using System.Globalization;
using System.Text;
using GreenAnalyzers.Knowledge;

namespace GreenAnalyzers.Tests.Catalog;

/// <summary>
/// The per-type replacement tables in docs/rules/GA3001.md … GA3004.md are rendered from the embedded instance catalog
/// by the same lookups the analyzer makes, so a page cannot promise a replacement the rule does not write. After a catalog
/// change, refresh them with <c>GREENANALYZERS_UPDATE_DOCS=1 dotnet test --filter InstanceRuleDocs</c>.
/// </summary>
public sealed class InstanceRuleDocsTests
{
    private const string Begin = "<!-- replacement table: generated from the catalog by InstanceRuleDocsTests; do not edit -->";
    private const string End = "<!-- end of replacement table -->";

    [TestCase("GA3001")]
    [TestCase("GA3002")]
    [TestCase("GA3003")]
    [TestCase("GA3004")]
    public void ReplacementTableMatchesTheCatalog(string id)
    {
        var path = RepositoryPaths.Combine("docs", "rules", id + ".md");
        var page = File.ReadAllText(path).Replace("\r\n", "\n");
        var start = page.IndexOf(Begin, StringComparison.Ordinal);
        var end = page.IndexOf(End, StringComparison.Ordinal);
        Assert.That(start >= 0 && end > start, Is.True, $"{path} needs the two table markers");

        var expected = page.Substring(0, start) + Begin + "\n" + Render(id) + End + page.Substring(end + End.Length);
        if (Environment.GetEnvironmentVariable("GREENANALYZERS_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected, new UTF8Encoding(false));
        }

        Assert.That(page, Is.EqualTo(expected), $"{path} is out of date: rerun with GREENANALYZERS_UPDATE_DOCS=1");
    }

    private static string Render(string id)
    {
        var catalog = InstanceCatalog.Default;
        var (apis, kind) = id switch
        {
            "GA3001" => (new[] { InstanceApi.Endpoint, InstanceApi.Ec2 }, InstanceReplacementKind.GpuToInferentia),
            "GA3002" => (new[] { InstanceApi.Training }, InstanceReplacementKind.GpuToTrainium),
            "GA3003" => (new[] { InstanceApi.Endpoint, InstanceApi.Ec2 }, InstanceReplacementKind.X86ToGraviton),
            _ => (new[] { InstanceApi.Endpoint, InstanceApi.Training, InstanceApi.Processing, InstanceApi.Ec2 }, InstanceReplacementKind.OlderGeneration),
        };

        var text = new StringBuilder();
        text.Append("| API | instance type | replacement | USD per hour | claim |\n|---|---|---|---|---|\n");
        var claims = new SortedDictionary<string, InstanceClaim>(StringComparer.Ordinal);
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var api in apis)
        {
            var entries = catalog.Entries
                .Where(e => catalog.IsValidFor(api, e.Type))
                .OrderBy(e => e.Family, StringComparer.Ordinal).ThenBy(e => SizeRank(e.Size)).ThenBy(e => e.Type, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var prefix = api.UsesMlPrefix() ? "ml." : string.Empty;
                var hasReplacement = catalog.TryGetReplacement(api, entry.Type, out var replacement);
                if (kind == InstanceReplacementKind.OlderGeneration ? !entry.OlderAccelerator : entry.OlderAccelerator || !hasReplacement || replacement.Kind != kind)
                {
                    continue;
                }

                // The analyzer's EC2 condition: a GPU is taken to serve a model only in code that uses an inference SDK.
                var ec2Serving = api == InstanceApi.Ec2 && entry.Kind == InstanceKind.Gpu && kind == InstanceReplacementKind.OlderGeneration ? " ¹" : string.Empty;
                var to = hasReplacement ? $"`{prefix}{replacement.To}`{ec2Serving}" : "none: reported without a fix";
                text.Append(CultureInfo.InvariantCulture, $"| {ApiName(api)} | `{prefix}{entry.Type}` | {to} | {(hasReplacement ? Prices(replacement, sources) : "")} | ");
                if (hasReplacement && replacement.Claim is { } claim)
                {
                    claims[claim.Id] = claim;
                    text.Append(claim.Id);
                }

                text.Append(" |\n");
            }
        }

        text.Append('\n');
        if (kind == InstanceReplacementKind.OlderGeneration)
        {
            text.Append("¹ Only in code that also uses an inference SDK; otherwise reported without a fix.\n\n");
        }

        foreach (var claim in claims.Values)
        {
            text.Append(CultureInfo.InvariantCulture, $"- `{claim.Id}`: \"{claim.Text}\" ({claim.Citation})\n");
        }

        if (sources.Count > 0)
        {
            text.Append("- Prices: " + string.Join("; ", sources) + ". ↑ marks a replacement that costs more per hour.\n");
        }

        return text.ToString();
    }

    private static string Prices(InstanceReplacement replacement, SortedSet<string> sources)
    {
        if (replacement.FromPrice is not { } from || replacement.ToPrice is not { } to)
        {
            return string.Empty;
        }

        sources.Add(from.Source.Citation);
        sources.Add(to.Source.Citation);
        var format = Math.Max(from.UsdPerHour, to.UsdPerHour) >= 1m ? "0.00" : "0.00#";
        return $"{from.UsdPerHour.ToString(format, CultureInfo.InvariantCulture)} → {to.UsdPerHour.ToString(format, CultureInfo.InvariantCulture)}"
            + (replacement.CostsMore == true ? " ↑" : string.Empty);
    }

    // medium < large < xlarge < 2xlarge < … < metal
    private static int SizeRank(string size) => size switch
    {
        "medium" => 0,
        "large" => 1,
        "xlarge" => 2,
        _ when size.EndsWith("xlarge", StringComparison.Ordinal) && int.TryParse(size[..^"xlarge".Length], out var n) => 2 * n,
        _ => int.MaxValue,
    };

    private static string ApiName(InstanceApi api) => api switch
    {
        InstanceApi.Endpoint => "SageMaker endpoint",
        InstanceApi.Training => "SageMaker training",
        InstanceApi.Processing => "SageMaker processing",
        _ => "EC2",
    };
}
