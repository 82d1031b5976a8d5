using System.Text.RegularExpressions;

namespace GreenAnalyzers.Tests.Packaging;

/// <summary>One repository URL, spelled the same everywhere: package metadata, rule help links, SARIF, docs.</summary>
public sealed class RepositoryUrlTests
{
    private const string Repository = "https://github.com/greenanalyzers/GreenAnalyzers";

    private static readonly string[] Skipped = { "bin", "obj", ".git", "artifacts", "TestResults", "research", "BenchmarkDotNet.Artifacts" };
    private static readonly string[] TextFiles = { ".cs", ".md", ".props", ".targets", ".csproj", ".json", ".yml", ".yaml", ".sh", ".txt", ".globalconfig" };

    [Test]
    public void EveryMentionOfTheRepositoryIsSpelledTheSame()
    {
        var variants = new List<string>();
        foreach (var file in Files(RepositoryPaths.Root))
        {
            foreach (Match match in Regex.Matches(File.ReadAllText(file), @"github\.com/greenanalyzers/[\w-]+", RegexOptions.IgnoreCase))
            {
                if (!match.Value.Equals("github.com/greenanalyzers/GreenAnalyzers", StringComparison.Ordinal))
                {
                    variants.Add(Path.GetRelativePath(RepositoryPaths.Root, file) + ": " + match.Value);
                }
            }
        }

        Assert.That(variants, Is.Empty);
    }

    [Test]
    public void HelpLinksPointIntoTheRepository()
    {
        foreach (var descriptor in GreenAnalyzers.Descriptors.Rules.All)
        {
            Assert.That(descriptor.HelpLinkUri, Is.EqualTo($"{Repository}/blob/main/docs/rules/{descriptor.Id}.md"));
            Assert.That(RepositoryPaths.Combine("docs", "rules", descriptor.Id + ".md"), Does.Exist);
        }
    }

    private static IEnumerable<string> Files(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (TextFiles.Contains(Path.GetExtension(file)) || Path.GetFileName(file) == "analyze")
            {
                yield return file;
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Where(d => !Skipped.Contains(Path.GetFileName(d))))
        {
            foreach (var file in Files(sub))
            {
                yield return file;
            }
        }
    }
}
