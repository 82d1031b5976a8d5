using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GreenAnalyzers.Tests.EndToEnd;

/// <summary>
/// The package as a user gets it: packed into a local feed, restored into the bundled sample, built.
/// Checks the package layout, the warnings in the build, TreatWarningsAsErrors, the SARIF 2.1 log,
/// and that <c>dotnet format analyzers</c> applies the fix and leaves code that builds clean.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("EndToEnd")]
public sealed class PackageEndToEndTests
{
    private static readonly string SampleProject = RepositoryPaths.Combine("samples", "BedrockSupportDesk", "BedrockSupportDesk.csproj");

    private string _work = null!;
    private string _feed = null!;
    private Dictionary<string, string> _environment = null!;

    [OneTimeSetUp]
    public void UseThePackedPackage()
    {
        var packed = PackedPackages.Get;
        _work = Directory.CreateDirectory(Path.Combine(packed.Work, "package-tests")).FullName;
        _feed = packed.Feed;
        // The sample's own version and the run's packages folder (samples/Directory.Build.props reads both).
        _environment = new Dictionary<string, string>
        {
            ["GreenAnalyzersFeed"] = _feed,
            ["GreenAnalyzersPackageVersion"] = PackedPackages.SampleVersion,
            ["GreenAnalyzersPackages"] = packed.Packages,
            ["GreenAnalyzersRoot"] = RepositoryPaths.Root,
        };

        // Restore the sample and build the stubs it references once; each test then compiles only the project itself.
        var first = DotnetCli.Run(RepositoryPaths.Root, _environment, "build", SampleProject, "-nodeReuse:false");
        Assert.That(first.ExitCode, Is.Zero, first.Output);
    }

    [Test]
    public void PackageHoldsOnlyAnalyzersAndBuildProps()
    {
        using var package = ZipFile.OpenRead(PackedPackages.Get.Nupkg);
        var files = package.Entries.Select(e => e.FullName).Where(f => !f.StartsWith("package/", StringComparison.Ordinal) && !f.StartsWith("_rels/", StringComparison.Ordinal)).ToList();
        Assert.That(files, Is.EquivalentTo(new[]
        {
            "GreenAnalyzers.nuspec", "[Content_Types].xml", "README.md", "LICENSE", "icon.png",
            "analyzers/dotnet/cs/GreenAnalyzers.dll", "analyzers/dotnet/cs/GreenAnalyzers.CodeFixes.dll",
            "build/GreenAnalyzers.props", "build/GreenAnalyzers.targets", "buildTransitive/GreenAnalyzers.props", "buildTransitive/GreenAnalyzers.targets",
            "configuration/none.globalconfig", "configuration/recommended.globalconfig", "configuration/strict.globalconfig",
            "configuration/all-warnings.globalconfig", "configuration/all-errors.globalconfig",
        }));

        using var nuspec = package.GetEntry("GreenAnalyzers.nuspec")!.Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().First(e => e.Name.LocalName == "metadata");
        Assert.Multiple(() =>
        {
            Assert.That(metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value, Is.EqualTo("true"));
            Assert.That(metadata.Elements().Where(e => e.Name.LocalName == "dependencies"), Is.Empty);
        });
    }

    [Test]
    public void BuildReportsFindingsAndWritesSarif()
    {
        var sarif = Path.Combine(_work, "sample.sarif");
        var build = Build(SampleProject, "-p:ErrorLog=" + sarif + "%2Cversion=2.1");

        Assert.That(build.ExitCode, Is.Zero, build.Output);
        var findings = Findings(build.Output, "warning");
        Assert.That(findings, Is.EquivalentTo(new[]
        {
            "TicketTriage.cs(15,23): GA1001",
            "ReplyDrafter.cs(9,64): GA1001",
            "TicketTriage.cs(30,27): GA1002",
            "NightlyDigest.cs(15,27): GA1002",
            "Escalation.cs(15,27): GA1002", // the model id it reads from appsettings.json, judged at the request
            "AnswerQualityCheck.cs(36,31): GA1001", // a field written only by its initializer, judged at the request
            "AnswerQualityCheck.cs(27,31): GA1002", // an element of the constant array the loop walks, judged at the request
            "AnswerQualityCheck.cs(53,28): GA1002", // one of a local's two writes, judged where it is written
            "TriageModelPipeline.cs(33,13): GA5001",
            "ModelHosting.cs(34,13): GA5001",
            "ModelHosting.cs(68,13): GA5001",
            "ModelHosting.cs(44,40): GA3001",
            "ModelHosting.cs(54,40): GA3004",
            "ModelHosting.cs(73,134): GA3003",
            "SpamFilter.cs(15,54): GA4001", "SpamFilter.cs(30,50): GA4001", "SpamFilter.cs(41,54): GA4001",
            "SpamFilter.cs(41,33): GA4002", "TicketBackfill.cs(14,32): GA4002",
            "SpamFilter.cs(18,34): GA4004",
        }), build.Output);
        Assert.That(build.Output, Does.Contain("the project has its quantized sibling 'spam-filter.int8.onnx'"), "the package's props show the project's .onnx files to GA4001");
        Assert.That(build.Output, Does.Contain("'us.anthropic.claude-opus-4-7' is a frontier-tier model; 'us.anthropic.claude-sonnet-5-5' costs 2.5x less per token"));
        Assert.That(build.Output, Does.Contain("'amazon.titan-text-express-v1' reached end of life on Amazon Bedrock on 2025-08-15"));
        Assert.That(build.Output, Does.Contain("Use 'ml.inf2.xlarge' (AWS Inferentia2) instead of GPU instance 'ml.g5.xlarge' for inference: "
            + "up to 50% better performance/watt than comparable EC2 instances (AWS Well-Architected ML Lens, MLSUS-12); $1.41 → $0.99 per hour"));
        Assert.That(build.Output, Does.Contain("'ml.g4dn.xlarge' is an accelerator of an older generation (newer 'ml.inf2.xlarge' available)"));

        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        Assert.That(log.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        var run = log.RootElement.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == "GA1001").ToList();
        Assert.That(results, Has.Count.EqualTo(3));
        // Info rules do not reach the build log, but they are in the SARIF log as notes.
        // GA3001/GA3003 on EC2 are Info by design (effective severity), GA3002 is Info by default.
        Assert.That(SarifFindings(run, "note"), Is.EquivalentTo(new[]
        {
            "PolicyAssistant.cs(11,23): GA1003", "PolicyAssistant.cs(14,23): GA1004",
            "TriageModelPipeline.cs(16,23): GA2002", "TriageModelPipeline.cs(16,23): GA5003",
            "TriageModelPipeline.cs(40,25): GA5002", "TriageModelPipeline.cs(52,37): GA2001",
            "ModelHosting.cs(20,36): GA3002", "WorkerFleet.cs(15,104): GA3001", "WorkerFleet.cs(20,98): GA3003",
            "ModelHosting.cs(13,13): GA2002", "ModelHosting.cs(13,13): GA5003",
            "ModelHosting.cs(59,40): GA5002", "ModelHosting.cs(77,40): GA5002",
            "SpamFilter.cs(30,29): GA4003", "ReplyModelHosting.cs(17,31): GA4005", "TicketBackfill.cs(15,41): GA4006",
            // The CDK stack's EC2 capacity (Info, as for the SDK), and a model id written in appsettings.json (Info: its use
            // is inferred), which the package's props hand to the analyzers.
            "SupportDeskStack.cs(20,28): GA3003", "SupportDeskStack.cs(29,28): GA3001", "appsettings.json(7,22): GA1002",
        }));
        var shadow = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "GA3004")
            .GetProperty("properties").GetProperty("customProperties");
        Assert.Multiple(() =>
        {
            Assert.That(shadow.GetProperty("instance_type").GetString(), Is.EqualTo("ml.g4dn.xlarge"));
            Assert.That(shadow.GetProperty("suggested").GetString(), Is.EqualTo("ml.inf2.xlarge"));
            Assert.That(shadow.GetProperty("costs_more").GetString(), Is.EqualTo("true"));
            Assert.That(shadow.GetProperty("requires").GetString(), Is.EqualTo("neuron"));
        });
        var triage = results.Single(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!.EndsWith("TicketTriage.cs", StringComparison.Ordinal));
        var properties = triage.GetProperty("properties").GetProperty("customProperties");
        Assert.Multiple(() =>
        {
            Assert.That(properties.GetProperty("suggested").GetString(), Is.EqualTo("us.anthropic.claude-sonnet-5-5"));
            Assert.That(properties.GetProperty("input_usd_per_1m_tokens").GetString(), Is.EqualTo("5.5"));
            Assert.That(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .Any(rule => rule.GetProperty("id").GetString() == "GA1001"
                    && rule.GetProperty("helpUri").GetString()!.EndsWith("docs/rules/GA1001.md", StringComparison.Ordinal)), Is.True);
        });
    }

    [Test]
    public void TreatWarningsAsErrorsFailsTheBuild()
    {
        var build = Build(SampleProject, "-p:TreatWarningsAsErrors=true");

        Assert.That(build.ExitCode, Is.Not.Zero);
        Assert.That(Findings(build.Output, "error"), Has.Member("TicketTriage.cs(15,23): GA1001"), build.Output);
    }

    [Test]
    public void DotnetFormatAppliesTheFixAndTheCodeStillBuilds()
    {
        var copy = Path.Combine(_work, "format", "BedrockSupportDesk");
        CopyDirectory(Path.GetDirectoryName(SampleProject)!, copy);
        File.Copy(RepositoryPaths.Combine("samples", "Directory.Build.props"), Path.Combine(_work, "format", "Directory.Build.props"));
        var project = Path.Combine(copy, "BedrockSupportDesk.csproj");
        var modelIdsBefore = File.ReadAllText(Path.Combine(copy, "ModelIds.cs"));

        var assistantBefore = File.ReadAllText(Path.Combine(copy, "PolicyAssistant.cs"));
        var instanceTypesBefore = File.ReadAllText(Path.Combine(copy, "InstanceTypes.cs"));
        var hostingBefore = File.ReadAllText(Path.Combine(copy, "ModelHosting.cs"));
        var fleetBefore = File.ReadAllText(Path.Combine(copy, "WorkerFleet.cs"));

        var restore = DotnetCli.Run(copy, _environment, "restore", project, "-nodeReuse:false");
        Assert.That(restore.ExitCode, Is.Zero, restore.Output);
        var format = DotnetCli.Run(copy, _environment, "format", "analyzers", project,
            "--diagnostics", "GA1001", "GA1002", "GA1003", "GA1004", "GA2002", "GA3001", "GA3002", "GA3003", "GA3004",
            "GA4001", "GA4002", "GA4004", "GA4005", "GA5001", "GA5003", "--severity", "info", "--no-restore");
        Assert.That(format.ExitCode, Is.Zero, format.Output);

        var expected = modelIdsBefore
            .Replace("us.anthropic.claude-opus-4-7", "us.anthropic.claude-sonnet-5-5", StringComparison.Ordinal)
            .Replace("global.anthropic.claude-opus-4-6-v1", "global.anthropic.claude-sonnet-5-5", StringComparison.Ordinal)
            .Replace("amazon.titan-text-express-v1", "amazon.nova-micro-v1:0", StringComparison.Ordinal);
        // The batch job's legacy Llama 3.2 90B stays: how its replacement may be invoked is not in the catalog.
        Assert.That(File.ReadAllText(Path.Combine(copy, "ModelIds.cs")), Is.EqualTo(expected), "only the three invocable ids change; comments and layout stay");
        Assert.That(File.ReadAllText(Path.Combine(copy, "AnswerQualityCheck.cs")), Does.Contain("private static string s_judgeModel = \"us.anthropic.claude-sonnet-5-5\";"),
            "a field written only by its initializer is fixed where it is written");

        var expectedAssistant = assistantBefore
            .Replace("System = [new SystemContentBlock { Text = RefundPolicy.Text }],",
                "System = [new SystemContentBlock { Text = RefundPolicy.Text }, new SystemContentBlock { CachePoint = new CachePointBlock { Type = CachePointType.Default } }],", StringComparison.Ordinal)
            .Replace("Content = [new ContentBlock { Text = question }] }],\n        };",
                "Content = [new ContentBlock { Text = question }] }],\n            InferenceConfig = new InferenceConfiguration { MaxTokens = 1024 },\n        };", StringComparison.Ordinal);
        Assert.That(File.ReadAllText(Path.Combine(copy, "PolicyAssistant.cs")).ReplaceLineEndings("\n"), Is.EqualTo(expectedAssistant.ReplaceLineEndings("\n")));

        // Instance types keep their form: constants stay constants, strings stay strings, and the shared consts are edited where declared.
        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllText(Path.Combine(copy, "InstanceTypes.cs")), Is.EqualTo(instanceTypesBefore
                .Replace("\"ml.g4dn.xlarge\"", "\"ml.inf2.xlarge\"", StringComparison.Ordinal)
                .Replace("\"ml.c5.xlarge\"", "\"ml.c7g.xlarge\"", StringComparison.Ordinal)
                .Replace("\"m5.xlarge\"", "\"m7g.xlarge\"", StringComparison.Ordinal)));
            // ModelHosting.cs also gains spot training, a profiler and data capture (GA2002, GA5003, GA5001): check the instance edits.
            var hosting = File.ReadAllText(Path.Combine(copy, "ModelHosting.cs"));
            Assert.That(hosting, Does.Contain("TrainingInstanceType.MlTrn132xlarge").And.Contain("ProductionVariantInstanceType.MlInf2Xlarge"));
            Assert.That(hosting, Does.Not.Contain("TrainingInstanceType.MlP4d24xlarge").And.Not.Contain("ProductionVariantInstanceType.MlG5Xlarge"));
            Assert.That(hostingBefore, Does.Contain("TrainingInstanceType.MlP4d24xlarge"));
            Assert.That(File.ReadAllText(Path.Combine(copy, "WorkerFleet.cs")), Is.EqualTo(fleetBefore
                .Replace("InstanceType.G6Xlarge", "InstanceType.Inf2Xlarge", StringComparison.Ordinal)));
        });

        var sarif = Path.Combine(_work, "formatted.sarif");
        var build = Build(project, "-p:ErrorLog=" + sarif + "%2Cversion=2.1");
        Assert.That(build.ExitCode, Is.Zero, build.Output);
        Assert.That(Findings(build.Output, "warning"), Is.EquivalentTo(new[]
            {
                "NightlyDigest.cs(15,27): GA1002", "Escalation.cs(15,27): GA1002", "AnswerQualityCheck.cs(27,31): GA1002", "AnswerQualityCheck.cs(53,28): GA1002",
            }),
            "every warning with an applicable fix is gone; the batch job's and the quality check's retired models have no invocable "
            + "replacement to write (the catalog does not record how their successors may be invoked), and the escalation model is "
            + "read from appsettings.json, where it is changed");
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        // The Info rules with a fix are fixed too (the CDK stack's instance types among them); GA2001 (a different job), GA5002
        // (scaling lives elsewhere), GA4003 (a session's lifetime is a design choice) and GA4006 (batch inference is a
        // different API) have none, and the model id in appsettings.json is changed in the file, not by a code fix.
        Assert.That(SarifFindings(log.RootElement.GetProperty("runs")[0], "note").Select(f => f[^6..]),
            Is.EquivalentTo(new[] { "GA2001", "GA5002", "GA5002", "GA5002", "GA4003", "GA4006", "GA1002" }));
        Assert.That(File.ReadAllText(Path.Combine(copy, "Infrastructure", "SupportDeskStack.cs")),
            Does.Contain("InstanceType.Of(InstanceClass.C7G, InstanceSize.XLARGE)").And.Contain("InstanceType = \"inf2.xlarge\""),
            "the CDK stack's fixes keep the enum members and the string, and compile against Amazon.CDK.Lib 2.160.0");
        var pipeline = File.ReadAllText(Path.Combine(copy, "TriageModelPipeline.cs"));
        Assert.Multiple(() =>
        {
            Assert.That(pipeline, Does.Contain("StoppingCondition = new StoppingCondition { MaxRuntimeInSeconds = 3600, MaxWaitTimeInSeconds = 3600 },"));
            Assert.That(pipeline, Does.Contain("EnableManagedSpotTraining = true,"));
            Assert.That(pipeline, Does.Contain("ProfilerConfig = new ProfilerConfig { ProfilingIntervalInMilliseconds = 500 },"));
            Assert.That(pipeline, Does.Contain("DestinationS3Uri = \"s3://support-desk-monitoring/capture\","), "the destination comes from the sample's .editorconfig");
        });

        var spamFilter = File.ReadAllText(Path.Combine(copy, "SpamFilter.cs")).ReplaceLineEndings("\n");
        var backfill = File.ReadAllText(Path.Combine(copy, "TicketBackfill.cs")).ReplaceLineEndings("\n");
        Assert.Multiple(() =>
        {
            Assert.That(spamFilter, Does.Contain("private const string ModelFile = \"models/spam-filter.int8.onnx\";"), "GA4001 loads the quantized sibling");
            Assert.That(spamFilter, Does.Contain("GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL, // set while debugging a fusion issue"));
            Assert.That(spamFilter, Does.Contain("        var scores = new List<float>();\n        using var session = new InferenceSession(ModelFile);\n        foreach (var features in backlog)"), "GA4002 hoists the session");
            Assert.That(backfill, Does.Contain("        var tags = new Dictionary<string, string>();\n        using var client = new AmazonBedrockRuntimeClient();\n        foreach (var (id, text) in tickets)"), "GA4002 hoists the client");
            Assert.That(File.ReadAllText(Path.Combine(copy, "ReplyModelHosting.cs")), Does.Contain("[\"HF_MODEL_QUANTIZE\"] = \"eetq\","));
        });
    }

    [TestCase("none", 0, new string[0], new string[0])]
    [TestCase("strict", 1, new[] { "TicketTriage.cs(15,23): GA1001", "TriageModelPipeline.cs(33,13): GA5001" }, new[] { "PolicyAssistant.cs(11,23): GA1003", "TriageModelPipeline.cs(52,37): GA2001" })]
    [TestCase("all-errors", 1, new[] { "TicketTriage.cs(15,23): GA1001", "PolicyAssistant.cs(11,23): GA1003" }, new string[0])]
    [TestCase("all-warnings", 0, new string[0], new[] { "TicketTriage.cs(15,23): GA1001", "PolicyAssistant.cs(14,23): GA1004" })]
    public void ModesSetSeverities(string mode, int failed, string[] errors, string[] warnings)
    {
        var build = Build(SampleProject, "-p:GreenAnalyzersMode=" + mode);

        Assert.Multiple(() =>
        {
            Assert.That(build.ExitCode != 0, Is.EqualTo(failed == 1), build.Output);
            Assert.That(Findings(build.Output, "error"), Is.SupersetOf(errors), build.Output);
            Assert.That(Findings(build.Output, "warning"), Is.SupersetOf(warnings), build.Output);
            if (mode == "none")
            {
                Assert.That(Regex.IsMatch(build.Output, @"\bGA\d{4}\b"), Is.False, "no GreenAnalyzers diagnostic at all");
            }
        });
    }

    [Test]
    public void AProjectsOwnSettingsBeatThePreset()
    {
        var copy = Path.Combine(_work, "override", "BedrockSupportDesk");
        CopyDirectory(Path.GetDirectoryName(SampleProject)!, copy);
        File.Copy(RepositoryPaths.Combine("samples", "Directory.Build.props"), Path.Combine(_work, "override", "Directory.Build.props"));
        File.WriteAllText(Path.Combine(copy, ".globalconfig"), "is_global = true\ndotnet_diagnostic.GA1001.severity = none\n");
        File.AppendAllText(Path.Combine(copy, ".editorconfig"), "dotnet_diagnostic.GA1002.severity = suggestion\n");
        // The mode set the way docs/configuration.md shows, in the project file (read after the package's props).
        var project = Path.Combine(copy, "BedrockSupportDesk.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace(
            "<OutputType>Exe</OutputType>", "<OutputType>Exe</OutputType>\n    <GreenAnalyzersMode>all-errors</GreenAnalyzersMode>", StringComparison.Ordinal));

        var build = Build(project);

        var errors = Findings(build.Output, "error");
        Assert.Multiple(() =>
        {
            Assert.That(build.ExitCode, Is.Not.Zero);
            Assert.That(errors.Where(e => e.EndsWith("GA1001", StringComparison.Ordinal)), Is.Empty, "the project's .globalconfig switched GA1001 off");
            Assert.That(errors.Where(e => e.EndsWith("GA1002", StringComparison.Ordinal)), Is.Empty, "the project's .editorconfig made GA1002 a suggestion");
            Assert.That(errors, Has.Member("TriageModelPipeline.cs(33,13): GA5001"), "the preset still applies to the other rules");
            Assert.That(errors, Has.Member("PolicyAssistant.cs(11,23): GA1003"), "an Info rule is an error in all-errors");
        });
    }

    [Test]
    public void AnUnknownModeIsReported()
    {
        var build = Build(SampleProject, "-p:GreenAnalyzersMode=relaxed");
        Assert.That(build.Output, Does.Contain("warning GA9001: GreenAnalyzersMode 'relaxed' is not one of none, recommended, strict, all-warnings, all-errors"));
    }

    /// <summary>Compiles the project again (its analyzers run), not the stubs it references; the sample itself was
    /// restored by the fixture, a copy is restored here.</summary>
    private DotnetCli.Result Build(string project, params string[] extra)
        => DotnetCli.Run(Path.GetDirectoryName(project)!, _environment,
            new[] { "build", project, "--no-incremental", "-nodeReuse:false", "-p:BuildProjectReferences=false" }
                .Concat(project == SampleProject ? new[] { "--no-restore" } : Array.Empty<string>())
                .Concat(extra).ToArray());

    /// <summary>"File.cs(line,col): GAxxxx" for each GreenAnalyzers result of that SARIF level.</summary>
    private static List<string> SarifFindings(JsonElement run, string level)
        => run.GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("GA", StringComparison.Ordinal)
                && (r.TryGetProperty("level", out var l) ? l.GetString() : "warning") == level)
            .Select(r =>
            {
                var location = r.GetProperty("locations")[0].GetProperty("physicalLocation");
                var file = Path.GetFileName(new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath);
                var region = location.GetProperty("region");
                return $"{file}({region.GetProperty("startLine")},{region.GetProperty("startColumn")}): {r.GetProperty("ruleId").GetString()}";
            })
            .ToList();

    /// <summary>"File.cs(line,col): GAxxxx" for each distinct GreenAnalyzers diagnostic of that severity in a build log.</summary>
    private static List<string> Findings(string output, string severity)
        => Regex.Matches(output, @"([^/\\\s]+\.cs)\((\d+),(\d+)\): " + severity + @" (GA\d{4}):")
            .Select(m => $"{m.Groups[1].Value}({m.Groups[2].Value},{m.Groups[3].Value}): {m.Groups[4].Value}")
            .Distinct()
            .ToList();

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
