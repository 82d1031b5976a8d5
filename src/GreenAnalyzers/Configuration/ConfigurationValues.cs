namespace GreenAnalyzers.Configuration;

/// <summary>Where a value the code reads from configuration is written: its .NET configuration key and the file.</summary>
internal sealed record ConfigurationOrigin(string Key, string Path)
{
    /// <summary>What a message adds: <c> (configuration 'Bedrock:ModelId' in appsettings.json)</c>.</summary>
    public string Describe() => $" (configuration '{Key}' in {System.IO.Path.GetFileName(Path)})";
}

/// <summary>
/// The values of the project's configuration files (<see cref="ConfigurationFile"/>: <c>appsettings*.json</c> and the
/// files a team names, unless switched off) by .NET configuration key, compared as .NET compares them (ignoring case), so
/// that code reading <c>config["Bedrock:ModelId"]</c> can be judged with the value the file holds. Built on first use, once
/// per analyzer and compilation; the files' parses are shared (<see cref="ConfigurationFile.Scan"/>).
/// </summary>
internal sealed class ConfigurationValues
{
    private readonly Lazy<Dictionary<string, List<(ConfigurationValue Value, Location Location, string Path)>>> _byKey;

    private ConfigurationValues(AnalyzerOptions options, CancellationToken cancellationToken)
        => _byKey = new(() => Index(options, cancellationToken));

    /// <summary>Null when the project shows the analyzers no configuration file at all.</summary>
    public static ConfigurationValues? Create(AnalyzerOptions? options, CancellationToken cancellationToken)
    {
        if (options is null)
        {
            return null;
        }

        foreach (var file in options.AdditionalFiles)
        {
            if (ConfigurationFile.IsConfigurationFile(file, options.AnalyzerConfigOptionsProvider.GetOptions(file)))
            {
                return new ConfigurationValues(options, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>Each distinct value written under <paramref name="key"/> (a base file and an environment's override may
    /// differ: each may be the one that runs), placed where it is written in its file.</summary>
    public ImmutableArray<ResolvedValue> Find(string key)
    {
        if (!_byKey.Value.TryGetValue(key, out var written))
        {
            return ImmutableArray<ResolvedValue>.Empty;
        }

        var values = ImmutableArray.CreateBuilder<ResolvedValue>(written.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, location, path) in written)
        {
            if (seen.Add(value.Text))
            {
                values.Add(new ResolvedValue(value.Text, new ConfigurationOrigin(value.Key, path), location));
            }
        }

        return values.ToImmutable();
    }

    private static Dictionary<string, List<(ConfigurationValue, Location, string)>> Index(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, List<(ConfigurationValue, Location, string)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in options.AdditionalFiles)
        {
            if (!ConfigurationFile.IsConfigurationFile(file, options.AnalyzerConfigOptionsProvider.GetOptions(file))
                || file.GetText(cancellationToken) is not { } text)
            {
                continue;
            }

            foreach (var value in ConfigurationFile.Scan(text, cancellationToken))
            {
                if (!byKey.TryGetValue(value.Key, out var written))
                {
                    byKey[value.Key] = written = new List<(ConfigurationValue, Location, string)>();
                }

                written.Add((value, ConfigurationFile.LocationOf(file, text, value), file.Path));
            }
        }

        return byKey;
    }
}
