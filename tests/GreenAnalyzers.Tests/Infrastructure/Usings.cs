global using GreenAnalyzers.Tests.Infrastructure;
global using ModelIdVerifier = GreenAnalyzers.Tests.Infrastructure.Verifier<GreenAnalyzers.Analyzers.ModelIdAnalyzer, GreenAnalyzers.CodeFixes.ReplaceValueCodeFixProvider>;
global using ConverseVerifier = GreenAnalyzers.Tests.Infrastructure.Verifier<GreenAnalyzers.Analyzers.ConverseRequestAnalyzer, GreenAnalyzers.CodeFixes.SyntaxEditCodeFixProvider>;
global using TrainingJobVerifier = GreenAnalyzers.Tests.Infrastructure.Verifier<GreenAnalyzers.Analyzers.TrainingJobAnalyzer, GreenAnalyzers.CodeFixes.SyntaxEditCodeFixProvider>;
global using EndpointVerifier = GreenAnalyzers.Tests.Infrastructure.Verifier<GreenAnalyzers.Analyzers.EndpointAnalyzer, GreenAnalyzers.CodeFixes.SyntaxEditCodeFixProvider>;
global using CustomizationVerifier = GreenAnalyzers.Tests.Infrastructure.Verifier<GreenAnalyzers.Analyzers.CustomizationTypeAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
global using PolicyVerifier = GreenAnalyzers.Tests.Infrastructure.Verifier<GreenAnalyzers.Analyzers.PolicyAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;
global using InstanceVerifier = GreenAnalyzers.Tests.Infrastructure.Verifier<GreenAnalyzers.Analyzers.InstanceTypeAnalyzer, GreenAnalyzers.CodeFixes.ReplaceValueCodeFixProvider>;
