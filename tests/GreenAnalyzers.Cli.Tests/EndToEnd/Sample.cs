using GreenAnalyzers.Tests.EndToEnd;
using GreenAnalyzers.Tests.Infrastructure;

namespace GreenAnalyzers.Cli.Tests.EndToEnd;

/// <summary>
/// Copies of the bundled sample the tool can restore: GreenAnalyzers is packed once per run into a local feed with a
/// version of its own (NuGet never re-reads a cached version), and the sample's props find it through environment
/// variables that <c>dotnet restore</c> and the workspace's build host inherit from this process.
/// </summary>
[SetUpFixture]
public sealed class Sample
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static string? s_work;

    private static string Work => s_work ?? throw new InvalidOperationException("The sample fixture has not run.");

    [OneTimeSetUp]
    public void PackIntoALocalFeed()
    {
        s_work = Directory.CreateTempSubdirectory("green-cli-tests-").FullName;
        var feed = Path.Combine(s_work, "feed");
        var version = "0.1.0-cli." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        var pack = DotnetCli.Run(RepositoryPaths.Root, null, "pack", RepositoryPaths.Combine("src", "GreenAnalyzers.Package"),
            "-c", Configuration, "-o", feed, "-p:PackageVersion=" + version, "--no-build", "--no-restore", "-nodeReuse:false");
        Assert.That(pack.ExitCode, Is.Zero, pack.Output);

        Environment.SetEnvironmentVariable("GreenAnalyzersFeed", feed);
        Environment.SetEnvironmentVariable("GreenAnalyzersPackageVersion", version);
        Environment.SetEnvironmentVariable("GreenAnalyzersRoot", RepositoryPaths.Root);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a temp folder
        }
    }

    /// <summary>A fresh folder under the run's temp folder.</summary>
    public static string Folder(string name) => Directory.CreateDirectory(Path.Combine(Work, name)).FullName;

    /// <summary>A copy of samples/BedrockSupportDesk (with the samples' props beside it) under <paramref name="name"/>,
    /// restored if asked (so tests can pass --no-restore); returns the copy's project folder.</summary>
    public static string Copy(string name, bool restore = false)
    {
        var parent = Folder(name);
        var source = RepositoryPaths.Combine("samples", "BedrockSupportDesk");
        var target = Path.Combine(parent, "BedrockSupportDesk");
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

        File.Copy(RepositoryPaths.Combine("samples", "Directory.Build.props"), Path.Combine(parent, "Directory.Build.props"));
        if (restore)
        {
            var result = DotnetCli.Run(target, null, "restore", Path.Combine(target, "BedrockSupportDesk.csproj"), "-nodeReuse:false");
            Assert.That(result.ExitCode, Is.Zero, result.Output);
        }

        return target;
    }
}
