using System.Text.Json;

namespace GreenAnalyzers.Cli.Tests.EndToEnd;

/// <summary>
/// <c>green</c> on solutions like a user's, built in a temp folder whose path has spaces and non-ASCII letters: a .slnx
/// where some projects cannot be restored or loaded, a project with hundreds of MSBuild warnings, the package's own
/// invalid-mode warning, unwritable output and baseline paths, and Ctrl+C.
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("EndToEnd")]
public sealed class RealSolutionTests
{
    private const int NoisyWarnings = 200;

    private string _solution = null!;

    [OneTimeSetUp]
    public void CreateTheSolution()
    {
        var root = Sample.Folder("Real Sölution ü");
        var stub = RepositoryPaths.Combine("tests", "Stubs", "AWSSDK.BedrockRuntime", "AWSSDK.BedrockRuntime.Stub.csproj");
        Write(root, "Good/Good.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><ProjectReference Include="{stub}" /></ItemGroup>
            </Project>
            """);
        Write(root, "Good/Triage.cs", Request("Triage"));

        // Warnings as errors for the compiler and for MSBuild, and 200 MSBuild warnings in every build, design-time too.
        var numbers = string.Join(';', Enumerable.Range(1, NoisyWarnings));
        Write(root, "Noisy Ü/Noisy.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <MSBuildTreatWarningsAsErrors>true</MSBuildTreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup><ProjectReference Include="{stub}" /></ItemGroup>
              <ItemGroup><Noise Include="{numbers}" /></ItemGroup>
              <Target Name="MakeNoise" BeforeTargets="CoreCompile"><Warning Code="NOISE1" Text="noise %(Noise.Identity)" /></Target>
            </Project>
            """);
        Write(root, "Noisy Ü/Digest.cs", Request("Digest"));

        Write(root, "Missing/Missing.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="GreenAnalyzers.NoSuchPackage" Version="9.9.9" /></ItemGroup>
            </Project>
            """);
        Write(root, "Missing/M.cs", Request("M"));
        Write(root, "Bad/Bad.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup>");
        Write(root, "Real Sölution.slnx", """
            <Solution>
              <Project Path="Bad/Bad.csproj" />
              <Project Path="Good/Good.csproj" />
              <Project Path="Missing/Missing.csproj" />
              <Project Path="Noisy Ü/Noisy.csproj" />
            </Solution>
            """);
        _solution = Path.Combine(root, "Real Sölution.slnx");
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task ProjectsThatFailAreOneLineEachAndTheOthersAreAnalyzed(bool noRestore)
    {
        if (noRestore)
        {
            await Green.RunAsync("analyze", _solution, "--quiet"); // restored once, as a pipeline's earlier step would
        }

        string[] args = ["analyze", _solution, "--format", "json", "--fail-on", "warning", .. noRestore ? new[] { "--no-restore" } : []];
        var result = await Green.RunAsync(args);

        Assert.That(result.ExitCode, Is.EqualTo(3), "partial, which wins over the findings above --fail-on\n" + result);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd()).ToList();
        using var json = JsonDocument.Parse(result.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("path").GetString()} {f.GetProperty("ruleId").GetString()}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lines.Where(l => l.StartsWith("error: ", StringComparison.Ordinal)), Is.EqualTo(new[]
            {
                noRestore ? "error: Bad/Bad.csproj: could not load: The project file could not be loaded. Unexpected end of file has occurred. The following elements are not closed: PropertyGroup, Project. Line 1, position 49."
                    : "error: Bad/Bad.csproj: restore failed: MSB4025: The project file could not be loaded. Unexpected end of file has occurred. The following elements are not closed: PropertyGroup, Project. Line 1, position 49.",
                "error: Missing/Missing.csproj: restore failed: NU1101: Unable to find package GreenAnalyzers.NoSuchPackage. No packages exist with this id in source(s): nuget.org",
            }), result.ToString());
            Assert.That(lines.Where(l => l.StartsWith("warning: ", StringComparison.Ordinal) && l.Contains("Noisy", StringComparison.Ordinal)), Is.EqualTo(new[]
            {
                $"warning: Noisy Ü/Noisy.csproj: {NoisyWarnings} MSBuild messages while loading (first: noise 1); analyzed anyway.",
            }), "200 MSBuild warnings are one line, and never stop the project");
            Assert.That(lines, Does.Contain("2 new findings at or above --fail-on warning."));
            Assert.That(lines.Count(l => l.StartsWith("error: ", StringComparison.Ordinal) || l.StartsWith("warning: ", StringComparison.Ordinal)), Is.EqualTo(3), "one line per problem");
            Assert.That(lines, Does.Contain("Partial result: 2 projects not analyzed (exit code 3)."));
            Assert.That(findings, Is.EquivalentTo(new[] { "Good/Triage.cs GA1001", "Noisy Ü/Digest.cs GA1001" }), "the others' findings are kept");
            Assert.That(json.RootElement.GetProperty("partial").GetBoolean(), Is.True);
            Assert.That(json.RootElement.GetProperty("notAnalyzed").EnumerateArray().Select(f => f.GetProperty("project").GetString()),
                Is.EqualTo(new[] { "Bad/Bad.csproj", "Missing/Missing.csproj" }));
            Assert.That(json.RootElement.GetProperty("target").GetString(), Is.EqualTo("Real Sölution.slnx"));
        });
    }

    [Test]
    public async Task TheTableAndSarifSayTheResultIsPartial()
    {
        var sarifFile = Path.Combine(Sample.Folder("partial out ü"), "green.sarif");
        var table = await Green.RunAsync("analyze", _solution, "--quiet");
        var sarif = await Green.RunAsync("analyze", _solution, "--quiet", "--no-restore", "--format", "sarif", "--output", sarifFile);

        Assert.Multiple(() =>
        {
            Assert.That(table.ExitCode, Is.EqualTo(3), table.ToString());
            Assert.That(table.Output, Does.Contain("2 findings (1 error, 1 warning), 2 fixable by `green fix`; partial: 2 projects not analyzed\n"), "TreatWarningsAsErrors makes Noisy's an error, as in its build");
            Assert.That(table.Output, Does.Contain("  not analyzed: Missing/Missing.csproj: restore failed: NU1101:"));
            Assert.That(sarif.ExitCode, Is.EqualTo(3), sarif.ToString());
        });
        var log = File.ReadAllText(sarifFile);
        Assert.That(SarifSchema.Errors(log), Is.Empty);
        using var json = JsonDocument.Parse(log);
        var invocation = json.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.That(invocation.GetProperty("executionSuccessful").GetBoolean(), Is.False);
        Assert.That(invocation.GetProperty("toolExecutionNotifications").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task AProjectOfItsOwnThatFailsStopsTheRunWithExitCode2()
    {
        var result = await Green.RunAsync("analyze", Path.Combine(Path.GetDirectoryName(_solution)!, "Missing"), "--quiet");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Output, Is.Empty, "nothing was analyzed, so there is no report");
    }

    [Test]
    public async Task ThePackagesInvalidModeWarningDoesNotStopARun()
    {
        var sample = Sample.Copy("invalid-mode", restore: true);
        Environment.SetEnvironmentVariable("GreenAnalyzersMode", "sometimes");
        try
        {
            var result = await Green.RunAsync("analyze", sample, "--no-restore", "--format", "json");

            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(result.Error, Does.Contain("warning: BedrockSupportDesk.csproj: 1 MSBuild message while loading (first: GreenAnalyzersMode 'sometimes' is not one of"));
            using var json = JsonDocument.Parse(result.Output);
            Assert.That(json.RootElement.GetProperty("findings").GetArrayLength(), Is.GreaterThan(0));
        }
        finally
        {
            Environment.SetEnvironmentVariable("GreenAnalyzersMode", null);
        }
    }

    [Test]
    public async Task AnUnwritableOutputOrBaselineIsOneLineAndNothingHalfWritten()
    {
        var folder = Sample.Folder("unwritable ü");
        var good = Path.Combine(Path.GetDirectoryName(_solution)!, "Good");
        // A file used as a folder, and a folder used as the baseline file: unwritable even for root (these tests run
        // as root here, where a read-only folder's permissions are not enforced).
        var aFile = Path.Combine(folder, "a file");
        File.WriteAllText(aFile, "in the way");
        var aFolder = Directory.CreateDirectory(Path.Combine(folder, "baseline.json")).FullName;

        var output = await Green.RunAsync("analyze", good, "--quiet", "--output", Path.Combine(aFile, "green.sarif"), "--format", "sarif");
        var baseline = await Green.RunAsync("analyze", good, "--quiet", "--no-restore", "--baseline", aFolder, "--update-baseline");

        Assert.Multiple(() =>
        {
            Assert.That(output.ExitCode, Is.EqualTo(2), output.ToString());
            Assert.That(output.Error.Trim(), Does.StartWith($"error: cannot write the sarif report '{Path.Combine(aFile, "green.sarif")}': ").And.Not.Contains("\n"));
            Assert.That(baseline.ExitCode, Is.EqualTo(2), baseline.ToString());
            Assert.That(baseline.Error.Trim(), Does.StartWith($"error: cannot write the baseline '{aFolder}': ").And.Not.Contains("\n"));
            Assert.That(Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories), Is.EquivalentTo(new[] { aFile, aFolder }), "no temporary file left");
            Assert.That(File.ReadAllText(aFile), Is.EqualTo("in the way"));
        });
    }

    [Test]
    public async Task CtrlCLeavesThePreviousReportAndNoHalfWrittenOne()
    {
        var folder = Sample.Folder("cancelled");
        var report = Path.Combine(folder, "green.md");
        File.WriteAllText(report, "yesterday's report");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(2)); // while restoring or loading

        var result = await Green.RunAsync(cancellation.Token, "analyze", _solution, "--format", "markdown", "--output", report, "--quiet");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(130), result.ToString());
            Assert.That(result.Error.Trim(), Is.EqualTo("error: cancelled; no report or baseline was written, no file was changed."));
            Assert.That(File.ReadAllText(report), Is.EqualTo("yesterday's report"));
            Assert.That(Directory.EnumerateFiles(folder), Is.EqualTo(new[] { report }));
        });
    }

    private static string Request(string type) => $$"""
        using Amazon.BedrockRuntime.Model;
        static class {{type}}
        {
            static ConverseRequest Create() => new() { ModelId = "us.anthropic.claude-opus-4-7" };
        }
        """;

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
