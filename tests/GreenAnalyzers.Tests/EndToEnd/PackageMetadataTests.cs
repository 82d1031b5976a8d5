using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GreenAnalyzers.Tests.EndToEnd;

/// <summary>
/// Both packages are ready for nuget.org: icon, license (expression and file), project and repository URL, a readme for
/// users whose links work on nuget.org (absolute, to files that exist), release notes; the same in each package.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
public sealed class PackageMetadataTests
{
    public const string Repository = "https://github.com/greenanalyzers/GreenAnalyzers";

    [TestCase("GreenAnalyzers")]
    [TestCase("GreenAnalyzers.Cli")]
    public void PackageIsReadyForNuGetOrg(string id)
    {
        using var package = ZipFile.OpenRead(id == "GreenAnalyzers" ? PackedPackages.Get.Nupkg : PackedPackages.ToolNupkg);
        using var nuspecStream = package.GetEntry(id + ".nuspec")!.Open();
        var metadata = XDocument.Load(nuspecStream).Root!.Elements().First(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "(missing)";
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        var license = metadata.Elements().Single(e => e.Name.LocalName == "license");

        Assert.Multiple(() =>
        {
            Assert.That(Value("id"), Is.EqualTo(id));
            Assert.That(Value("projectUrl"), Is.EqualTo(Repository));
            Assert.That(repository.Attribute("url")?.Value, Is.EqualTo(Repository));
            Assert.That(repository.Attribute("type")?.Value, Is.EqualTo("git"));
            Assert.That((license.Attribute("type")?.Value, license.Value), Is.EqualTo(("expression", "MIT")));
            Assert.That(Value("authors"), Is.EqualTo("GreenAnalyzers contributors"));
            Assert.That(Value("copyright"), Does.Contain("GreenAnalyzers contributors"));
            Assert.That(Value("icon"), Is.EqualTo("icon.png"));
            Assert.That(Value("readme"), Is.EqualTo("README.md"));
            Assert.That(Value("releaseNotes"), Does.Contain(Repository + "/blob/main/CHANGELOG.md"));
            Assert.That(package.GetEntry("icon.png")!.Length, Is.GreaterThan(100));
        });

        using (var reader = new StreamReader(package.GetEntry("LICENSE")!.Open()))
        {
            var text = reader.ReadToEnd();
            Assert.That(text, Does.StartWith("MIT License").And.Contain("Copyright (c) 2026 GreenAnalyzers contributors"));
            Assert.That(text, Is.EqualTo(File.ReadAllText(RepositoryPaths.Combine("LICENSE"))), "the repository's LICENSE");
        }

        using (var reader = new StreamReader(package.GetEntry("README.md")!.Open()))
        {
            var readme = reader.ReadToEnd();
            Assert.That(readme, Does.Contain(id == "GreenAnalyzers" ? "dotnet add package GreenAnalyzers" : "dotnet tool install --global GreenAnalyzers.Cli"));
            AssertLinksWorkOnNuGetOrg(readme);
            if (id == "GreenAnalyzers")
            {
                // Its example finding is the repository README's, which follows the catalog.
                var example = Regex.Match(readme.ReplaceLineEndings("\n"), "```\n(TicketTriage.*?)```", RegexOptions.Singleline).Groups[1].Value;
                Assert.That(example, Does.Contain("warning GA1001"));
                Assert.That(File.ReadAllText(RepositoryPaths.Combine("README.md")).ReplaceLineEndings("\n"), Does.Contain(example));
            }
        }
    }

    [Test]
    public void AnalyzerReleasesRecordTheFirstRelease()
    {
        var shipped = File.ReadAllText(RepositoryPaths.Combine("src", "GreenAnalyzers", "AnalyzerReleases.Shipped.md"));
        var unshipped = File.ReadAllText(RepositoryPaths.Combine("src", "GreenAnalyzers", "AnalyzerReleases.Unshipped.md"));
        var changelog = File.ReadAllText(RepositoryPaths.Combine("CHANGELOG.md"));
        Assert.Multiple(() =>
        {
            Assert.That(shipped, Does.Contain("## Release " + PackedPackages.Get.Version));
            Assert.That(changelog, Does.Contain("## [" + PackedPackages.Get.Version + "]"));
            foreach (var descriptor in GreenAnalyzers.Descriptors.Rules.All)
            {
                Assert.That(shipped, Does.Contain(descriptor.Id + " | "), descriptor.Id + " shipped");
                Assert.That(changelog, Does.Contain(descriptor.Id), descriptor.Id + " in the changelog");
                Assert.That(unshipped, Does.Not.Contain(descriptor.Id + " | "), descriptor.Id + " is released, not unshipped");
            }
        });
    }

    /// <summary>nuget.org shows a package readme without its repository: every link is absolute, and one into this
    /// repository names a file that exists.</summary>
    private static void AssertLinksWorkOnNuGetOrg(string readme)
    {
        var links = Regex.Matches(readme, @"\]\(([^)\s]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.That(links, Is.Not.Empty);
        foreach (var link in links)
        {
            Assert.That(link, Does.StartWith("https://"), "a relative link does not work on nuget.org: " + link);
            const string Blob = Repository + "/blob/main/";
            if (link.StartsWith(Blob, StringComparison.Ordinal))
            {
                Assert.That(RepositoryPaths.Combine(link[Blob.Length..].Split('#')[0].Split('/')), Does.Exist, link);
            }
        }
    }
}
