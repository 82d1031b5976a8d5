using GreenAnalyzers.Knowledge;

namespace GreenAnalyzers.Tests.Knowledge;

/// <summary>The embedded instance catalog: suggestions are valid for their api, chains are resolved, every figure and
/// claim names a shipped source, and values parse without ever throwing.</summary>
public sealed class InstanceCatalogTests
{
    private static readonly InstanceCatalog Catalog = InstanceCatalog.Default;

    private static readonly InstanceApi[] AllApis = { InstanceApi.Endpoint, InstanceApi.Training, InstanceApi.Processing, InstanceApi.Ec2 };

    [Test]
    public void HoldsTheResearchedTypesAndEveryReplacementKind()
    {
        Assert.That(Catalog.Entries.Count(e => e.SpecSource is not null), Is.EqualTo(485));   // 213 curated + Karpenter-described families
        var verified = Catalog.Replacements.Where(r => r.Verified).ToList();
        foreach (var kind in Enum.GetValues<InstanceReplacementKind>())
        {
            Assert.That(verified.Count(r => r.Kind == kind), Is.GreaterThan(0), kind.ToString());
        }
    }

    [Test]
    public void EveryReplacementTargetIsValidForItsApi()
    {
        foreach (var replacement in Catalog.Replacements)
        {
            Assert.Multiple(() =>
            {
                Assert.That(Catalog.IsValidFor(replacement.Api, replacement.From), Is.True, replacement.ToString());
                Assert.That(Catalog.IsValidFor(replacement.Api, replacement.To), Is.True, replacement.ToString());
                Assert.That(Catalog.TryFind(replacement.To, out var target) && target.SpecSource is not null, Is.True, replacement.To + " has no specs");
            });
        }
    }

    [Test]
    public void NoSuggestionIsItselfReplaced()
    {
        foreach (var replacement in Catalog.Replacements)
        {
            Assert.That(Catalog.Replacements.Any(r => r.Api == replacement.Api && r.From == replacement.To), Is.False,
                replacement + " points at a type that has its own replacement");
        }

        foreach (var api in AllApis)
        {
            foreach (var entry in Catalog.Entries)
            {
                if (Catalog.TryGetReplacement(api, entry.Type, out var suggestion))
                {
                    Catalog.TryFind(suggestion.To, out var target);
                    Assert.That(target.OlderAccelerator, Is.False, api + " " + entry.Type);
                    Assert.That(suggestion.From, Is.EqualTo(entry.Type));
                }
            }
        }
    }

    [Test]
    public void VerifiedReplacementsHaveAClaimAndMatchTheirRule()
    {
        foreach (var replacement in Catalog.Replacements.Where(r => r.Verified))
        {
            Catalog.TryFind(replacement.From, out var from);
            Catalog.TryFind(replacement.To, out var to);
            var (fromKinds, toKind, requires) = replacement.Kind switch
            {
                InstanceReplacementKind.GpuToInferentia => (new[] { InstanceKind.Gpu }, InstanceKind.Inferentia, InstanceMoveRequirement.NeuronCompiledModel),
                InstanceReplacementKind.GpuToTrainium => (new[] { InstanceKind.Gpu }, InstanceKind.Trainium, InstanceMoveRequirement.NeuronCompiledModel),
                InstanceReplacementKind.X86ToGraviton => (new[] { InstanceKind.X86 }, InstanceKind.Graviton, InstanceMoveRequirement.Arm64Image),
                _ => (new[] { InstanceKind.Gpu, InstanceKind.Inferentia }, replacement.Api == InstanceApi.Training ? InstanceKind.Trainium : InstanceKind.Inferentia,
                      InstanceMoveRequirement.NeuronCompiledModel),
            };
            Assert.Multiple(() =>
            {
                Assert.That(replacement.Claim, Is.Not.Null, replacement.ToString());
                Assert.That(from.Kind, Is.AnyOf(fromKinds.Cast<object>().ToArray()), replacement.ToString());
                Assert.That(to.Kind, Is.EqualTo(toKind), replacement.ToString());
                Assert.That(replacement.Requires, Is.EqualTo(requires), replacement.ToString());
                Assert.That(from.OlderAccelerator, Is.EqualTo(replacement.Kind == InstanceReplacementKind.OlderGeneration), replacement.ToString());
            });
        }
    }

    [Test]
    public void EveryFigureAndClaimHasAShippedSource()
    {
        var shipped = Catalog.Sources.ToHashSet();
        void Check(CatalogSource? source, string what)
        {
            if (source is not null)
            {
                Assert.That(shipped, Does.Contain(source), what);
                Assert.That(source.Title, Is.Not.Empty, what);
                Assert.That(source.Date, Does.Match(@"^(\d{4}-\d{2}-\d{2}|undated)$"), what);
            }
        }

        foreach (var entry in Catalog.Entries)
        {
            Assert.That(entry.VCpus is null || entry.SpecSource is not null, Is.True, entry.Type + " specs");
            Assert.That(entry.AcceleratorCount is null || entry.AcceleratorSource is not null, Is.True, entry.Type + " accelerator");
            Check(entry.SpecSource, entry.Type);
            Check(entry.AcceleratorSource, entry.Type);
            Check(entry.Ec2Price?.Source, entry.Type + " EC2 price");
            Check(entry.SageMakerHostingPrice?.Source, entry.Type + " SageMaker price");
            Check(entry.PowerLimit?.Source, entry.Type + " power limit");
            Check(entry.Tdp?.Source, entry.Type + " TDP");
        }

        foreach (var replacement in Catalog.Replacements)
        {
            Check(replacement.FromPrice?.Source, replacement + " from price");
            Check(replacement.ToPrice?.Source, replacement + " to price");
            Check(replacement.Claim?.Source, replacement + " claim");
            Assert.That(replacement.CostsMore.HasValue, Is.EqualTo(replacement.FromPrice is not null && replacement.ToPrice is not null), replacement.ToString());
        }
    }

    [Test]
    public void ReplacementPricesAreThoseOfTheApi()
    {
        foreach (var replacement in Catalog.Replacements)
        {
            Catalog.TryFind(replacement.From, out var from);
            Catalog.TryFind(replacement.To, out var to);
            Assert.Multiple(() =>
            {
                Assert.That(replacement.FromPrice, Is.EqualTo(from.PriceFor(replacement.Api)), replacement.ToString());
                Assert.That(replacement.ToPrice, Is.EqualTo(to.PriceFor(replacement.Api)), replacement.ToString());
            });
        }
    }

    [Test]
    public void EntriesListTheSameApisAsTheSdkLists()
    {
        foreach (var entry in Catalog.Entries)
        {
            foreach (var api in AllApis)
            {
                Assert.That(entry.Apis.Contains(api), Is.EqualTo(Catalog.IsValidFor(api, entry.Type)), entry.Type + " " + api);
            }
        }
    }

    // Spot checks against catalog.json §B "Greener replacements".
    [TestCase("endpoint", "ml.g5.xlarge", "ml.inf2.xlarge", "GpuToInferentia", "inf2-50", false)]      // SageMaker 1.4084 -> 0.99
    [TestCase("endpoint", "ml.g4dn.xlarge", "ml.inf2.xlarge", "OlderGeneration", "inf2-50", true)]     // 0.7364 -> 0.99
    [TestCase("endpoint", "ml.c5.xlarge", "ml.c7g.xlarge", "X86ToGraviton", "graviton-60", null)]     // no ml.c7g price
    [TestCase("training", "ml.p3.2xlarge", "ml.trn1.2xlarge", "OlderGeneration", "trainium-25-300", null)]
    [TestCase("training", "ml.p4d.24xlarge", "ml.trn1.32xlarge", "GpuToTrainium", "trainium-25-300", null)]
    [TestCase("training", "ml.p3dn.24xlarge", "ml.trn1n.32xlarge", "OlderGeneration", "trainium-25-300", null)]
    [TestCase("ec2", "m5.xlarge", "m7g.xlarge", "X86ToGraviton", "graviton-60", false)]
    [TestCase("ec2", "inf1.xlarge", "inf2.xlarge", "OlderGeneration", "inf2-vs-inf1", true)]
    [TestCase("ec2", "p4d.24xlarge", "inf2.48xlarge", "GpuToInferentia", "inf2-50", false)]
    public void SuggestsTheResearchedReplacement(string api, string value, string expected, string kind, string claimId, bool? costsMore)
    {
        var type = InstanceType.Parse(value)!;
        Assert.That(Catalog.TryGetReplacement(Api(api), type.Bare, out var replacement), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(type.WithBareType(replacement.To), Is.EqualTo(expected));
            Assert.That(replacement.Kind.ToString(), Is.EqualTo(kind));
            Assert.That(replacement.Claim!.Id, Is.EqualTo(claimId));
            Assert.That(replacement.CostsMore, Is.EqualTo(costsMore));
            Assert.That(replacement.SizedByResearch, Is.True);
        });
    }

    [TestCase("training", "c5.xlarge")]      // no Graviton for training
    [TestCase("endpoint", "g6e.xlarge")]     // one L40S would become six Inferentia2 chips: research says not recommended
    [TestCase("training", "p5.48xlarge")]    // Trainium2: only a press claim, and against Trainium1
    [TestCase("processing", "g5.xlarge")]    // no Inferentia/Trainium/Graviton for processing
    [TestCase("endpoint", "p5.48xlarge")]    // 640 GiB of GPU memory: no Inferentia2 size holds it
    [TestCase("endpoint", "p2.xlarge")]      // older generation, but the research has no specs for p2
    [TestCase("endpoint", "inf2.xlarge")]    // already the greener choice
    [TestCase("ec2", "z1d.large")]           // an x86 family with no Graviton counterpart
    [TestCase("endpoint", "t2.medium")]      // no Graviton t-family is a SageMaker endpoint type
    [TestCase("ec2", "ml.g5.xlarge")]        // not a bare type
    public void HasNoSuggestion(string api, string bareType)
        => Assert.That(Catalog.TryGetReplacement(Api(api), bareType, out _), Is.False);

    /// <summary>SageMaker endpoints have no Graviton3 m- or r-family (no ml.m7g, ml.r7g): the Graviton4 family is suggested,
    /// backed by AWS's claim for Graviton-based instances of every generation. Every x86 generation of the c/m/r/t families
    /// moves to the Graviton family of the same letter and variant (d = local storage, n = network).</summary>
    [TestCase("endpoint", "m5.xlarge", "m8g.xlarge")]
    [TestCase("endpoint", "r5.2xlarge", "r8g.2xlarge")]
    [TestCase("endpoint", "c6i.24xlarge", "c8g.24xlarge")]   // larger than any ml.c7g size
    [TestCase("ec2", "c5.24xlarge", "c8g.24xlarge")]
    [TestCase("endpoint", "c5.xlarge", "c7g.xlarge")]        // Graviton3 still first where it exists
    [TestCase("endpoint", "m4.xlarge", "m8g.xlarge")]        // every x86 generation, the oldest too
    [TestCase("ec2", "c4.large", "c7g.large")]
    [TestCase("ec2", "t3.micro", "t4g.micro")]              // burstable to burstable
    [TestCase("ec2", "t2.medium", "t4g.medium")]
    [TestCase("ec2", "c5d.xlarge", "c7gd.xlarge")]          // local NVMe storage kept
    [TestCase("ec2", "m5d.24xlarge", "m8gd.24xlarge")]
    [TestCase("ec2", "c6in.large", "c7gn.large")]           // network optimized kept
    [TestCase("endpoint", "c5d.xlarge", "c6gd.xlarge")]     // the only d-variant Graviton endpoint type of that size
    public void SuggestsGraviton4WhereNoGraviton3SizeFits(string api, string bareType, string expected)
    {
        Assert.That(Catalog.TryGetReplacement(Api(api), bareType, out var replacement), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(replacement.To, Is.EqualTo(expected));
            Assert.That(replacement.Claim!.Text, Does.Contain("60% less energy"));
        });
    }

    [Test]
    public void ProvidesWhatAMessageQuotes()
    {
        var type = InstanceType.Parse("ml.g5.xlarge")!;
        Catalog.TryGetReplacement(InstanceApi.Endpoint, type.Bare, out var replacement);
        var message = $"{type.Value} → {type.WithBareType(replacement.To)}: {replacement.Claim!.Text} ({replacement.Claim.Citation})";

        Assert.Multiple(() =>
        {
            Assert.That(message, Is.EqualTo("ml.g5.xlarge → ml.inf2.xlarge: up to 50% better performance/watt than comparable EC2 instances (AWS Well-Architected ML Lens, MLSUS-12)"));
            Assert.That(replacement.FromPrice!.UsdPerHour, Is.EqualTo(1.4084m));
            Assert.That(replacement.ToPrice!.UsdPerHour, Is.EqualTo(0.99m));
            Assert.That(replacement.PriceChangePercent, Is.EqualTo(-29.7m));
            Assert.That(replacement.FromPrice.Source.Citation, Is.EqualTo("AWS FMBench sample, 2025-01-26"));
            Assert.That(replacement.RequirementText, Does.Contain("Neuron"));
            Assert.That(replacement.FromAwsCurrentGeneration, Is.True, "AWS still lists g5 as current generation");
        });
    }

    [Test]
    public void OlderGenerationRowsSayWhetherAwsStillListsTheTypeAsCurrent()
    {
        Catalog.TryGetReplacement(InstanceApi.Ec2, "p3.2xlarge", out var replacement);
        Catalog.TryFind("p3.2xlarge", out var p3);
        Assert.Multiple(() =>
        {
            Assert.That(replacement.Kind, Is.EqualTo(InstanceReplacementKind.OlderGeneration));
            Assert.That(replacement.FromAwsCurrentGeneration, Is.True, "so a message says 'older generation', not 'previous generation'");
            Assert.That(p3.NewerInLine, Does.Contain("p4d"));
            Assert.That(p3.OlderAccelerator, Is.True);
        });
    }

    [Test]
    public void KnowsWhichTypesEachApiAccepts()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Catalog.IsValidFor(InstanceApi.Endpoint, "m7g.xlarge"), Is.False);
            Assert.That(Catalog.IsValidFor(InstanceApi.Ec2, "m7g.xlarge"), Is.True);
            Assert.That(Catalog.IsValidFor(InstanceApi.Training, "inf2.xlarge"), Is.False);
            Assert.That(Catalog.IsValidFor(InstanceApi.Training, "trn1.2xlarge"), Is.True);
            Assert.That(Catalog.IsValidFor(InstanceApi.Processing, "trn1.2xlarge"), Is.False);
            Assert.That(Catalog.IsValidFor(InstanceApi.Ec2, "t3.micro"), Is.True, "EC2 validity covers types without catalog entries");
            Assert.That(Catalog.IsValidFor(InstanceApi.Endpoint, "ml.g5.xlarge"), Is.False, "bare types only");
            Assert.That(Catalog.IsValidValue(InstanceApi.Endpoint, "ml.g5.xlarge"), Is.True);
            Assert.That(Catalog.IsValidValue(InstanceApi.Endpoint, "g5.xlarge"), Is.False);
            Assert.That(Catalog.IsValidValue(InstanceApi.Ec2, "ml.g5.xlarge"), Is.False);
            Assert.That(Catalog.IsValidValue(InstanceApi.Endpoint, "ML.G5.XLARGE"), Is.False);
            Assert.That(Catalog.IsValidValue(InstanceApi.Ec2, (string?)null), Is.False);
        });
    }

    [TestCase("ml.g5.xlarge")]
    [TestCase("g5.xlarge")]
    [TestCase("ML.G5.XLARGE")]
    public void FindsTheEntryInEitherForm(string value)
    {
        Assert.That(Catalog.TryFind(value, out var entry), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(entry.Type, Is.EqualTo("g5.xlarge"));
            Assert.That(entry.Kind, Is.EqualTo(InstanceKind.Gpu));
            Assert.That(entry.AcceleratorMemoryGib, Is.EqualTo(24m));
            Assert.That(entry.PowerLimit!.WattsPerAccelerator, Is.EqualTo(300));
        });
    }

    [TestCase("ml.g5.xlarge", true, "g5", "xlarge", true)]
    [TestCase("g5.xlarge", false, "g5", "xlarge", true)]
    [TestCase("ML.G5.XLARGE", true, "g5", "xlarge", false)]
    [TestCase("p6-b200.48xlarge", false, "p6-b200", "48xlarge", true)]
    [TestCase("ml.p6e-gb200.36xlarge", true, "p6e-gb200", "36xlarge", true)]
    [TestCase("c8g.metal-24xl", false, "c8g", "metal-24xl", true)]
    [TestCase("u-6tb1.metal", false, "u-6tb1", "metal", true)]
    public void ParsesInstanceTypes(string value, bool mlPrefix, string family, string size, bool canonical)
    {
        var type = InstanceType.Parse(value);
        Assert.That(type, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(type!.Value, Is.EqualTo(value));
            Assert.That(type.HasMlPrefix, Is.EqualTo(mlPrefix));
            Assert.That(type.Family, Is.EqualTo(family));
            Assert.That(type.Size, Is.EqualTo(size));
            Assert.That(type.Bare, Is.EqualTo(family + "." + size));
            Assert.That(type.IsCanonical, Is.EqualTo(canonical));
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("ml.")]
    [TestCase("ml")]
    [TestCase(".")]
    [TestCase("ml.g5")]
    [TestCase("g5")]
    [TestCase("g5.")]
    [TestCase(".xlarge")]
    [TestCase("ml..xlarge")]
    [TestCase("g5.xlarge.extra")]
    [TestCase("ml.ml.g5.xlarge")]
    [TestCase(" g5.xlarge")]
    [TestCase("g5.xlarge ")]
    [TestCase("g5 .xlarge")]
    [TestCase("g5_x.large")]
    [TestCase("-g5.xlarge")]
    [TestCase("g5.-xlarge")]
    [TestCase("g5-.xlarge")]
    [TestCase("gpu.xlarge")]          // a family has a generation digit
    [TestCase("5g.xlarge")]           // and starts with a letter
    [TestCase("g5.48")]               // a size has a letter
    [TestCase("g\uFF15.xlarge")]      // full-width digit
    [TestCase("anthropic.claude-v2")] // a Bedrock model id, not an instance type
    public void RejectsJunk(string? value)
        => Assert.That(InstanceType.Parse(value), Is.Null);

    [Test]
    public void RejectsVeryLongValuesWithoutThrowing()
    {
        Assert.That(InstanceType.Parse("ml.g5." + new string('x', 100_000)), Is.Null);
        Assert.That(InstanceType.Parse(new string('.', 64)), Is.Null);
        Assert.That(Catalog.TryFind(new string('a', 65) + ".xlarge", out _), Is.False);
    }

    [Test]
    public void KeepsTheFormAFixWrites()
    {
        Assert.Multiple(() =>
        {
            Assert.That(InstanceType.Parse("ml.g5.xlarge")!.WithBareType("inf2.xlarge"), Is.EqualTo("ml.inf2.xlarge"));
            Assert.That(InstanceType.Parse("g5.xlarge")!.WithBareType("inf2.xlarge"), Is.EqualTo("inf2.xlarge"));
        });
    }

    [Test]
    public void WalksChainsAndSkipsUnverifiedRows()
    {
        // gpu.a -> old.b (an older generation) -> new.c; unverified.d has no sourced basis.
        var instances = Tsv.Parse(new StringReader(
            "type\tfamily\tsize\tkind\tvcpu\tmemory_gib\tspec_source\tprocessor\taccelerator\taccelerator_count\taccelerator_memory_gib\taccelerator_source\taws_current_generation\tolder_accelerator\tnewer_in_line\tec2_usd_per_hour\tec2_price_source\tec2_price_date\tsagemaker_hosting_usd_per_hour\tsagemaker_price_source\tsagemaker_price_date\tpower_limit_w_per_accelerator\tpower_limit_source\ttdp_w_per_accelerator\ttdp_source\tapis\n"
            + "g9.xlarge\tg9\txlarge\tgpu\t4\t16\ts\tcpu\tGPU\t1\t24\ts\tyes\tno\t\t2\ts\t\t\t\t\t300\ts\t\t\tec2\n"
            + "g1.xlarge\tg1\txlarge\tgpu\t4\t16\ts\tcpu\tGPU\t1\t24\ts\tno\tyes\tg9\t1\ts\t\t\t\t\t\t\t\t\tec2\n"
            + "inf9.xlarge\tinf9\txlarge\tinferentia\t4\t16\ts\tcpu\tChip\t1\t32\ts\tyes\tno\t\t0.5\ts\t\t\t\t\t\t\t\t\tec2\n"));
        var replacements = Tsv.Parse(new StringReader(
            "api\tfrom\trule\tto\tsizing\tfrom_usd_per_hour\tfrom_price_source\tto_usd_per_hour\tto_price_source\tcosts_more\tclaim_id\tclaim\tclaim_source\trequires\tfrom_aws_current_generation\tverified\tnote\n"
            + "ec2\tg9.xlarge\tgpu_to_inferentia\tg1.xlarge\trule\t2\ts\t1\ts\tno\tc1\tclaim one\ts\tneuron\tyes\tyes\t\n"
            + "ec2\tg1.xlarge\tolder_generation\tinf9.xlarge\tresearch\t1\ts\t0.5\ts\tno\tc2\tclaim two\ts\tneuron\tno\tyes\t\n"
            + "endpoint\tg9.xlarge\tgpu_to_inferentia\tinf9.xlarge\trule\t\t\t\t\t\t\t\t\tneuron\tyes\tno\tno basis\n"));
        var sources = Tsv.Parse(new StringReader("id\tlabel\tdate\ttitle\ns\tSource\t2026-01-02\tA source\n"));
        var validity = Tsv.Parse(new StringReader("type\tapis\ng9.xlarge\tendpoint ec2\ng1.xlarge\tec2\ninf9.xlarge\tendpoint ec2\n"));
        var catalog = InstanceCatalog.Load(instances, replacements, sources, validity);

        Assert.That(catalog.TryGetReplacement(InstanceApi.Ec2, "g9.xlarge", out var walked), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(walked.From, Is.EqualTo("g9.xlarge"));
            Assert.That(walked.To, Is.EqualTo("inf9.xlarge"));
            Assert.That(walked.Kind, Is.EqualTo(InstanceReplacementKind.GpuToInferentia));
            Assert.That(walked.FromPrice!.UsdPerHour, Is.EqualTo(2m));
            Assert.That(walked.ToPrice!.UsdPerHour, Is.EqualTo(0.5m));
            Assert.That(walked.CostsMore, Is.False);
            Assert.That(walked.Claim!.Text, Is.EqualTo("claim two"));
            Assert.That(walked.FromAwsCurrentGeneration, Is.True);
            Assert.That(catalog.TryGetReplacement(InstanceApi.Endpoint, "g9.xlarge", out _), Is.False, "unverified");
            Assert.That(catalog.Replacements.Count(), Is.EqualTo(3));
        });
    }

    private static InstanceApi Api(string name)
    {
        Assert.That(InstanceApis.TryParse(name, out var api), Is.True, name);
        return api;
    }
}
