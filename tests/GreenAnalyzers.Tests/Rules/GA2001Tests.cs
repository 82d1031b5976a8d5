namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA2001 Prefer fine-tuning or distillation to continued pre-training: every value form, no fix.</summary>
public sealed class GA2001Tests
{
    [Test]
    public Task EveryValueForm() => CustomizationVerifier.AnalyzerAsync("""
        using Amazon.Bedrock;
        using Amazon.Bedrock.Model;
        static class Jobs
        {
            public const string Kind = "CONTINUED_PRE_TRAINING";
            public static readonly string ReadonlyKind = "CONTINUED_PRE_TRAINING";
        }
        class C
        {
            object Member() => new CreateModelCustomizationJobRequest { CustomizationType = {|GA2001:CustomizationType.CONTINUED_PRE_TRAINING|} };
            object Literal() => new CreateModelCustomizationJobRequest { CustomizationType = {|GA2001:"CONTINUED_PRE_TRAINING"|} };
            object Const() => new CreateModelCustomizationJobRequest { CustomizationType = {|GA2001:Jobs.Kind|} };
            object StaticReadonly() => new CreateModelCustomizationJobRequest { CustomizationType = {|GA2001:Jobs.ReadonlyKind|} };
            object FindValue() => new CreateModelCustomizationJobRequest { CustomizationType = {|GA2001:CustomizationType.FindValue("CONTINUED_PRE_TRAINING")|} };
            object Interpolated() => new CreateModelCustomizationJobRequest { CustomizationType = {|GA2001:$"CONTINUED_{"PRE"}_TRAINING"|} };
            object Later()
            {
                var request = new CreateModelCustomizationJobRequest();
                request.CustomizationType = {|GA2001:CustomizationType.CONTINUED_PRE_TRAINING|};
                return request;
            }
        }
        """);

    [Test]
    public Task OtherTypesAndUnknownValuesAreNotFlagged() => CustomizationVerifier.AnalyzerAsync("""
        using Amazon.Bedrock;
        using Amazon.Bedrock.Model;
        class C
        {
            object A() => new CreateModelCustomizationJobRequest { CustomizationType = CustomizationType.FINE_TUNING };
            object B() => new CreateModelCustomizationJobRequest { CustomizationType = CustomizationType.DISTILLATION };
            object D(string kind) => new CreateModelCustomizationJobRequest { CustomizationType = kind };
            object E() => new CreateModelCustomizationJobRequest { CustomizationType = "continued_pre_training" };
            object F() => new CreateModelCustomizationJobRequest { CustomizationType = "" };
        }
        """);

    [Test]
    public async Task MessageSeverityAndHalfTypedCode()
    {
        var result = await AnalyzerRunner.RunAsync(new Analyzers.CustomizationTypeAnalyzer(), """
            using Amazon.Bedrock;
            using Amazon.Bedrock.Model;
            class C
            {
                object A() => new CreateModelCustomizationJobRequest { CustomizationType = CustomizationType.CONTINUED_PRE_TRAINING };
                object B() => new CreateModelCustomizationJobRequest { CustomizationType = CustomizationType. };
                object D() => new CreateModelCustomizationJobRequest { CustomizationType = 
            """);
        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Info));
            Assert.That(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), Does.StartWith("Continued pre-training retrains the base model on raw, unlabeled text"));
        });
    }

    [Test]
    public Task GeneratedCodeAndPragma()
    {
        var test = CustomizationVerifier.Create();
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        test.TestCode = """
            using Amazon.Bedrock;
            using Amazon.Bedrock.Model;
            class C
            {
            #pragma warning disable GA2001 // Domain adaptation on 40 GB of clinical notes: continued pre-training is the point.
                object A() => new CreateModelCustomizationJobRequest { CustomizationType = CustomizationType.CONTINUED_PRE_TRAINING };
            #pragma warning restore GA2001
            }
            """;
        test.TestState.Sources.Add(("/Jobs.g.cs", "class G { object A() => new Amazon.Bedrock.Model.CreateModelCustomizationJobRequest { CustomizationType = \"CONTINUED_PRE_TRAINING\" }; }"));
        return test.RunAsync();
    }
}
