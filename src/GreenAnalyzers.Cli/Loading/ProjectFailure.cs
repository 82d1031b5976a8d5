namespace GreenAnalyzers.Cli.Loading;

/// <summary>A project of the target that was not analyzed, and why, in one line: "restore failed: NU1101: Unable to find
/// package …", "could not load: …". The others are still analyzed; the run is partial.</summary>
internal sealed record ProjectFailure(string Project, string Reason)
{
    public override string ToString() => $"{Project}: {Reason}";
}
