namespace GreenAnalyzers.Cli.Loading;

/// <summary>What the user asked to analyze: one solution, or one or more projects. <see cref="Root"/> is the folder
/// that report paths and fingerprints are relative to.</summary>
internal sealed record Target(string Root, string? Solution, IReadOnlyList<string> Projects)
{
    private static readonly string[] SolutionExtensions = [".sln", ".slnx"];
    private static readonly string[] SkippedFolders = ["bin", "obj", "node_modules"];

    /// <summary>The root as an absolute <c>file:</c> URI ending in a slash (SARIF's <c>%SRCROOT%</c>).</summary>
    public string RootUri => new Uri(Path.TrimEndingDirectorySeparator(Root) + Path.DirectorySeparatorChar).AbsoluteUri;

    /// <summary>The files <c>dotnet restore</c> and the workspace open.</summary>
    public IReadOnlyList<string> Files => Solution is null ? Projects : [Solution];

    /// <summary>A .sln/.slnx/.csproj file, or a folder: its one solution, else its projects, else the projects below it.</summary>
    public static Target Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            var directory = Path.GetDirectoryName(full)!;
            return Path.GetExtension(full).ToLowerInvariant() switch
            {
                ".sln" or ".slnx" => new Target(directory, full, []),
                ".csproj" => new Target(directory, null, [full]),
                _ => throw new CliException($"'{path}' is not a .sln, .slnx or .csproj file, nor a folder."),
            };
        }

        if (!Directory.Exists(full))
        {
            throw new CliException($"'{path}' does not exist.");
        }

        var solutions = Directory.EnumerateFiles(full)
            .Where(file => SolutionExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (solutions.Count > 1)
        {
            throw new CliException($"'{path}' holds several solutions ({string.Join(", ", solutions.Select(Path.GetFileName))}); name the one to analyze.");
        }

        if (solutions.Count == 1)
        {
            return new Target(full, solutions[0], []);
        }

        var projects = Directory.EnumerateFiles(full, "*.csproj").ToList();
        if (projects.Count == 0)
        {
            projects = ProjectsBelow(full).ToList();
        }

        return projects.Count == 0
            ? throw new CliException($"'{path}' holds no .sln, .slnx or .csproj file.")
            : new Target(full, null, projects.Order(StringComparer.Ordinal).ToList());
    }

    private static IEnumerable<string> ProjectsBelow(string directory)
    {
        foreach (var child in Directory.EnumerateDirectories(directory))
        {
            var name = Path.GetFileName(child);
            if (name.StartsWith('.') || SkippedFolders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var project in Directory.EnumerateFiles(child, "*.csproj").Concat(ProjectsBelow(child)))
            {
                yield return project;
            }
        }
    }

    /// <summary>What the user named, as report titles show it, never an absolute path of this machine (reports get
    /// pasted and committed): a relative path as typed, with forward slashes; "." as the current folder's name; an
    /// absolute path relative to the current folder when below it, else its last segment.</summary>
    public static string Display(string path) => Display(path, Environment.CurrentDirectory);

    internal static string Display(string path, string currentDirectory)
    {
        var full = Path.GetFullPath(path, currentDirectory);
        var trimmed = Path.TrimEndingDirectorySeparator(path.Replace('\\', '/'));
        if (!Path.IsPathRooted(path) && trimmed is not ("." or "" or "./") && !trimmed.StartsWith("..", StringComparison.Ordinal))
        {
            return trimmed.StartsWith("./", StringComparison.Ordinal) ? trimmed[2..] : trimmed;
        }

        var relative = Path.GetRelativePath(currentDirectory, full);
        return relative != "." && !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)
            ? relative.Replace('\\', '/')
            : Path.GetFileName(Path.TrimEndingDirectorySeparator(full)) is { Length: > 0 } name ? name : full;
    }

    /// <summary>A file as progress lines show it: relative to <see cref="Root"/> when below it, else its file name (a
    /// referenced project elsewhere on the machine).</summary>
    public string Show(string path)
    {
        var relative = Relative(path);
        return relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || Path.IsPathRooted(relative) ? Path.GetFileName(path) : relative;
    }

    /// <summary>A path as reports show it: relative to <see cref="Root"/>, with forward slashes.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
