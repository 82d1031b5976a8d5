using System.Text.RegularExpressions;

namespace GreenAnalyzers.Tests.EndToEnd;

/// <summary>
/// The README's "Use it in your project" path, as a stranger follows it: the package packed into a folder feed, a fresh
/// <c>dotnet new console</c> project beside it with the README's nuget.config, the README's commands, a build that shows
/// a GA diagnostic. Then what a misspelled option does to that project under TreatWarningsAsErrors (docs/usage.md).
/// </summary>
[TestFixture]
[NonParallelizable]
[Category("EndToEnd")]
public sealed class LocalFeedTests
{
    private const string Program = """
        using Microsoft.ML.OnnxRuntime;

        foreach (var file in args)
        {
            using var session = new InferenceSession("models/classifier.onnx");
            Console.WriteLine(file + session.InputMetadata.Count);
        }
        """;

    private string _project = null!;
    private DotnetCli.Result _build = null!;

    [OneTimeSetUp]
    public void FollowTheReadme()
    {
        var packed = PackedPackages.Get;
        var section = ReadmeSection();
        var work = Directory.CreateDirectory(Path.Combine(packed.Work, "readme")).FullName;

        // `git clone` + `dotnet pack … -o greenanalyzers-feed`: the run's pack is that command; its package goes where the README puts it.
        var pack = Regex.Match(section, @"^dotnet pack GreenAnalyzers/src/GreenAnalyzers\.Package -c Release -o (\S+)$", RegexOptions.Multiline);
        Assert.That(pack.Success, Is.True, "the README packs src/GreenAnalyzers.Package into a folder");
        var feed = Directory.CreateDirectory(Path.Combine(work, pack.Groups[1].Value)).FullName;
        File.Copy(packed.Nupkg, Path.Combine(feed, Path.GetFileName(packed.Nupkg)));

        _project = Path.Combine(work, "MyService");
        var created = DotnetCli.Run(work, packed.UserEnvironment, "new", "console", "-o", "MyService", "--framework", "net10.0");
        Assert.That(created.ExitCode, Is.Zero, created.Output);
        File.WriteAllText(Path.Combine(_project, "nuget.config"), Block(section, "xml"));
        File.WriteAllText(Path.Combine(_project, "Program.cs"), Program);
        var onnx = DotnetCli.Run(_project, packed.UserEnvironment, "add", "package", "Microsoft.ML.OnnxRuntime.Managed", "--version", "1.31.1");
        Assert.That(onnx.ExitCode, Is.Zero, onnx.Output);

        var commands = Block(section, "bash", 1).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(commands, Is.EqualTo(new[] { "dotnet add package GreenAnalyzers --version " + packed.Version, "dotnet build" }),
            "the README installs the version Directory.Build.props builds");
        foreach (var command in commands)
        {
            var result = DotnetCli.Run(_project, packed.UserEnvironment, command.Split(' ')[1..]);
            Assert.That(result.ExitCode, Is.Zero, command + "\n" + result.Output);
            _build = result;
        }
    }

    [Test]
    public void TheBuildShowsTheFinding()
    {
        Assert.That(_build.Output, Does.Match(@"Program\.cs\(5,25\): warning GA4002: InferenceSession is created on every iteration of this loop"));
        Assert.That(ReadmeSection(), Does.Contain("warning GA4002: InferenceSession is created on every iteration of this loop"), "the README quotes it");
        Assert.That(Path.Combine(PackedPackages.Get.Packages, "greenanalyzers", PackedPackages.Get.Version), Does.Exist,
            "restored into the run's packages folder, not the user's global one");
    }

    /// <summary>docs/usage.md: a misspelled key is a compiler warning, so TreatWarningsAsErrors fails the build on it; an
    /// unknown GreenAnalyzersMode is an MSBuild warning, which TreatWarningsAsErrors leaves a warning (-warnaserror does not).</summary>
    [Test]
    public void AMisspelledOptionUnderTreatWarningsAsErrors()
    {
        var copy = CopyOfTheProject("Misspelled");
        File.WriteAllText(Path.Combine(copy, ".editorconfig"), "root = true\n[*.cs]\ngreen_analyzers.max_model_teir = medium\ndotnet_diagnostic.GA4002.severity = none\n");
        var env = PackedPackages.Get.UserEnvironment;

        var asErrors = DotnetCli.Run(copy, env, "build", "-p:TreatWarningsAsErrors=true", "-p:GreenAnalyzersMode=relaxed", "-nodeReuse:false");
        var warnAsError = DotnetCli.Run(copy, env, "build", "--no-incremental", "-warnaserror", "-p:GreenAnalyzersMode=relaxed", "-nodeReuse:false");

        Assert.Multiple(() =>
        {
            Assert.That(asErrors.ExitCode, Is.Not.Zero, asErrors.Output);
            Assert.That(asErrors.Output, Does.Contain("error GA9001: GreenAnalyzers option 'green_analyzers.max_model_teir' = 'medium': unknown key; did you mean 'green_analyzers.max_model_tier'?"));
            Assert.That(asErrors.Output, Does.Contain("warning GA9001: GreenAnalyzersMode 'relaxed' is not one of"));
            Assert.That(warnAsError.ExitCode, Is.Not.Zero, warnAsError.Output);
            Assert.That(warnAsError.Output, Does.Contain("error GA9001: GreenAnalyzersMode 'relaxed' is not one of"));
        });
    }

    /// <summary>docs/ci.md: with a declaration-level error (here a missing package's type in a field) the compiler runs no
    /// analyzer, so the build shows its error and no GA finding, although the loop in Program.cs is still there.</summary>
    [Test]
    public void ADeclarationErrorSilencesEveryAnalyzer()
    {
        var copy = CopyOfTheProject("DeclarationError");
        File.WriteAllText(Path.Combine(copy, "Broken.cs"), "sealed class Broken { private Amazon.BedrockRuntime.AmazonBedrockRuntimeClient? _client; }\n");

        var build = DotnetCli.Run(copy, PackedPackages.Get.UserEnvironment, "build", "-nodeReuse:false");

        Assert.That(build.ExitCode, Is.Not.Zero, build.Output);
        Assert.That(build.Output, Does.Contain("error CS0246"));
        Assert.That(Regex.IsMatch(build.Output, @"\bGA\d{4}\b"), Is.False, build.Output);
    }

    private string CopyOfTheProject(string name)
    {
        var copy = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(_project)!, name)).FullName;
        foreach (var file in new[] { "MyService.csproj", "Program.cs", "nuget.config" })
        {
            File.Copy(Path.Combine(_project, file), Path.Combine(copy, file), overwrite: true);
        }

        return copy;
    }

    private static string ReadmeSection()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("## Use it in your project\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "README.md has a 'Use it in your project' section");
        var end = readme.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return readme[start..end];
    }

    /// <summary>The text of the section's <paramref name="index"/>th fenced block in <paramref name="language"/>.</summary>
    private static string Block(string section, string language, int index = 0)
    {
        var blocks = Regex.Matches(section, "```" + language + "\n(.*?)```", RegexOptions.Singleline);
        Assert.That(blocks, Has.Count.GreaterThan(index), $"a ```{language} block #{index + 1} in the README section");
        return blocks[index].Groups[1].Value;
    }
}
