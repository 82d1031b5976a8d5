namespace GreenAnalyzers.Analyzers;

/// <summary>
/// What every GreenAnalyzers analyzer does first, in one place: run concurrently, and never on generated code
/// (<see cref="GeneratedCode.Flags"/>). A rule registers its own work in <see cref="Register"/>, most of them once per
/// compilation. Roslynator's <c>BaseDiagnosticAnalyzer</c> and Sonar's <c>SonarDiagnosticAnalyzer</c> keep these
/// settings in a base class too (github.com/dotnet/roslynator, github.com/SonarSource/sonar-dotnet).
/// </summary>
public abstract class GreenAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCode.Flags);
        Register(context);
    }

    private protected abstract void Register(AnalysisContext context);
}
