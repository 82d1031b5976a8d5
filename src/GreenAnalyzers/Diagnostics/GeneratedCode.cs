namespace GreenAnalyzers.Diagnostics;

internal static class GeneratedCode
{
    /// <summary>
    /// How every analyzer treats generated code. Without <see cref="GeneratedCodeAnalysisFlags.Analyze"/> the compiler never
    /// runs a callback on generated files or on code under <c>[GeneratedCode]</c>, and the rules report only at locations
    /// inside the code their callback was given (or at <c>Location.None</c>). So the compiler's second check, which
    /// decides for each reported diagnostic whether its location is generated (on the first diagnostic in a file it scans
    /// every token of that file), can never remove one of ours, and
    /// <see cref="GeneratedCodeAnalysisFlags.ReportDiagnostics"/> skips it. Measured in docs/performance.md.
    /// </summary>
    public const GeneratedCodeAnalysisFlags Flags = GeneratedCodeAnalysisFlags.ReportDiagnostics;
}
