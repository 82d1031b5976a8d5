using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace GreenAnalyzers.Cli.Loading;

/// <summary>Opens the target in an <see cref="MSBuildWorkspace"/>. Only call after <see cref="MsBuildHost.Register"/>.</summary>
internal static class WorkspaceLoader
{
    public static async Task<LoadedWorkspace> LoadAsync(Target target, Consoles consoles, CancellationToken cancellationToken)
    {
        var workspace = MSBuildWorkspace.Create();
        try
        {
            var failures = new List<string>();
            using var handler = workspace.RegisterWorkspaceFailedHandler(e =>
            {
                if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
                {
                    lock (failures)
                    {
                        failures.Add(e.Diagnostic.Message);
                    }
                }
            });
            var progress = new LoadProgress(consoles, target);

            foreach (var file in target.Files)
            {
                consoles.Progress($"Loading {target.Relative(file)} ...");
                if (target.Solution is not null)
                {
                    await workspace.OpenSolutionAsync(file, progress, cancellationToken);
                }
                else if (!workspace.CurrentSolution.Projects.Any(p => SamePath(p.FilePath, file)))
                {
                    await workspace.OpenProjectAsync(file, progress, cancellationToken);
                }
            }

            // A project that did not load would be silently missing from the report: stop. Other failures (a project of a
            // language Roslyn does not analyze, say) are worth a warning only.
            foreach (var failure in failures.Distinct())
            {
                if (failure.Contains(".csproj", StringComparison.OrdinalIgnoreCase))
                {
                    throw new CliException("could not load a project: " + failure.Replace(target.Root + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal));
                }

                consoles.Warning(failure);
            }

            var projects = workspace.CurrentSolution.Projects
                .Where(p => p.Language == LanguageNames.CSharp && (target.Solution is not null || target.Projects.Any(file => SamePath(p.FilePath, file))))
                .Select(p => p.Id)
                .ToList();
            if (projects.Count == 0)
            {
                throw new CliException($"no C# project could be loaded from {string.Join(", ", target.Files.Select(target.Relative))}.");
            }

            return new LoadedWorkspace(workspace, target, projects);
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    private static bool SamePath(string? a, string b)
        => a is not null && string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

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

/// <summary>The workspace with the projects to analyze (not the projects they merely reference).</summary>
internal sealed class LoadedWorkspace(MSBuildWorkspace workspace, Target target, IReadOnlyList<ProjectId> projects) : IDisposable
{
    public MSBuildWorkspace Workspace { get; } = workspace;

    public Target Target { get; } = target;

    public IReadOnlyList<ProjectId> Projects { get; } = projects;

    public Solution Solution => Workspace.CurrentSolution;

    public void Dispose() => Workspace.Dispose();
}
