using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace GreenAnalyzers.Tests.EndToEnd;

/// <summary>
/// docs/ci.md's pipelines work as written: every YAML block parses, the GitHub workflow that uploads SARIF has the
/// permission to, and every <c>dotnet</c> and <c>green</c> command they run exists with the options it uses. Commands
/// and options come from the tools themselves (<c>--help</c> of the SDK and of the green tool built from this
/// repository), so an option the tool gains or loses is seen without editing this test.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
public sealed class CiRecipesTests
{
    /// <summary>SDK commands that hand unknown switches to MSBuild (-p:Name=Value, -warnaserror, -bl).</summary>
    private static readonly string[] MSBuildCommands = { "build", "test", "pack", "publish", "restore", "clean", "run" };

    private readonly Dictionary<string, string> _help = new(StringComparer.Ordinal);
    private List<YamlMappingNode> _pipelines = null!;

    [OneTimeSetUp]
    public void ParseTheYaml()
    {
        var doc = File.ReadAllText(RepositoryPaths.Combine("docs", "ci.md")).ReplaceLineEndings("\n");
        _pipelines = new List<YamlMappingNode>();
        foreach (Match block in Regex.Matches(doc, "```yaml\n(.*?)```", RegexOptions.Singleline))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(block.Groups[1].Value)); // throws on invalid YAML
            Assert.That(stream.Documents.Single().RootNode, Is.InstanceOf<YamlMappingNode>(), block.Groups[1].Value);
            _pipelines.Add((YamlMappingNode)stream.Documents.Single().RootNode);
        }
    }

    [Test]
    public void TheRecipesAreThere()
    {
        var github = _pipelines.Where(p => p.Children.ContainsKey("jobs")).ToList();
        var azure = _pipelines.Where(p => p.Children.ContainsKey("steps") && p.Children.ContainsKey("pool")).ToList();
        Assert.That(github, Is.Not.Empty, "a GitHub Actions workflow");
        Assert.That(azure, Is.Not.Empty, "an Azure DevOps pipeline");
        var scripts = _pipelines.SelectMany(Scripts).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(scripts, Has.Some.Contains("--format sarif"));
            Assert.That(scripts, Has.Some.Contains("--format markdown").And.Some.Contains("--baseline"));
            Assert.That(scripts, Has.Some.Contains("GITHUB_STEP_SUMMARY"), "a Markdown summary on the pull request");
            Assert.That(scripts, Has.Some.Contains("##vso[task.uploadsummary]"));
        });
    }

    [Test]
    public void AWorkflowThatUploadsSarifMayWriteSecurityEvents()
    {
        foreach (var workflow in _pipelines.Where(p => p.Children.ContainsKey("jobs")))
        {
            var uploads = workflow.AllNodes.OfType<YamlMappingNode>()
                .Where(step => step.Children.TryGetValue("uses", out var uses) && uses.ToString().StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal))
                .ToList();
            Assert.That(uploads, Is.Not.Empty, "each workflow uploads SARIF to code scanning");
            var permissions = (YamlMappingNode)workflow["permissions"];
            Assert.That(permissions["security-events"].ToString(), Is.EqualTo("write"));
            foreach (var upload in uploads)
            {
                Assert.That(((YamlMappingNode)upload["with"]).Children.ContainsKey("sarif_file"), Is.True);
            }
        }
    }

    [Test]
    public void EveryCommandExistsWithItsOptions()
    {
        var checkedCommands = new List<string>();
        foreach (var line in _pipelines.SelectMany(Scripts).SelectMany(CommandLines))
        {
            var tokens = Tokens(line);
            if (tokens.Count == 0 || tokens[0] is not ("dotnet" or "green"))
            {
                continue;
            }

            var (command, help, msbuild) = tokens[0] == "green" ? Green(tokens) : Dotnet(tokens);
            foreach (var option in tokens.Where(t => t.StartsWith('-')).Select(t => t.Split(':', '=')[0]))
            {
                Assert.That(Mentions(help, option) || (msbuild && Mentions(Help("dotnet", "msbuild", "-help"), option, ignoreCase: true)), Is.True,
                    $"'{line}': '{command}' has no option {option}");
            }

            checkedCommands.Add(line);
        }

        Assert.That(checkedCommands.Where(c => c.StartsWith("green ", StringComparison.Ordinal)), Is.Not.Empty);
        Assert.That(checkedCommands.Where(c => c.StartsWith("dotnet ", StringComparison.Ordinal)), Is.Not.Empty);
    }

    /// <summary>green &lt;command&gt;: the commands <c>green --help</c> lists; its options and the global ones.</summary>
    private (string Command, string Help, bool MSBuild) Green(List<string> tokens)
    {
        var commands = Section(Help(GreenDll(), "--help"), "COMMANDS:");
        Assert.That(tokens.Count > 1 && Regex.IsMatch(commands, @"^\s+" + Regex.Escape(tokens[1]) + @"\s", RegexOptions.Multiline), Is.True,
            $"green has no command '{(tokens.Count > 1 ? tokens[1] : "")}':\n{commands}");
        return ("green " + tokens[1], Help(GreenDll(), tokens[1], "--help") + Section(Help(GreenDll(), "--help"), "OPTIONS:"), false);
    }

    /// <summary>dotnet &lt;command&gt; [&lt;subcommand&gt;…]: a word is a subcommand when the help of what precedes it lists it.</summary>
    private (string Command, string Help, bool MSBuild) Dotnet(List<string> tokens)
    {
        var chain = new List<string> { tokens[1] };
        var help = Help(new[] { "dotnet" }.Concat(chain).Append("--help").ToArray());
        Assert.That(help, Does.Contain("Usage:"), "dotnet has no command " + tokens[1]);
        foreach (var word in tokens.Skip(2).TakeWhile(t => !t.StartsWith('-')))
        {
            if (!Regex.IsMatch(Section(help, "Commands:"), @"^\s+(\w+, )?" + Regex.Escape(word) + @"\b", RegexOptions.Multiline))
            {
                break;
            }

            chain.Add(word);
            help = Help(new[] { "dotnet" }.Concat(chain).Append("--help").ToArray());
        }

        return ("dotnet " + string.Join(' ', chain), help, MSBuildCommands.Contains(chain[0]));
    }

    private string Help(params string[] command)
    {
        var key = string.Join(' ', command);
        if (!_help.TryGetValue(key, out var text))
        {
            var result = command[0] == "dotnet"
                ? DotnetCli.Run(RepositoryPaths.Root, null, command[1..])
                : DotnetCli.Run(RepositoryPaths.Root, null, new[] { command[0] }.Concat(command[1..]).ToArray());
            text = _help[key] = result.Output;
        }

        return text;
    }

    /// <summary>The green tool as built from this repository (built here when the solution's build has not).</summary>
    private static string GreenDll()
    {
        var dll = RepositoryPaths.Combine("src", "GreenAnalyzers.Cli", "bin", PackedPackages.Configuration, "net10.0", "green.dll");
        if (!File.Exists(dll))
        {
            var build = DotnetCli.Run(RepositoryPaths.Root, null, "build", RepositoryPaths.Combine("src", "GreenAnalyzers.Cli"), "-c", PackedPackages.Configuration, "-nodeReuse:false");
            Assert.That(build.ExitCode, Is.Zero, build.Output);
        }

        return dll;
    }

    private static bool Mentions(string help, string option, bool ignoreCase = false)
        => Regex.IsMatch(help, @"(?<![\w-])" + Regex.Escape(option) + @"(?![\w-])", ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);

    /// <summary>From a heading ("OPTIONS:", "Commands:") to the next heading or the end.</summary>
    private static string Section(string help, string heading)
    {
        var start = help.IndexOf("\n" + heading, StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        var next = Regex.Match(help[(start + heading.Length + 1)..], @"\n[A-Za-z][A-Za-z ]*:\s*\n");
        return next.Success ? help.Substring(start, heading.Length + 1 + next.Index) : help[start..];
    }

    /// <summary>The shell text of every step: GitHub's <c>run</c>, Azure's <c>script</c>.</summary>
    private static IEnumerable<string> Scripts(YamlMappingNode pipeline)
        => pipeline.AllNodes.OfType<YamlMappingNode>()
            .SelectMany(node => node.Children.Where(c => c.Key.ToString() is "run" or "script").Select(c => c.Value.ToString()));

    /// <summary>Each simple command of a script: continuation lines joined, comments dropped, split at && || ; |.</summary>
    private static IEnumerable<string> CommandLines(string script)
        => script.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .SelectMany(line => Regex.Split(line, @"\s*(?:&&|\|\||;|\|)\s*"))
            .Select(part => part.Trim());

    private static List<string> Tokens(string command)
        => Regex.Matches(command, "\"[^\"]*\"|'[^']*'|\\S+").Select(m => m.Value).ToList();
}
