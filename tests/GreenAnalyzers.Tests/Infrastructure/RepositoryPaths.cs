namespace GreenAnalyzers.Tests.Infrastructure;

/// <summary>Locates files of this repository from the test binaries (tests that check docs, packaging and samples).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GreenAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("GreenAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
