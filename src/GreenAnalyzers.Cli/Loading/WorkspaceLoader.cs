using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace GreenAnalyzers.Cli.Loading;

/// <summary>
/// Opens the target in an <see cref="MSBuildWorkspace"/> and decides, project by project, what can be analyzed. Only call
/// after <see cref="MsBuildHost.Register"/>. The workspace reports every MSBuild message, warning or error, as a
/// "failure" naming the project, so messages do not decide: a project that loaded with its documents is analyzed (its
/// MSBuild warnings become one line), one that loaded empty, failed to restore, or has restore errors in its assets file
/// is a <see cref="ProjectFailure"/>, and the others still go on.
/// </summary>
internal static partial class WorkspaceLoader
{
    /// <summary><paramref name="asOf"/>, when given, is passed as the MSBuild property the package's targets hand to the
    /// analyzers (<c>GreenAnalyzersAsOf</c>), over the project's own pin; otherwise the project's (today's) date applies.</summary>
    public static async Task<LoadedWorkspace> LoadAsync(
        Target target, Consoles consoles, IReadOnlyDictionary<string, string> restoreFailures, string? asOf, CancellationToken cancellationToken)
    {
        var workspace = asOf is null
            ? MSBuildWorkspace.Create()
            : MSBuildWorkspace.Create(new Dictionary<string, string> { ["GreenAnalyzersAsOf"] = asOf });
        try
        {
            var messages = new List<string>();
            using var handler = workspace.RegisterWorkspaceFailedHandler(e =>
            {
                lock (messages)
                {
                    messages.Add(e.Diagnostic.Message);
                }
            });
            var progress = new LoadProgress(consoles, target);
            var failures = new List<ProjectFailure>();

            foreach (var file in target.Files)
            {
                consoles.Progress($"Loading {target.Show(file)} ...");
                try
                {
                    if (target.Solution is not null)
                    {
                        await workspace.OpenSolutionAsync(file, progress, cancellationToken);
                    }
                    else if (!workspace.CurrentSolution.Projects.Any(p => SamePath(p.FilePath, file)))
                    {
                        await workspace.OpenProjectAsync(file, progress, cancellationToken);
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException && target.Solution is null)
                {
                    failures.Add(new ProjectFailure(target.Show(file), "could not load: " + OneLine(exception.Message, target)));
                }
            }

            var byProject = messages.Select(m => Attribute(m, target)).ToList();
            var projects = new List<ProjectId>();
            foreach (var group in Requested(workspace.CurrentSolution, target).GroupBy(p => p.FilePath!, Restorer.PathComparer))
            {
                var name = target.Show(group.Key);
                var own = byProject.Where(m => m.Project is not null && Restorer.PathComparer.Equals(m.Project, group.Key)).Select(m => m.Message).Distinct().ToList();
                if (Failure(group.Key, group.ToList(), own, restoreFailures) is { } reason)
                {
                    failures.Add(new ProjectFailure(name, reason));
                    continue;
                }

                if (own.Count > 0)
                {
                    consoles.Warning($"{name}: {own.Count} MSBuild message{(own.Count == 1 ? string.Empty : "s")} while loading (first: {own[0]}); analyzed anyway.");
                }

                projects.AddRange(group.Select(p => p.Id));
            }

            // A message that names no project of the target (a referenced project, the solution file) is worth a warning.
            foreach (var message in byProject.Where(m => m.Project is null || !Requested(workspace.CurrentSolution, target).Any(p => SamePath(p.FilePath, m.Project))).Select(m => m.Message).Distinct())
            {
                consoles.Warning(message);
            }

            foreach (var failure in failures)
            {
                consoles.Fail(failure.ToString());
            }

            if (projects.Count == 0 && failures.Count == 0)
            {
                throw new CliException($"no C# project could be loaded from {string.Join(", ", target.Files.Select(target.Show))}.");
            }

            return new LoadedWorkspace(workspace, target, projects, failures);
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    /// <summary>Why a project cannot be analyzed, or null when it can.</summary>
    private static string? Failure(string path, List<Project> loaded, List<string> messages, IReadOnlyDictionary<string, string> restoreFailures)
    {
        if (restoreFailures.TryGetValue(path, out var restore))
        {
            return restore;
        }

        if (AssetsFile.FirstError(path) is { } assets)
        {
            return "restore failed: " + assets;
        }

        if (messages.FirstOrDefault(m => m.Contains("project.assets.json", StringComparison.Ordinal)) is { } assetsMissing)
        {
            return "not restored (run dotnet restore, or leave out --no-restore): " + assetsMissing;
        }

        // The workspace adds a project that MSBuild could not evaluate as an empty shell.
        if (loaded.All(p => !p.Documents.Any()))
        {
            return "could not load: " + (messages.Count > 0 ? messages[0] : "MSBuild gave it no source files");
        }

        // Never restored: the design-time build says nothing, but not even the framework is referenced, and every type
        // the rules look for would be unknown.
        return loaded.Any(p => !p.MetadataReferences.Any())
            ? "not restored: it references no assembly, not even the framework (run dotnet restore, or leave out --no-restore)"
            : null;
    }

    /// <summary>The C# projects the target names: a solution's projects (and the projects they load), or the project
    /// files given (not their references).</summary>
    private static IEnumerable<Project> Requested(Solution solution, Target target)
        => solution.Projects.Where(p => p.FilePath is not null && p.Language == LanguageNames.CSharp
            && (target.Solution is not null || target.Projects.Any(file => SamePath(p.FilePath, file))));

    /// <summary>"Msbuild failed when processing the file '/x/A.csproj' with message: …" → (the project, the message).</summary>
    private static (string? Project, string Message) Attribute(string message, Target target)
    {
        var match = MsBuildMessage().Match(message);
        return match.Success
            ? (Path.GetFullPath(match.Groups["path"].Value), OneLine(match.Groups["message"].Value, target))
            : (null, OneLine(message, target));
    }

    private static string OneLine(string message, Target target)
        => message.Split('\n', 2)[0].Trim().Replace(target.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

    [GeneratedRegex("'(?<path>[^']+)' with message: (?<message>.*)", RegexOptions.Singleline)]
    private static partial Regex MsBuildMessage();

    private static bool SamePath(string? a, string b)
        => a is not null && Restorer.PathComparer.Equals(Path.GetFullPath(a), Path.GetFullPath(b));

    /// <summary>One line per project loaded: the progress a large solution needs.</summary>
    private sealed class LoadProgress(Consoles consoles, Target target) : IProgress<ProjectLoadProgress>
    {
        public void Report(ProjectLoadProgress value)
        {
            if (value.Operation == ProjectLoadOperation.Resolve)
            {
                var framework = value.TargetFramework is null ? string.Empty : $" ({value.TargetFramework})";
                consoles.Progress($"  loaded {target.Show(value.FilePath)}{framework}");
            }
        }
    }
}

/// <summary>The workspace with the projects to analyze (not the projects they merely reference), and those of the target
/// that could not be analyzed.</summary>
internal sealed class LoadedWorkspace(MSBuildWorkspace workspace, Target target, IReadOnlyList<ProjectId> projects, IReadOnlyList<ProjectFailure> failures) : IDisposable
{
    public MSBuildWorkspace Workspace { get; } = workspace;

    public Target Target { get; } = target;

    public IReadOnlyList<ProjectId> Projects { get; } = projects;

    public IReadOnlyList<ProjectFailure> Failures { get; } = failures;

    public Solution Solution => Workspace.CurrentSolution;

    public void Dispose() => Workspace.Dispose();
}
