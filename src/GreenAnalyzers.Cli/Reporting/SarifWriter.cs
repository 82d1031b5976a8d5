using System.Text.Json;
using GreenAnalyzers.Cli.Analysis;

namespace GreenAnalyzers.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 (OASIS), for code-scanning uploads: <c>tool.driver.rules</c> with <c>helpUri</c>, one result per finding
/// with <c>ruleId</c>/<c>ruleIndex</c>, <c>level</c>, <c>message</c>, a location relative to <c>%SRCROOT%</c>,
/// <c>partialFingerprints</c> (the baseline fingerprint), <c>baselineState</c> when a baseline was given, and the
/// catalog figures in <c>properties</c>. Tests validate it against the 2.1.0 JSON schema.
/// </summary>
internal static class SarifWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string RootId = "%SRCROOT%";
    public const string FingerprintKey = "greenAnalyzers/v1";

    public static void Write(Report report, TextWriter writer) => JsonOutput.Write(writer, json =>
    {
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json, report);
        WriteInvocation(json, report);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(RootId);
        json.WriteString("uri", report.RootUri);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var finding in report.Findings)
        {
            WriteResult(json, finding, report);
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void WriteTool(Utf8JsonWriter json, Report report)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "GreenAnalyzers");
        json.WriteString("version", Report.ToolVersion);
        json.WriteString("semanticVersion", Report.ToolVersion);
        json.WriteString("informationUri", "https://github.com/greenanalyzers/GreenAnalyzers");
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            if (rule.Description.Length > 0)
            {
                json.WriteStartObject("fullDescription");
                json.WriteString("text", rule.Description);
                json.WriteEndObject();
            }

            if (rule.HelpUri.Length > 0)
            {
                json.WriteString("helpUri", rule.HelpUri);
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", rule.DefaultSeverity.SarifLevel());
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Whether the run covered the whole target: a project not analyzed is a tool execution notification.</summary>
    private static void WriteInvocation(Utf8JsonWriter json, Report report)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !report.Partial);
        if (report.Partial)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var failure in report.NotAnalyzed!)
            {
                json.WriteStartObject();
                json.WriteString("level", "error");
                json.WriteStartObject("message");
                json.WriteString("text", $"not analyzed: {failure}");
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, Report report)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        var index = report.Rules.IndexOf(report.Rule(finding.RuleId)!);
        if (index >= 0)
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", finding.Severity.SarifLevel());
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri.EscapeDataString(finding.Path).Replace("%2F", "/", StringComparison.Ordinal));
        json.WriteString("uriBaseId", RootId);
        json.WriteEndObject();
        if (finding.Line > 0)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Line);
            json.WriteNumber("startColumn", finding.Column);
            json.WriteNumber("endLine", finding.EndLine);
            json.WriteNumber("endColumn", finding.EndColumn);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintKey, finding.Fingerprint);
        json.WriteEndObject();
        if (report.HasBaseline)
        {
            json.WriteString("baselineState", finding.Baselined ? "unchanged" : "new");
        }

        json.WriteProperties("properties", finding.Properties);
        json.WriteEndObject();
    }
}
