using GreenAnalyzers.Cli.Analysis;

namespace GreenAnalyzers.Cli.Tests.Unit;

/// <summary>Bad input gives one line on stderr and exit code 2, before any project is loaded.</summary>
public sealed class CommandLineTests
{
    [TestCase(new[] { "analyze", "--colour" }, "Unknown option 'colour'")]
    [TestCase(new[] { "analyze", "--format", "html" }, "'html' is not a format: table, markdown, sarif, json.")]
    [TestCase(new[] { "analyze", "--fail-on", "sometimes" }, "'sometimes' is not a severity: none, info, warning, error.")]
    [TestCase(new[] { "analyze", "--update-baseline" }, "--update-baseline needs --baseline <FILE>")]
    [TestCase(new[] { "analyse" }, "Unknown command 'analyse'")]
    [TestCase(new[] { "analyze", "--as-of", "tomorrow" }, "--as-of 'tomorrow' is not a date in the form yyyy-MM-dd.")]
    [TestCase(new[] { "fix", "--as-of", "2026-13-01" }, "--as-of '2026-13-01' is not a date in the form yyyy-MM-dd.")]
    [TestCase(new[] { "analyze", "/no/such/folder" }, "'/no/such/folder' does not exist.")]
    [TestCase(new[] { "fix", "--diagnostics", "GA2001" }, "no code fix for GA2001; fixable rules: GA1001, GA1002")]
    [TestCase(new[] { "fix", "--diagnostics", "GA9999,GA1001" }, "unknown rule GA9999; fixable rules: GA1001, GA1002")]
    [TestCase(new[] { "fix", "-d", "ga1001", "-d", "nonsense" }, "unknown rule NONSENSE; fixable rules:")]
    public async Task BadInputIsOneLineAndExitCode2(string[] args, string expected)
    {
        var result = await Green.RunAsync(args);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Error, Does.StartWith("error: ").And.Contain(expected), result.ToString());
            Assert.That(result.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), result.ToString());
            Assert.That(result.Error, Does.Not.Contain("   at "), "no stack trace");
        });
    }

    [Test]
    public async Task AnEmptyFolderIsOneLineAndExitCode2()
    {
        var folder = Directory.CreateTempSubdirectory("green-empty-").FullName;
        try
        {
            var result = await Green.RunAsync("analyze", folder);

            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Error.Trim(), Is.EqualTo($"error: '{folder}' holds no .sln, .slnx or .csproj file."));
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    [TestCase("--format", "MARKDOWN")]
    [TestCase("--fail-on", "Warning")]
    public async Task OptionValuesIgnoreCase(string option, string value)
    {
        var result = await Green.RunAsync("analyze", "/no/such/folder", option, value);

        Assert.That(result.Error.Trim(), Is.EqualTo("error: '/no/such/folder' does not exist."), "the value was accepted; the path is what fails");
    }

    [Test]
    public async Task VersionIsTheToolVersion()
    {
        var result = await Green.RunAsync("--version");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output.Trim(), Is.EqualTo(GreenAnalyzers.Cli.Reporting.Report.ToolVersion).And.Match(@"^\d+\.\d+\.\d+"));
    }

    [Test]
    public async Task HelpSpellsDefaultsInLowerCase()
    {
        var result = await Green.RunAsync("analyze", "--help");

        Assert.That(result.Output, Does.Match(@"--format <FORMAT>\s+table\s").And.Match(@"--fail-on <SEVERITY>\s+error\s"), result.ToString());
    }

    [Test]
    public async Task HelpListsBothCommands()
    {
        var result = await Green.RunAsync("--help");

        Assert.That(result.ExitCode, Is.Zero, result.ToString());
        Assert.That(result.Output, Does.Contain("analyze").And.Contain("fix").And.Contain("green"));
    }

    [TestCase("none", "error", false)]
    [TestCase("info", "info", true)]
    [TestCase("warning", "info", false)]
    [TestCase("warning", "warning", true)]
    [TestCase("warning", "error", true)]
    [TestCase("error", "warning", false)]
    [TestCase("error", "error", true)]
    public void FailOnIsAThreshold(string failOn, string severity, bool fails)
        => Assert.That(Enum.Parse<FailOn>(failOn, ignoreCase: true).Fails(Enum.Parse<Severity>(severity, ignoreCase: true)), Is.EqualTo(fails));
}
