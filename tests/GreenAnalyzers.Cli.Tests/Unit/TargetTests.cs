using GreenAnalyzers.Cli.Loading;

namespace GreenAnalyzers.Cli.Tests.Unit;

public sealed class TargetTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("green-target-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void AFolderMeansItsSolution()
    {
        Touch("App.sln", "src/App/App.csproj");

        var target = Target.Resolve(_folder);

        Assert.That(target.Files, Is.EqualTo(new[] { Path.Combine(_folder, "App.sln") }));
        Assert.That(target.Root, Is.EqualTo(_folder));
    }

    [Test]
    public void WithoutASolutionAFolderMeansTheProjectsBelowIt()
    {
        Touch("src/B/B.csproj", "src/A/A.csproj", "src/A/bin/Debug/Copy.csproj", ".git/x/Hidden.csproj");

        Assert.That(Target.Resolve(_folder).Files.Select(f => Path.GetRelativePath(_folder, f).Replace('\\', '/')),
            Is.EqualTo(new[] { "src/A/A.csproj", "src/B/B.csproj" }));
    }

    [Test]
    public void AProjectFileIsItsOwnRoot()
    {
        Touch("src/A/A.csproj");

        var target = Target.Resolve(Path.Combine(_folder, "src", "A", "A.csproj"));

        Assert.That(target.Root, Is.EqualTo(Path.Combine(_folder, "src", "A")));
        Assert.That(target.Relative(Path.Combine(_folder, "src", "A", "Sub", "X.cs")), Is.EqualTo("Sub/X.cs"));
        Assert.That(target.RootUri, Does.StartWith("file:///").And.EndWith("/src/A/"));
    }

    [TestCase(new string[0], "holds no .sln, .slnx or .csproj file")]
    [TestCase(new[] { "a.sln", "b.slnx" }, "holds several solutions (a.sln, b.slnx)")]
    [TestCase(new[] { "notes.txt" }, "holds no .sln")]
    public void AFolderWithoutOneClearTargetIsAnError(string[] files, string expected)
    {
        Touch(files);
        Assert.That(() => Target.Resolve(_folder), Throws.TypeOf<CliException>().With.Message.Contains(expected));
    }

    [Test]
    public void AMissingPathOrAnotherFileIsAnError()
    {
        Touch("notes.txt");
        Assert.Multiple(() =>
        {
            Assert.That(() => Target.Resolve(Path.Combine(_folder, "missing")), Throws.TypeOf<CliException>().With.Message.Contains("does not exist"));
            Assert.That(() => Target.Resolve(Path.Combine(_folder, "notes.txt")), Throws.TypeOf<CliException>().With.Message.Contains("is not a .sln, .slnx or .csproj file"));
        });
    }

    [TestCase("src/My Service/", "/home/me/repo", "src/My Service")]
    [TestCase("./App.sln", "/home/me/repo", "App.sln")]
    [TestCase(".", "/home/me/repo", "repo")]
    [TestCase("../other/App.sln", "/home/me/repo", "App.sln")]
    [TestCase("/home/me/repo/src/Été", "/home/me/repo", "src/Été")]
    [TestCase("/opt/builds/Service.slnx", "/home/me/repo", "Service.slnx")]
    public void TheHeadlineShowsThePathAsGivenNeverAnAbsoluteOne(string path, string currentDirectory, string expected)
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix paths");
        }

        Assert.That(Target.Display(path, currentDirectory), Is.EqualTo(expected));
    }

    [Test]
    public void ProgressShowsAProjectOutsideTheRootByItsName()
    {
        var target = new Target(Path.Combine(_folder, "app"), null, []);

        Assert.Multiple(() =>
        {
            Assert.That(target.Show(Path.Combine(_folder, "app", "src", "A.csproj")), Is.EqualTo("src/A.csproj"));
            Assert.That(target.Show(Path.Combine(_folder, "shared", "Stubs", "B.csproj")), Is.EqualTo("B.csproj"));
        });
    }

    [Test]
    public void RestoreErrorsAreShortened()
        => Assert.That(
            Restorer.FirstError("  Determining projects to restore...\n/x/A.csproj : error NU1101: Unable to find package Nope. No packages exist with this id in source(s): nuget.org [/x/A.csproj]\n"),
            Is.EqualTo("error NU1101: Unable to find package Nope. No packages exist with this id in source(s): nuget.org"));

    [Test]
    public void RestoreErrorsNameTheirProject()
    {
        var errors = Restorer.Errors("""
              Determining projects to restore...
            /x/My Sölution/Missing/Missing.csproj : error NU1101: Unable to find package Nope. [/x/My Sölution/App.slnx]
            /x/Bad/Bad.csproj(2,1): error MSB4025: The project file could not be loaded.
            /x/Directory.Build.props(3,5): error MSB4067: The element <Foo> is unrecognized. [/x/A/A.csproj]
            /x/App.sln : error MSB5009: Error parsing the nested project section.
            /x/W/W.csproj : warning NU1603: W depends on X (>= 1.0.0) but X 1.0.0 was not found.
            """).ToList();

        Assert.That(errors, Is.EqualTo(new (string?, string)[]
        {
            ("/x/My Sölution/Missing/Missing.csproj", "NU1101: Unable to find package Nope."),
            ("/x/Bad/Bad.csproj", "MSB4025: The project file could not be loaded."),
            ("/x/A/A.csproj", "MSB4067: The element <Foo> is unrecognized."),
            (null, "MSB5009: Error parsing the nested project section."),
        }), "a warning is not an error; an error in an imported file belongs to the project in brackets");
    }

    private void Touch(params string[] files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(_folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, string.Empty);
        }
    }
}
