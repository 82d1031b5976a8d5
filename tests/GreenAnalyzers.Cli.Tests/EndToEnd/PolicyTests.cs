using System.Text.Json;

namespace GreenAnalyzers.Cli.Tests.EndToEnd;

/// <summary>Pipelines: the project's own severities, baselines that survive line moves, and what cannot load.</summary>
[TestFixture]
[NonParallelizable]
[Category("EndToEnd")]
public sealed class PolicyTests
{
    [Test]
    public async Task TheProjectsOwnSeveritiesApply()
    {
        var sample = Sample.Copy("severities");
        // The project's .globalconfig wins over the package's preset (all-errors, from the environment like a CI variable).
        File.WriteAllText(Path.Combine(sample, ".globalconfig"), "is_global = true\ndotnet_diagnostic.GA1001.severity = none\ndotnet_diagnostic.GA1003.severity = silent\n");
        File.AppendAllText(Path.Combine(sample, ".editorconfig"), "dotnet_diagnostic.GA1002.severity = suggestion\n");
        File.WriteAllText(Path.Combine(sample, "Suppressed.cs"), """
            using Amazon.BedrockRuntime.Model;
            static class Suppressed
            {
            #pragma warning disable GA1001 // evaluated: the smaller model fails the eval
                static ConverseRequest Legal() => new() { ModelId = "us.anthropic.claude-opus-4-7" };
            #pragma warning restore GA1001
            }
            """);
        Environment.SetEnvironmentVariable("GreenAnalyzersMode", "all-errors");
        try
        {
            var result = await Green.RunAsync("analyze", sample, "--format", "json", "--quiet");

            Assert.That(result.ExitCode, Is.EqualTo(1), "all-errors makes the remaining findings errors\n" + result);
            using var json = JsonDocument.Parse(result.Output);
            var findings = json.RootElement.GetProperty("findings").EnumerateArray()
                .Select(f => (Rule: f.GetProperty("ruleId").GetString(), Severity: f.GetProperty("severity").GetString(), Path: f.GetProperty("path").GetString()!))
                .ToList();
            Assert.Multiple(() =>
            {
                Assert.That(findings.Where(f => f.Rule == "GA1001"), Is.Empty, "none in .globalconfig, and #pragma");
                Assert.That(findings.Where(f => f.Rule == "GA1003"), Is.Empty, "silent (hidden) is not reported");
                Assert.That(findings.Where(f => f.Rule == "GA1002" && f.Path.EndsWith(".cs", StringComparison.Ordinal)).Select(f => f.Severity),
                    Is.Not.Empty.And.All.EqualTo("info"), ".editorconfig's [*.cs] section");
                Assert.That(findings.Where(f => f.Rule == "GA1002" && f.Path == "appsettings.json").Select(f => f.Severity),
                    Is.EqualTo(new[] { "error" }), "an .editorconfig section applies only where it matches the JSON file's path; the preset does");
                Assert.That(findings.Where(f => f.Rule == "GA5001").Select(f => f.Severity), Is.Not.Empty.And.All.EqualTo("error"), "the preset still applies elsewhere");
            });
        }
        finally
        {
            Environment.SetEnvironmentVariable("GreenAnalyzersMode", null);
        }
    }

    [Test]
    public async Task ABaselineAcceptsMovedFindingsAndFailsOnNewOnes()
    {
        var sample = Sample.Copy("baseline", restore: true);
        var baseline = Path.Combine(sample, "..", "green-baseline.json");

        var record = await Green.RunAsync("analyze", sample, "--baseline", baseline, "--update-baseline", "--fail-on", "info", "--no-restore", "--quiet");
        Assert.That(record.ExitCode, Is.Zero, "everything is accepted once recorded\n" + record);
        Assert.That(record.Output, Does.Match(@"(\d+) findings .*; 0 new, \1 accepted by the baseline"));
        var recorded = int.Parse(System.Text.RegularExpressions.Regex.Match(record.Output, @"0 new, (\d+) accepted").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        // Lines move: a header comment at the top of two files, a member above the flagged requests.
        Prepend(Path.Combine(sample, "TicketTriage.cs"), "// Copyright the support desk team.\n// Routing and tagging.\n\n");
        Prepend(Path.Combine(sample, "TriageModelPipeline.cs"), "// Training and deployment.\n");
        var moved = await Green.RunAsync("analyze", sample, "--baseline", baseline, "--fail-on", "info", "--no-restore", "--quiet", "--format", "json");
        Assert.That(moved.ExitCode, Is.Zero, moved.ToString());
        using (var json = JsonDocument.Parse(moved.Output))
        {
            var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
            Assert.That(findings.Select(f => f.GetProperty("baselineState").GetString()), Has.All.EqualTo("unchanged"));
            Assert.That(findings.Single(f => f.GetProperty("ruleId").GetString() == "GA1001" && f.GetProperty("path").GetString() == "TicketTriage.cs").GetProperty("line").GetInt32(),
                Is.EqualTo(18), "the finding did move");
        }

        // A new oversized model in a new file: only it fails the run.
        File.WriteAllText(Path.Combine(sample, "Escalations.cs"), """
            using Amazon.BedrockRuntime.Model;
            static class Escalations
            {
                static ConverseRequest Summarize() => new() { ModelId = "us.anthropic.claude-opus-4-7" };
            }
            """);
        var added = await Green.RunAsync("analyze", sample, "--baseline", baseline, "--fail-on", "warning", "--no-restore", "--quiet");
        Assert.Multiple(() =>
        {
            Assert.That(added.ExitCode, Is.EqualTo(1), added.ToString());
            Assert.That(added.Error.Trim(), Is.EqualTo("1 new finding at or above --fail-on warning."));
            Assert.That(added.Output, Does.Contain($"{recorded + 1} findings (").And.Contain($"; 1 new, {recorded} accepted by the baseline"));
            Assert.That(added.Output, Does.Match(@"Escalations\.cs:4\s+warning: 'us\.anthropic\.claude-opus-4-7'"));
            Assert.That(added.Output, Does.Match(@"TicketTriage\.cs:18\s+warning \(baseline\):"));
        });
    }

    [Test]
    public async Task ACorruptBaselineIsOneLineAndExitCode2()
    {
        var folder = Sample.Folder("corrupt-baseline");
        var baseline = Path.Combine(folder, "baseline.json");
        File.WriteAllText(baseline, "{ \"version\": 1, \"findings\": [ { \"fingerprint\": ");

        var result = await Green.RunAsync("analyze", RepositoryPaths.Combine("samples", "BedrockSupportDesk"), "--baseline", baseline);

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error.Trim(), Does.StartWith($"error: baseline '{baseline}' is corrupt:").And.Not.Contains("\n"));
    }

    [Test]
    public async Task AProjectThatCannotRestoreIsOneLineAndExitCode2()
    {
        var folder = Sample.Folder("unrestorable");
        File.WriteAllText(Path.Combine(folder, "Broken.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="GreenAnalyzers.NoSuchPackage" Version="9.9.9" /></ItemGroup>
            </Project>
            """);

        var restored = await Green.RunAsync("analyze", folder, "--quiet");
        var notRestored = await Green.RunAsync("analyze", folder, "--quiet", "--no-restore");

        Assert.Multiple(() =>
        {
            Assert.That(restored.ExitCode, Is.EqualTo(2), "nothing could be analyzed\n" + restored);
            Assert.That(restored.Error.Trim(), Is.EqualTo("error: Broken.csproj: restore failed: NU1101: Unable to find package GreenAnalyzers.NoSuchPackage. No packages exist with this id in source(s): nuget.org"));
            Assert.That(notRestored.ExitCode, Is.EqualTo(2), notRestored.ToString());
            Assert.That(notRestored.Error.Trim(), Is.EqualTo(restored.Error.Trim()), "--no-restore reads the same failure from the assets file");
        });
    }

    [Test]
    public async Task AProjectThatCannotLoadIsOneLineAndExitCode2()
    {
        var folder = Sample.Folder("unloadable");
        File.WriteAllText(Path.Combine(folder, "Broken.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");

        var restored = await Green.RunAsync("analyze", folder, "--quiet");
        var loaded = await Green.RunAsync("analyze", folder, "--quiet", "--no-restore");

        Assert.Multiple(() =>
        {
            Assert.That(restored.ExitCode, Is.EqualTo(2), restored.ToString());
            Assert.That(restored.Error.Trim(), Does.StartWith("error: Broken.csproj: restore failed: MSB4025: The project file could not be loaded.").And.Not.Contains("\n"));
            Assert.That(loaded.ExitCode, Is.EqualTo(2), loaded.ToString());
            Assert.That(loaded.Error.Trim(), Does.StartWith("error: Broken.csproj: could not load: ").And.Not.Contains("\n"));
        });
    }

    private static void Prepend(string path, string text) => File.WriteAllText(path, text + File.ReadAllText(path));
}
