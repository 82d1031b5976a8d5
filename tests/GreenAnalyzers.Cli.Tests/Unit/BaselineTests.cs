using GreenAnalyzers.Cli.Analysis;
using GreenAnalyzers.Cli.Baselines;

namespace GreenAnalyzers.Cli.Tests.Unit;

public sealed class BaselineTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("green-baseline-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void WrittenFindingsAreAcceptedWhenReadBack()
    {
        var path = Path.Combine(_folder, "nested", "baseline.json");
        Baseline.Write(path, [Finding("a"), Finding("b")]);

        var applied = Baseline.Read(path).Apply([Finding("b"), Finding("c"), Finding("a")]);

        Assert.That(applied.Select(f => (f.Fingerprint, f.Baselined)), Is.EqualTo(new[] { ("b", true), ("c", false), ("a", true) }));
    }

    [Test]
    public void OccurrencesAreCounted()
    {
        var path = Path.Combine(_folder, "baseline.json");
        Baseline.Write(path, [Finding("same"), Finding("same")]);

        var applied = Baseline.Read(path).Apply([Finding("same"), Finding("same"), Finding("same")]);

        Assert.That(applied.Count(f => !f.Baselined), Is.EqualTo(1), "a third copy of an accepted line is new");
        Assert.That(File.ReadAllText(path), Does.Contain("\"count\": 2"));
    }

    [TestCase("{ not json", "is corrupt")]
    [TestCase("[]", "is not a green baseline")]
    [TestCase("{\"version\": 7, \"findings\": []}", "is not a green baseline")]
    [TestCase("{\"version\": 1, \"findings\": [{\"ruleId\": \"GA1001\"}]}", "is corrupt")]
    [TestCase("{\"version\": 1, \"findings\": [{\"fingerprint\": 12}]}", "is corrupt")]
    public void ACorruptFileIsAOneLineError(string content, string expected)
    {
        var path = Path.Combine(_folder, "baseline.json");
        File.WriteAllText(path, content);

        var error = Assert.Throws<CliException>(() => Baseline.Read(path))!;
        Assert.That(error.Message, Does.Contain(expected).And.Not.Contains("\n"));
    }

    [Test]
    public void AMissingFileSaysHowToCreateIt()
        => Assert.That(() => Baseline.Read(Path.Combine(_folder, "none.json")), Throws.TypeOf<CliException>().With.Message.Contains("--update-baseline"));

    private static Finding Finding(string fingerprint) => PriceSummaryTests.Finding("GA1001") with { Fingerprint = fingerprint };
}
