namespace GreenAnalyzers.Tests.Infrastructure;

/// <summary>
/// What every rule test runs with unless it says otherwise, so results do not move when the embedded catalog is
/// regenerated: the analysis date, pinned as a build would pin it (<c>&lt;GreenAnalyzersAsOf&gt;</c>), and a catalog
/// overlay (<c>green-catalog.json</c>) stating how the models the tests name are invoked. These invocation facts are
/// test fixtures shaped like AWS's (Claude 4.x profile-only, Nova in-Region), not a copy of the catalog.
/// </summary>
internal static class TestCatalog
{
    public const string AsOf = "2026-12-01";

    public const string AsOfOption = "build_property.GreenAnalyzersAsOf = " + AsOf;

    public const string OverlayPath = "/green-catalog.json";

    public static Microsoft.CodeAnalysis.AdditionalText OverlayText { get; } = new AnalyzerRunner.InMemoryText(OverlayPath, Overlay);

    public const string Overlay = """
        {
          // test fixture: invocation facts for the models the rule tests name
          "models": [
            { "id": "anthropic.claude-sonnet-5-5", "invocation": "profile-only", "geo_profiles": ["us", "eu", "apac", "us-gov", "global"] },
            { "id": "anthropic.claude-haiku-5-5", "invocation": "profile-only", "geo_profiles": ["us", "eu", "jp", "au", "global"] },
            { "id": "anthropic.claude-sonnet-4-6", "invocation": "profile-only", "geo_profiles": ["us", "eu", "apac", "us-gov", "global"] },
            { "id": "anthropic.claude-opus-4-7", "invocation": "profile-only", "geo_profiles": ["us", "eu", "global"] },
            { "id": "anthropic.claude-opus-4-6-v1", "invocation": "profile-only", "geo_profiles": ["us", "eu", "apac", "global"] },
            { "id": "anthropic.claude-sonnet-4-5-20250929-v1:0", "invocation": "profile-only", "geo_profiles": ["us", "eu", "apac", "global"] },
            { "id": "anthropic.claude-haiku-4-5-20251001-v1:0", "invocation": "profile-only", "geo_profiles": ["us", "eu", "apac", "jp", "au", "global"] },
            { "id": "amazon.nova-micro-v1:0", "invocation": "in-region", "geo_profiles": ["us", "eu", "apac"] },
            { "id": "amazon.nova-lite-v1:0", "invocation": "in-region", "geo_profiles": ["us", "eu", "apac"] },
            { "id": "amazon.nova-pro-v1:0", "invocation": "in-region", "geo_profiles": ["us", "eu", "apac"] },
            { "id": "meta.llama3-1-70b-instruct-v1:0", "invocation": "in-region", "geo_profiles": ["us"] },
            { "id": "meta.llama3-1-8b-instruct-v1:0", "invocation": "in-region", "geo_profiles": ["us"] },
            { "id": "meta.llama4-scout-17b-instruct-v1:0", "invocation": "profile-only", "geo_profiles": ["us"] },
            { "id": "mistral.ministral-3-14b-instruct", "invocation": "in-region", "geo_profiles": ["us"] },
            { "id": "deepseek.v3-v1:0", "invocation": "in-region" },
          ],
        }
        """;
}
