using System.Diagnostics;
using System.Globalization;
using GreenAnalyzers.Tests.Infrastructure;

namespace GreenAnalyzers.Tests.Knowledge;

/// <summary>
/// The knowledge catalog is reproducible from the repository: <c>python3 tools/catalog/generate.py --check</c> regenerates
/// every table under <c>src/GreenAnalyzers/Knowledge/Data/</c> from <c>tools/catalog/</c> and fails, naming the file,
/// when the checked-in tables differ. Also guards what the generator promises about the written tables.
/// </summary>
public sealed class CatalogGenerationTests
{
    private static readonly string DataDirectory = RepositoryPaths.Combine("src", "GreenAnalyzers", "Knowledge", "Data");

    [Test]
    public void CheckedInTablesAreWhatToolsCatalogProduces()
    {
        var (exitCode, output) = RunGenerator("--check");
        Assert.That(exitCode, Is.EqualTo(0), "tools/catalog/generate.py --check failed:\n" + output);
    }

    [Test]
    public void CheckNamesTheStaleFile()
    {
        var scratch = Path.Combine(Path.GetTempPath(), "ga-catalog-check-" + Guid.NewGuid().ToString("N"));
        var (exitCode, output) = RunGenerator("--out", scratch);
        try
        {
            Assert.That(exitCode, Is.EqualTo(0), output);
            Assert.That(Directory.GetFiles(scratch, "*.tsv").Select(Path.GetFileName),
                Is.EquivalentTo(Directory.GetFiles(DataDirectory, "*.tsv").Select(Path.GetFileName).Where(name => name != "instance_validity.tsv")));
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    /// <summary>Bad input stops generation with the file and line: a malformed extract, a curated row with a cell
    /// missing, a price two sources disagree on by more than 5% once its override row is gone, a lifecycle row or an
    /// invocation mode that contradicts a stored AWS model card.</summary>
    [TestCase("sources/genai-prices/aws.yml", "models:", "models:\n  - id: broken\n     match: bad indentation", "tools/catalog/sources/genai-prices/aws.yml:")]
    [TestCase("sources/litellm/model_prices_and_context_window.bedrock.json", "{", "{ oops", "tools/catalog/sources/litellm/model_prices_and_context_window.bedrock.json:1")]
    [TestCase("curated/lifecycle.tsv", "claude-3-haiku\teol", "claude-3-haiku\teol\textra", "tools/catalog/curated/lifecycle.tsv:")]
    [TestCase("curated/price_overrides.tsv", "qwen3-coder-480b\tin_region", "# removed qwen3-coder-480b\tin_region", "differ by more than 5%")]
    [TestCase("curated/lifecycle.tsv", "llama3-2-90b\teol\t2026-01-07\t2026-04-07", "llama3-2-90b\teol\t2026-01-07\t2026-04-08",
        "extended_access_date 2026-04-08 is not a public extended access date")]
    [TestCase("sources/aws-lifecycle/model-lifecycle.legacy-and-eol.md", "**EOL date:** July 7, 2026\n  - **Public extended access start date:** April 7, 2026\n\n- **Meta**\n  - **Model name:** Llama 3.2 90B",
        "**EOL date:** July 8, 2026\n  - **Public extended access start date:** April 7, 2026\n\n- **Meta**\n  - **Model name:** Llama 3.2 90B", "none of the EOL dates")]
    [TestCase("sources/aws-lifecycle/model-lifecycle-legacy.md", "| us-east-1, us-east-2, us-west-2 | July 8, 2026 |", "| us-east-1, us-east-2, us-west-2 |",
        "tools/catalog/sources/aws-lifecycle/model-lifecycle-legacy.md:")]
    [TestCase("sources/aws-lifecycle/model-lifecycle-legacy.md", "| January 8, 2027 | October 8, 2026 |", "| January 8, 2027 | October 9, 2026 |",
        "extended_access_date 2026-10-08 is not a public extended access date")]
    [TestCase("sources/bedrock-api/bedrock-catalog.us-east-1.json", "[", "[ oops", "tools/catalog/sources/bedrock-api/bedrock-catalog.us-east-1.json:1")]
    [TestCase("sources/bedrock-api/bedrock-catalog.us-east-1.json", "\"invocationTarget\": \"amazon.nova-lite-v1:0\",\n    \"inferenceTypes\": [\n      \"ON_DEMAND\",",
        "\"invocationTarget\": \"us.amazon.nova-lite-v1:0\",\n    \"inferenceTypes\": [", "invocation in-region (aws-batch-inference-supported+aws-model-cards) contradicts profile-only")]
    [TestCase("curated/lifecycle.tsv", "llama4-scout\tlegacy\t\t\t2027-03-30", "llama4-scout\tlegacy\t\t\t2027-03-31",
        "says Legacy, EOL 2027-03-30; tools/catalog/curated/lifecycle.tsv has legacy, EOL 2027-03-31")]
    [TestCase("sources/aws-model-cards/model-cards.md", "| bedrock-runtime | amazon.nova-micro-v1:0 | https://bedrock-runtime.{region}.amazonaws.com |",
        "| bedrock-runtime | amazon.nova-micro-v1:0 | N/A |", "contradicts the model card (tools/catalog/sources/aws-model-cards/model-cards.md:")]
    [TestCase("sources/aws-model-cards/model-cards.md", "**Model EOL date:** March 30, 2027", "**Model EOL date:** 2027-03-30",
        "tools/catalog/sources/aws-model-cards/model-cards.md:")]
    [TestCase("sources/aws-model-cards/model-cards.md", "| bedrock-runtime | mistral.mistral-small-2402-v1:0 | https://bedrock-runtime.{region}.amazonaws.com | Not supported |",
        "| bedrock-runtime | mistral.mistral-small-2402-v1:0 |", "expected Endpoint | Model ID | In-Region endpoint URL")]
    public void BadInputStopsGenerationNamingTheFile(string file, string find, string replaceWith, string expectedMessage)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "ga-catalog-bad-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyDirectory(RepositoryPaths.Combine("tools", "catalog"), Path.Combine(scratch, "tools", "catalog"));
            var data = Path.Combine(scratch, "src", "GreenAnalyzers", "Knowledge", "Data");
            Directory.CreateDirectory(data);
            File.Copy(Path.Combine(DataDirectory, "instance_validity.tsv"), Path.Combine(data, "instance_validity.tsv"));
            var path = Path.Combine(scratch, "tools", "catalog", file);
            var text = File.ReadAllText(path);
            var anchorText = Unescape(find);
            var at = text.IndexOf(anchorText, StringComparison.Ordinal);
            Assert.That(at, Is.GreaterThanOrEqualTo(0), "the test's anchor is in " + file);
            File.WriteAllText(path, string.Concat(text.AsSpan(0, at), Unescape(replaceWith), text.AsSpan(at + anchorText.Length)));

            var (exitCode, output) = RunGeneratorIn(scratch, "--out", Path.Combine(scratch, "out"));
            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(2), output);
                Assert.That(output, Does.Contain(expectedMessage));
                Assert.That(Directory.Exists(Path.Combine(scratch, "out")), Is.False, "nothing is written");
            });
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }
    }

    private static string Unescape(string text) => text.Replace("\\t", "\t", StringComparison.Ordinal).Replace("\\n", "\n", StringComparison.Ordinal);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            if (!file.Contains("__pycache__", StringComparison.Ordinal))
            {
                File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
            }
        }
    }

    /// <summary>Issue 18 item 5: every suggested successor and smaller sibling is Active on Bedrock at the catalog's date
    /// (no legacy or end-of-life date on or before it), not called legacy by its vendor, and verified.</summary>
    [Test]
    public void EverySuggestedModelIsActiveAtTheCatalogDate()
    {
        var catalogDate = ReadTable("catalog.tsv").Single(row => row["key"] == "catalog_date")["value"];
        var models = ReadTable("models.tsv").ToDictionary(row => row["key"]);
        var suggestions = models.Values
            .SelectMany(row => new[] { (row["key"], "successor", row["successor"]), (row["key"], "smaller_sibling", row["smaller_sibling"]) })
            .Where(s => s.Item3.Length > 0)
            .ToList();
        Assert.That(suggestions, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var (from, column, to) in suggestions)
            {
                Assert.That(models, Does.ContainKey(to), $"{from}.{column}");
                var target = models[to];
                var started = target["legacy_date"].Length > 0 ? target["legacy_date"] : target["eol_date"];
                var legacyOnCatalogDate = target["legacy_status"] == "eol"
                    || (target["legacy_status"] == "legacy" && (started.Length == 0 || string.CompareOrdinal(started, catalogDate) <= 0));
                Assert.That(legacyOnCatalogDate, Is.False, $"{from}.{column} = {to}: {target["legacy_status"]} since {started} (catalog {catalogDate})");
                Assert.That(target["lifecycle"] == "retiring" && target["legacy_status"].Length == 0, Is.False, $"{from}.{column} = {to}: its vendor calls it legacy");
                Assert.That(target["verified"], Is.EqualTo("yes"), $"{from}.{column} = {to}: unverified");
            }
        });
    }

    /// <summary>Issue 18 item 5: every suggested successor and smaller sibling has an AWS model card in the stored
    /// extract (<c>tools/catalog/sources/aws-model-cards/model-cards.md</c>) that says <c>Model lifecycle: Active</c>. The
    /// generator already stops when a stored card says Legacy and no lifecycle row matches; this closes the other gap, a
    /// suggestion whose card was never read. There are no exceptions: the cards of all suggested models are stored.</summary>
    [Test]
    public void EverySuggestedModelHasAStoredCardSayingActive()
    {
        var cards = ReadModelCards();
        var models = ReadTable("models.tsv").ToDictionary(row => row["key"]);
        var suggested = models.Values
            .SelectMany(row => new[] { row["successor"], row["smaller_sibling"] })
            .Where(key => key.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.That(suggested, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var key in suggested)
            {
                var states = models[key]["ids"].Split(' ').Where(cards.ContainsKey).Select(id => cards[id]).ToList();
                Assert.That(states, Is.Not.Empty, $"{key} ({models[key]["ids"]}) is suggested but its AWS model card is not in the stored extract");
                Assert.That(states, Is.All.EqualTo("Active"), $"{key}: its stored AWS model card says {string.Join(", ", states)}");
            }
        });
    }

    /// <summary>Issue 18 item 5: a GA1002 fix can be written only for a successor whose invocation mode the catalog
    /// knows (in-Region, or the inference profiles it has). Every successor written has it; so does every smaller sibling
    /// but gpt-oss-safeguard-20b: its card gives an in-Region endpoint URL template without naming a Region and the API
    /// snapshot of us-east-1 does not list it, so its GA1001 diagnostic says "check its model card" and has no fix.</summary>
    [Test]
    public void EverySuggestedModelHasItsInvocationMode()
    {
        string[] siblingsWithoutSource = ["gpt-oss-safeguard-20b"];
        var models = ReadTable("models.tsv").ToDictionary(row => row["key"]);
        Assert.Multiple(() =>
        {
            foreach (var row in models.Values)
            {
                foreach (var column in new[] { "successor", "smaller_sibling" })
                {
                    var to = row[column];
                    if (to.Length == 0 || (column == "smaller_sibling" && siblingsWithoutSource.Contains(to)))
                    {
                        continue;
                    }

                    var target = models[to];
                    Assert.That(target["invocation"], Is.AnyOf("in-region", "profile-only"), $"{row["key"]}.{column} = {to}");
                    Assert.That(target["invocation"] == "profile-only" && target["geo_profiles"].Length == 0, Is.False,
                        $"{row["key"]}.{column} = {to}: profile-only with no profile named");
                    Assert.That(target["access_source"], Is.Not.Empty, $"{row["key"]}.{column} = {to}");
                }
            }

            foreach (var key in siblingsWithoutSource)
            {
                Assert.That(models[key]["invocation"], Is.Empty, $"{key} now has a source: drop it from the exceptions");
            }
        });
    }

    [Test]
    public void CatalogDateIsTheNewestSourceDate()
    {
        var catalogDate = ReadTable("catalog.tsv").Single(row => row["key"] == "catalog_date")["value"];
        var dates = ReadTable("sources.tsv").Select(row => row["date"])
            .Where(date => DateTime.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .ToList();
        Assert.That(dates, Is.Not.Empty);
        Assert.That(catalogDate, Is.EqualTo(dates.Max(StringComparer.Ordinal)));
    }

    /// <summary>{bedrock-runtime model id: "Model lifecycle" value} of every card in the stored model-card extract.</summary>
    private static Dictionary<string, string> ReadModelCards()
    {
        var cards = new Dictionary<string, string>(StringComparer.Ordinal);
        var lifecycle = "";
        foreach (var line in File.ReadAllLines(RepositoryPaths.Combine("tools", "catalog", "sources", "aws-model-cards", "model-cards.md")))
        {
            if (line.StartsWith("source_url:", StringComparison.Ordinal))
            {
                lifecycle = "";
            }
            else if (line.StartsWith("+ **Model lifecycle:**", StringComparison.Ordinal))
            {
                lifecycle = line.Substring("+ **Model lifecycle:**".Length).Trim();
            }
            else if (line.StartsWith("| bedrock-runtime |", StringComparison.Ordinal))
            {
                cards[line.Split('|')[2].Trim()] = lifecycle;
            }
        }

        Assert.That(cards, Is.Not.Empty, "no card read from the model-card extract");
        return cards;
    }

    private static List<Dictionary<string, string>> ReadTable(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(DataDirectory, name)).Where(line => line.Length > 0 && line[0] != '#').ToList();
        var header = lines[0].Split('\t');
        return lines.Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => header.Select((column, i) => (column, value: i < cells.Length ? cells[i] : "")).ToDictionary(c => c.column, c => c.value))
            .ToList();
    }

    private static (int ExitCode, string Output) RunGenerator(params string[] arguments)
        => RunGeneratorIn(RepositoryPaths.Root, arguments);

    private static (int ExitCode, string Output) RunGeneratorIn(string root, params string[] arguments)
    {
        var start = new ProcessStartInfo("python3")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("tools", "catalog", "generate.py"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("tools/catalog/generate.py did not finish in 2 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
