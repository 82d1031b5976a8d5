using System.Collections.Immutable;
using GreenAnalyzers.Knowledge;

namespace GreenAnalyzers.Tests.Knowledge;

/// <summary>The embedded catalog holds only sourced figures, and its links (siblings, successors) resolve.</summary>
public sealed class ModelCatalogTests
{
    private static readonly ModelCatalog Catalog = ModelCatalog.Default;

    [Test]
    public void HoldsEveryVerifiedFamily()
    {
        var providers = Catalog.Entries.Select(e => e.Provider).Distinct().ToList();
        Assert.That(providers, Is.SupersetOf(new[] { "Anthropic", "Amazon", "Meta", "Mistral AI", "Cohere", "AI21 Labs", "DeepSeek", "Qwen", "OpenAI", "Writer" }));
        Assert.That(Catalog.Entries.Count(), Is.GreaterThan(90));
    }

    /// <summary>With the embedded catalog's own invocation facts (no test overlay): the retired Claude 3.7 Sonnet's
    /// successor, Claude Sonnet 5.5, is served only through inference profiles (us., eu., global.), so a bare id next to a
    /// US client becomes the US profile id, and next to a client in a geography it has no profile for there is no fix and
    /// the reason names the profiles to choose from.</summary>
    [Test]
    public void LegacyModelMovesToAProfileOnlySuccessorThroughTheClientsProfile()
    {
        Assert.That(Catalog.TryFind(ModelReference.Parse("anthropic.claude-3-7-sonnet-20250219-v1:0")!, out var legacy, out var reference), Is.True);
        var successor = Catalog.CurrentSuccessor(legacy, "2026-12-07");
        Assert.That(successor?.BaseId, Is.EqualTo("anthropic.claude-sonnet-5-5"));
        var usClient = InvocableId.For(reference, successor!, ImmutableArray.Create("us"), allowGlobal: false);
        var apacClient = InvocableId.For(reference, successor!, ImmutableArray.Create("apac"), allowGlobal: false);
        Assert.Multiple(() =>
        {
            Assert.That(successor!.Invocation, Is.EqualTo(InvocationMode.ProfileOnly));
            Assert.That(usClient.Suggested, Is.EqualTo("us.anthropic.claude-sonnet-5-5"));
            Assert.That(apacClient.HasFix, Is.False, "no apac. profile is sourced, and global. is not allowed");
            Assert.That(apacClient.Reason, Does.Contain("'us.anthropic.claude-sonnet-5-5'"));
        });
    }

    /// <summary>The AWS model card of Claude Haiku 4.5 lists jp. and au. profiles besides us., eu. and global.: a bare
    /// Claude Instant id next to a Tokyo client now moves to the Japanese profile of its successor.</summary>
    [Test]
    public void ProfilesFromTheModelCardReachTheFix()
    {
        Assert.That(Catalog.TryFind(ModelReference.Parse("anthropic.claude-instant-v1")!, out var legacy, out var reference), Is.True);
        var successor = Catalog.CurrentSuccessor(legacy, "2026-12-07");
        Assert.That(successor?.GeoProfiles, Is.EquivalentTo(new[] { "global", "us", "eu", "jp", "au" }));
        var jpClient = InvocableId.For(reference, successor!, ImmutableArray.Create("jp", "apac"), allowGlobal: false);
        Assert.That(jpClient.Suggested, Is.EqualTo("jp.anthropic.claude-haiku-4-5-20251001-v1:0"));
    }

    /// <summary>Every Llama model on Bedrock is Legacy with an end of life on 2027-03-30 (AWS model cards): a retired
    /// Llama has no current successor left, and its message says to choose one.</summary>
    [TestCase("meta.llama3-2-90b-instruct-v1:0")]
    [TestCase("meta.llama3-3-70b-instruct-v1:0")]
    [TestCase("meta.llama2-70b-chat-v1")]
    public void NoLlamaIsSuggestedOnceEveryLlamaIsLegacy(string id)
    {
        Assert.That(Catalog.TryFind(ModelReference.Parse(id)!, out var legacy, out _), Is.True);
        Assert.That(Catalog.CurrentSuccessor(legacy, "2026-12-07"), Is.Null);
        Assert.That(Catalog.TryFind(ModelReference.Parse("meta.llama4-scout-17b-instruct-v1:0")!, out var scout, out _), Is.True);
        Assert.That(scout.Legacy?.EolDate, Is.EqualTo("2027-03-30"));
    }

    [Test]
    public void EveryPriceHasASourceAndADate()
    {
        foreach (var entry in Catalog.Entries)
        {
            Assert.Multiple(() =>
            {
                Assert.That(entry.InputPrice, Is.GreaterThan(0m), entry.Key);
                Assert.That(entry.OutputPrice, Is.GreaterThan(0m), entry.Key);
                Assert.That(entry.PriceSource.Title, Is.Not.Empty, entry.Key);
                Assert.That(entry.PriceSource.Date, Does.Match(@"^\d{4}-\d{2}-\d{2}$"), entry.Key + " price date");
            });
        }
    }

    [Test]
    public void SiblingsAndSuccessorsResolveAndSiblingsAreSmaller()
    {
        foreach (var entry in Catalog.Entries)
        {
            if (entry.SmallerSiblingKey.Length > 0)
            {
                var sibling = Catalog.ByKey(entry.SmallerSiblingKey);
                Assert.That(sibling, Is.Not.Null, entry.Key + " sibling");
            }

            if (entry.SuccessorKey.Length > 0)
            {
                Assert.That(Catalog.ByKey(entry.SuccessorKey), Is.Not.Null, entry.Key + " successor");
            }

            if (Catalog.CurrentSmallerSibling(entry) is { } suggestion)
            {
                Assert.Multiple(() =>
                {
                    Assert.That(suggestion.Tier, Is.LessThan(entry.Tier), entry.Key);
                    Assert.That(suggestion.Lifecycle, Is.Not.EqualTo(ModelLifecycle.Retiring), entry.Key + " suggests a retiring model");
                    Assert.That(suggestion.Verified, Is.True, entry.Key + " suggests an unverified model");
                });
            }
        }
    }

    [Test]
    public void EveryIdIsFoundByItsBaseIdAndProfiles()
    {
        foreach (var entry in Catalog.Entries)
        {
            foreach (var id in entry.BaseIds)
            {
                foreach (var value in new[] { id, "us." + id, "arn:aws:bedrock:us-east-1::foundation-model/" + id })
                {
                    var found = Catalog.TryFind(ModelReference.Parse(value)!, out var match, out _);
                    Assert.That(found && match == entry, Is.True, value);
                }
            }
        }
    }

    [TestCase("anthropic.claude-opus-4-1-20250805-v1:0", "anthropic.claude-sonnet-5-5")] // Sonnet 4.5 is legacy, 4.6 legacy at Anthropic: Sonnet 5.5
    [TestCase("anthropic.claude-opus-4-5-20251101-v1:0", "anthropic.claude-sonnet-5-5")]
    [TestCase("anthropic.claude-opus-4-6-v1", "anthropic.claude-sonnet-5-5")]
    [TestCase("meta.llama4-maverick-17b-instruct-v1:0", null)]  // Llama 4 Scout is legacy (AWS model card): no current Llama
    [TestCase("mistral.mistral-small-2402-v1:0", "mistral.ministral-3-14b-instruct")] // Mixtral is legacy: its successor
    [TestCase("anthropic.claude-opus-4-20250514-v1:0", "anthropic.claude-sonnet-5-5")] // Sonnet 4 reached EOL: its successor chain
    [TestCase("anthropic.claude-opus-5", null)]                  // the sibling is unverified
    [TestCase("anthropic.claude-3-haiku-20240307-v1:0", null)]   // already the smallest
    public void SuggestsTheCurrentSmallerSibling(string id, string? expected)
    {
        Assert.That(Catalog.TryFind(ModelReference.Parse(id)!, out var entry, out _), Is.True);
        Assert.That(Catalog.CurrentSmallerSibling(entry)?.BaseId, Is.EqualTo(expected));
    }

    [TestCase("anthropic.claude-v2", "anthropic.claude-sonnet-5-5")]                  // AWS names Sonnet 4.5, legacy itself now; then 4.6, vendor-legacy
    [TestCase("anthropic.claude-instant-v1", "anthropic.claude-haiku-4-5-20251001-v1:0")] // same tier, not AWS's larger Sonnet
    [TestCase("anthropic.claude-3-opus-20240229-v1:0", "anthropic.claude-sonnet-5-5")]
    [TestCase("amazon.titan-text-express-v1", "amazon.nova-micro-v1:0")]
    [TestCase("meta.llama2-70b-chat-v1", null)]                 // AWS names Llama 3.1 70B, legacy itself now, as is every Llama
    [TestCase("meta.llama3-1-405b-instruct-v1:0", null)]
    [TestCase("mistral.mistral-7b-instruct-v0:2", "mistral.ministral-3-8b-instruct")]      // the family's current small-tier model
    [TestCase("mistral.mixtral-8x7b-instruct-v0:1", "mistral.ministral-3-14b-instruct")]
    [TestCase("anthropic.claude-3-haiku-20240307-v1:0", null)]  // no current model of the same tier
    [TestCase("meta.llama3-2-11b-instruct-v1:0", null)]         // AWS's answer (Llama 4) is a larger tier
    [TestCase("ai21.j2-ultra-v1", null)]                        // every link in the chain has reached EOL
    [TestCase("cohere.command-text-v14", null)]
    public void SuggestsTheCurrentSuccessorOfTheSameTierOrBelow(string id, string? expected)
    {
        Assert.That(Catalog.TryFind(ModelReference.Parse(id)!, out var entry, out _), Is.True);
        Assert.That(entry.Legacy, Is.Not.Null, "legacy per AWS");
        Assert.That(Catalog.CurrentSuccessor(entry)?.BaseId, Is.EqualTo(expected));
    }

    [Test]
    public void LegacyFactsAreSourcedAndSuccessorsAreNeverRetiringOrLarger()
    {
        var legacy = Catalog.Entries.Where(e => e.Legacy is not null).ToList();
        Assert.That(legacy, Has.Count.GreaterThanOrEqualTo(30));
        foreach (var entry in legacy)
        {
            Assert.Multiple(() =>
            {
                Assert.That(entry.Lifecycle, Is.EqualTo(ModelLifecycle.Retiring), entry.Key);
                Assert.That(entry.Legacy!.Source.Label, Does.StartWith("AWS"), entry.Key + ": only AWS states Bedrock lifecycle");
                Assert.That(entry.Legacy.EolDate, Does.Match(@"^\d{4}-\d{2}-\d{2}$"), entry.Key);
                if (Catalog.CurrentSuccessor(entry) is { } successor)
                {
                    Assert.That(successor.Legacy, Is.Null, entry.Key);
                    Assert.That(successor.Lifecycle, Is.Not.EqualTo(ModelLifecycle.Retiring), entry.Key);
                    Assert.That(successor.Tier, Is.LessThanOrEqualTo(entry.Tier), entry.Key);
                    Assert.That(successor.Verified, Is.True, entry.Key);
                }
            });
        }
    }

    [TestCase("anthropic.claude-sonnet-4-6")]
    [TestCase("anthropic.claude-opus-4-6-v1")]
    [TestCase("anthropic.claude-opus-5")]
    [TestCase("amazon.nova-pro-v1:0")]
    public void ModelsWithoutAnAwsLifecycleFactAreNotLegacy(string id)
    {
        Assert.That(Catalog.TryFind(ModelReference.Parse(id)!, out var entry, out _), Is.True);
        Assert.That(entry.Legacy, Is.Null);
    }

    [TestCase("anthropic.claude-sonnet-4-6", 1024)]
    [TestCase("anthropic.claude-opus-4-7", 4096)]
    [TestCase("anthropic.claude-haiku-4-5-20251001-v1:0", 4096)]
    [TestCase("amazon.nova-pro-v1:0", 1000)]
    [TestCase("meta.llama4-scout-17b-instruct-v1:0", null)]
    [TestCase("anthropic.claude-3-5-sonnet-20241022-v2:0", null)] // preview only: "no additional customers will be granted access"
    public void KnowsWhichModelsCacheAPromptPrefix(string id, int? minTokens)
    {
        Assert.That(Catalog.TryFind(ModelReference.Parse(id)!, out var entry, out _), Is.True);
        Assert.That(entry.PromptCaching?.MinTokensPerCheckpoint, Is.EqualTo(minTokens));
        if (entry.PromptCaching is { } caching)
        {
            Assert.That(caching.Source.Label, Does.StartWith("AWS Bedrock"));
        }
    }

    [TestCase("amazon.titan-embed-text-v2:0", 1024, new[] { 256, 512, 1024 })]
    [TestCase("cohere.embed-v4:0", 1536, new[] { 256, 512, 1024, 1536 })]
    [TestCase("amazon.titan-embed-text-v1", 1536, new[] { 1536 })]
    public void KnowsEmbeddingModelsAndTheirDimensions(string id, int defaultDimension, int[] dimensions)
    {
        Assert.That(Catalog.TryFindEmbedding(ModelReference.Parse("us." + id)!, out var entry), Is.True);
        Assert.That(entry.DefaultDimension, Is.EqualTo(defaultDimension));
        Assert.That(entry.Dimensions, Is.EqualTo(dimensions));
        Assert.That(entry.PriceSource.Date, Does.Match(@"^\d{4}-\d{2}-\d{2}$"));
        Assert.That(Catalog.TryFind(ModelReference.Parse(id)!, out _, out _), Is.False, "not a text model");
    }

    [TestCase("anthropic.claude-opus-5")]
    [TestCase("anthropic.claude-fable-5")]
    [TestCase("openai.gpt-5.5")]
    public void RowsOnlySeenInCommunityListsAreUnverified(string id)
    {
        Catalog.TryFind(ModelReference.Parse(id)!, out var entry, out _);
        Assert.That(entry.Verified, Is.False);
    }

    [Test]
    public void ParsesTheResourceFormat()
    {
        var models = Tsv.Parse(new StringReader(
            "# comment\nkey\tprovider\tfamily\tname\ttier\ttier_basis\tinput_usd_per_1m\toutput_usd_per_1m\tglobal_input_usd_per_1m\tglobal_output_usd_per_1m\tprice_source\tsmaller_sibling\tlifecycle\tlifecycle_source\tlegacy_status\tlegacy_date\teol_date\teol_scope\tsuccessor\tsuccessor_basis\tcache_min_tokens\tcache_source\tverified\tids\n"
            + "big\tP\tF\tBig\tfrontier\tprice\t10\t50\t9\t45\ts\tsmall\tactive\t\t\t\t\t\t\t\t1024\ts\tyes\tp.big-v1 p.big-v1-alias\n"
            + "small\tP\tF\tSmall\tsmall\tprice\t0.1\t0.5\t\t\ts\t\tunknown\t\t\t\t\t\t\t\t\t\tyes\tp.small-v1\n"
            + "old\tP\tF\tOld\tsmall\tprice\t1\t2\t\t\ts\t\tretiring\ts\teol\t2025-01-01\t2025-07-01\tall Regions\tsmall\taws\t\t\tyes\tp.old-v1\n"));
        var sources = Tsv.Parse(new StringReader("id\tlabel\tdate\ttitle\ns\tSource\t2026-01-02\tA source\n"));
        var embeddings = Tsv.Parse(new StringReader(
            "key\tname\tid\tdefault_dimension\tdimensions\tinput_usd_per_1m\tprice_source\ne\tE\tp.embed-v1\t512\t256 512\t0.02\ts\n"));
        var catalog = ModelCatalog.Load(models, sources, embeddings);

        var old = catalog.ByKey("old")!;
        Assert.That(old.Legacy, Is.EqualTo(new LegacyFact("2025-01-01", string.Empty, "2025-07-01", "all Regions", "small", "aws", old.PriceSource)));
        Assert.That(catalog.CurrentSuccessor(old)!.Key, Is.EqualTo("small"));
        Assert.That(catalog.TryFindEmbedding(ModelReference.Parse("p.embed-v1")!, out var embedding) && embedding.Dimensions.SequenceEqual(new[] { 256, 512 }), Is.True);

        Assert.That(catalog.TryFind(ModelReference.Parse("p.big-v1-alias")!, out var big, out _), Is.True);
        Assert.That(big.PromptCaching, Is.EqualTo(new PromptCaching(1024, big.PriceSource)));
        Assert.That(catalog.ByKey("small")!.PromptCaching, Is.Null);
        Assert.That(catalog.CurrentSmallerSibling(big)!.Key, Is.EqualTo("small"));
        Assert.That(big.PriceSource.Citation, Is.EqualTo("Source, 2026-01-02"));
        Assert.That(big.PriceFor(ModelReference.Parse("global.p.big-v1")!), Is.EqualTo(new ModelPrice(9m, 45m, true, big.PriceSource)));
        Assert.That(big.PriceFor(ModelReference.Parse("us.p.big-v1")!), Is.EqualTo(new ModelPrice(10m, 50m, false, big.PriceSource)));
        var small = catalog.ByKey("small")!;
        Assert.That(small.PriceFor(ModelReference.Parse("global.p.small-v1")!).IsGlobalProfile, Is.False, "no global price: the in-Region one applies");
    }
}
