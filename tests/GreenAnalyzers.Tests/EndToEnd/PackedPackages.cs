using System.IO.Compression;

namespace GreenAnalyzers.Tests.EndToEnd;

/// <summary>
/// The packages as users get them, packed once per test run and shared by every end-to-end fixture: GreenAnalyzers
/// under its release version (what the README's local-feed path installs) and under the samples' fixed version, and the
/// green tool. Everything restores into this run's own packages folder, never into the user's global NuGet folder:
/// repeated runs add nothing there, and a stale package of the same version there cannot be picked up.
/// </summary>
public sealed class PackedPackages
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    /// <summary>The samples' version (samples/Directory.Build.props), never published.</summary>
    public const string SampleVersion = "0.0.0-local";

    private static readonly Lazy<PackedPackages> s_packed = new(() => new PackedPackages(), LazyThreadSafetyMode.ExecutionAndPublication);

    private PackedPackages()
    {
        Work = Directory.CreateTempSubdirectory("greenanalyzers-e2e-").FullName;
        Feed = Path.Combine(Work, "feed");
        Packages = Path.Combine(Work, "packages");
        var package = RepositoryPaths.Combine("src", "GreenAnalyzers.Package");
        var pack = DotnetCli.Run(RepositoryPaths.Root, null, "pack", package, "-c", Configuration, "-o", Feed, "-nodeReuse:false");
        Assert.That(pack.ExitCode, Is.Zero, pack.Output);
        var sample = DotnetCli.Run(RepositoryPaths.Root, null, "pack", package, "-c", Configuration, "-o", Feed, "--no-build", "-p:PackageVersion=" + SampleVersion, "-nodeReuse:false");
        Assert.That(sample.ExitCode, Is.Zero, sample.Output);
        Version = Directory.GetFiles(Feed, "GreenAnalyzers.*.nupkg").Select(Path.GetFileNameWithoutExtension)
            .Select(name => name!["GreenAnalyzers.".Length..]).Single(v => v != SampleVersion);
    }

    public static PackedPackages Get => s_packed.Value;

    /// <summary>This run's temp folder (deleted at the end of the run).</summary>
    public string Work { get; }

    /// <summary>A folder feed holding GreenAnalyzers.{Version}.nupkg and GreenAnalyzers.{SampleVersion}.nupkg.</summary>
    public string Feed { get; }

    /// <summary>The NuGet packages folder every restore of this run uses.</summary>
    public string Packages { get; }

    /// <summary>The release version, from Directory.Build.props (GreenAnalyzersVersion).</summary>
    public string Version { get; }

    public string Nupkg => Path.Combine(Feed, $"GreenAnalyzers.{Version}.nupkg");

    /// <summary>The environment for a user's own project restored from the feed: NuGet's packages folder is this run's.</summary>
    public Dictionary<string, string> UserEnvironment => new() { ["NUGET_PACKAGES"] = Packages };

    /// <summary>The green tool's package, packed on first use.</summary>
    public static string ToolNupkg => s_tool.Value;

    private static readonly Lazy<string> s_tool = new(() =>
    {
        var feed = Path.Combine(Get.Work, "tool");
        var pack = DotnetCli.Run(RepositoryPaths.Root, null, "pack", RepositoryPaths.Combine("src", "GreenAnalyzers.Cli"), "-c", Configuration, "-o", feed, "-nodeReuse:false");
        Assert.That(pack.ExitCode, Is.Zero, pack.Output);
        return Directory.GetFiles(feed, "GreenAnalyzers.Cli.*.nupkg").Single();
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The nupkg's analyzers/dotnet/cs folder, extracted once.</summary>
    public static string AnalyzerFolder => s_analyzers.Value;

    private static readonly Lazy<string> s_analyzers = new(() =>
    {
        var target = Path.Combine(Get.Work, "extracted");
        ZipFile.ExtractToDirectory(Get.Nupkg, target);
        return Path.Combine(target, "analyzers", "dotnet", "cs");
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Deletes the run's folder, if anything was packed.</summary>
    internal static void CleanUp()
    {
        if (!s_packed.IsValueCreated)
        {
            return;
        }

        try
        {
            Directory.Delete(Get.Work, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp folder
        }
    }
}

/// <summary>Runs once after every test of the namespace: removes what <see cref="PackedPackages"/> made.</summary>
[SetUpFixture]
public sealed class EndToEndCleanup
{
    [OneTimeTearDown]
    public void DeleteTheRunsFolder() => PackedPackages.CleanUp();
}
