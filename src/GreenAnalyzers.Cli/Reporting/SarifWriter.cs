using GreenAnalyzers.Cli.Analysis;

namespace GreenAnalyzers.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 (OASIS), for code-scanning uploads: <c>tool.driver.rules</c> with <c>helpUri</c>, one result per finding
/// with <c>ruleId</c>/<c>ruleIndex</c>, <c>level</c>, <c>message</c>, a location relative to <c>%SRCROOT%</c>,
/// <c>partialFingerprints</c> (the baseline fingerprint), <c>baselineState</c> when a baseline was given, and the
/// catalog figures in <c>properties</c>. The shape is <see cref="SarifLog"/>; tests validate it against the 2.1.0 JSON schema.
/// </summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string RootId = "%SRCROOT%";
    public const string FingerprintKey = "greenAnalyzers/v1";

    public static void Write(Report report, TextWriter writer) => JsonOutput.Write(writer, Log(report), ReportJsonContext.Default.SarifLog);

    public static SarifLog Log(Report report) => new(
        SchemaUri,
        "2.1.0",
        [
            new SarifRun(
                new SarifTool(new SarifDriver(
                    "GreenAnalyzers",
                    Report.ToolVersion,
                    Report.ToolVersion,
                    "https://github.com/greenanalyzers/GreenAnalyzers",
                    [.. report.Rules.Select(Rule)])),
                [Invocation(report)],
                new Dictionary<string, SarifArtifactLocation>(StringComparer.Ordinal) { [RootId] = new(report.RootUri) },
                [.. report.Findings.Select(finding => Result(finding, report))],
                "utf16CodeUnits"),
        ]);

    private static SarifRule Rule(RuleInfo rule) => new(
        rule.Id,
        new SarifMessage(rule.Title),
        rule.Description.Length > 0 ? new SarifMessage(rule.Description) : null,
        rule.HelpUri.Length > 0 ? rule.HelpUri : null,
        new SarifConfiguration(rule.DefaultSeverity.SarifLevel()),
        new SarifRuleProperties(rule.Category));

    /// <summary>Whether the run covered the whole target: a project not analyzed is a tool execution notification.</summary>
    private static SarifInvocation Invocation(Report report) => new(
        !report.Partial,
        report.Partial ? [.. report.NotAnalyzed!.Select(failure => new SarifNotification("error", new SarifMessage($"not analyzed: {failure}")))] : null);

    private static SarifResult Result(Finding finding, Report report)
    {
        var index = report.Rules.IndexOf(report.Rule(finding.RuleId)!);
        var uri = Uri.EscapeDataString(finding.Path).Replace("%2F", "/", StringComparison.Ordinal);
        return new SarifResult(
            finding.RuleId,
            index >= 0 ? index : null,
            finding.Severity.SarifLevel(),
            new SarifMessage(finding.Message),
            [
                new SarifLocation(new SarifPhysicalLocation(
                    new SarifArtifactLocation(uri, RootId),
                    finding.Line > 0 ? new SarifRegion(finding.Line, finding.Column, finding.EndLine, finding.EndColumn) : null)),
            ],
            new Dictionary<string, string>(StringComparer.Ordinal) { [FingerprintKey] = finding.Fingerprint },
            report.HasBaseline ? BaselineState(finding) : null,
            finding.Properties);
    }

    /// <summary>SARIF's and the JSON report's word for a finding the baseline accepts, or not.</summary>
    public static string BaselineState(Finding finding) => finding.Baselined ? "unchanged" : "new";
}
