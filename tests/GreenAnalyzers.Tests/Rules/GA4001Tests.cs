namespace GreenAnalyzers.Tests.Rules;

/// <summary>GA4001 Load a quantized ONNX model: a full-precision model path; the project's quantized sibling is named and
/// the fix loads it.</summary>
public sealed class GA4001Tests
{
    private static readonly string[] Models = ["/app/models/triage.onnx", "/app/models/triage.int8.onnx"];

    private static OnnxSessionVerifier.Test Create(string source, string? fixedSource, IEnumerable<string> files, params string[] options)
    {
        var test = OnnxSessionVerifier.Create(options);
        test.TestCode = source;
        if (fixedSource is not null)
        {
            test.FixedCode = fixedSource;
            foreach (var file in files)
            {
                test.FixedState.AdditionalFiles.Add((file, string.Empty));
            }
        }

        foreach (var file in files)
        {
            test.TestState.AdditionalFiles.Add((file, string.Empty));
        }

        return test;
    }

    private static string Load(string path) => $$"""
        using Microsoft.ML.OnnxRuntime;
        class C
        {
            InferenceSession Open() => new InferenceSession({{path}});
        }
        """;

    // ---------------------------------------------------------------- flagged, with the fix

    [TestCase("{|GA4001:\"models/triage.onnx\"|}", "\"models/triage.int8.onnx\"")]
    [TestCase("{|GA4001:\"./models/triage.onnx\"|}", "\"./models/triage.int8.onnx\"")]
    [TestCase("{|GA4001:@\"models\\triage.onnx\"|}", "@\"models\\triage.int8.onnx\"")]
    [TestCase("{|GA4001:\"models\\\\triage.onnx\"|}", "\"models\\\\triage.int8.onnx\"")]
    [TestCase("{|GA4001:\"\"\"models/triage.onnx\"\"\"|}", "\"\"\"models/triage.int8.onnx\"\"\"")]
    [TestCase("{|GA4001:\"TRIAGE.ONNX\"|}", "\"triage.int8.onnx\"")]
    public Task LiteralPathsAreRewrittenToTheSibling(string path, string fixedPath)
        => Create(Load(path), Load(fixedPath), Models).RunAsync();

    [Test]
    public Task PathCombineAndInterpolationsWithAnUnknownDirectory() => Create("""
        using System;
        using System.IO;
        using Microsoft.ML.OnnxRuntime;
        class C
        {
            InferenceSession A() => new InferenceSession({|GA4001:Path.Combine(AppContext.BaseDirectory, "models", "triage.onnx")|});
            InferenceSession B(string root) => new InferenceSession({|GA4001:$"{root}/models/triage.onnx"|}, new SessionOptions());
        }
        """, """
        using System;
        using System.IO;
        using Microsoft.ML.OnnxRuntime;
        class C
        {
            InferenceSession A() => new InferenceSession(Path.Combine(AppContext.BaseDirectory, "models", "triage.int8.onnx"));
            InferenceSession B(string root) => new InferenceSession($"{root}/models/triage.int8.onnx", new SessionOptions());
        }
        """, Models).RunAsync();

    [Test]
    public Task EveryWayToCallTheSessionConstructor_TargetTypedNewAndADerivedClassesBase() => Create("""
        using Microsoft.ML.OnnxRuntime;
        class Triage : InferenceSession
        {
            public Triage() : base({|GA4001:"models/triage.onnx"|}) { }
            public Triage(SessionOptions options) : base(modelPath: {|GA4001:"models/triage.onnx"|}, options) { }
            public Triage(string other) : this() { }
        }
        class Primary() : InferenceSession({|GA4001:"models/triage.onnx"|});
        class C
        {
            InferenceSession Open() => new({|GA4001:"models/triage.onnx"|});
        }
        """, """
        using Microsoft.ML.OnnxRuntime;
        class Triage : InferenceSession
        {
            public Triage() : base("models/triage.int8.onnx") { }
            public Triage(SessionOptions options) : base(modelPath: "models/triage.int8.onnx", options) { }
            public Triage(string other) : this() { }
        }
        class Primary() : InferenceSession("models/triage.int8.onnx");
        class C
        {
            InferenceSession Open() => new("models/triage.int8.onnx");
        }
        """, Models).RunAsync();

    [Test]
    public Task ADerivedClassesOwnConstructorIsNoSink() => Create("""
        using Microsoft.ML.OnnxRuntime;
        class Triage : InferenceSession
        {
            public Triage(string modelPath) : base(modelPath) { }
        }
        class C
        {
            InferenceSession Open() => new Triage("models/triage.onnx");
        }
        """, null, Models).RunAsync();

    [Test]
    public Task ConstantsAreRewrittenWhereTheyAreDeclared_OnceForAllSinks()
    {
        var test = Create("""
            using Microsoft.ML.OnnxRuntime;
            class C
            {
                static readonly string Spam = "models/spam.onnx";
                InferenceSession A() => new InferenceSession({|GA4001:ModelFiles.Triage|});
                InferenceSession B() => new InferenceSession({|GA4001:ModelFiles.Triage|}, new SessionOptions());
                InferenceSession D() => new InferenceSession({|GA4001:Spam|});
                InferenceSession E() => new InferenceSession({|GA4001:$"{ModelFiles.Directory}/spam.onnx"|});
            }
            """, """
            using Microsoft.ML.OnnxRuntime;
            class C
            {
                static readonly string Spam = "models/spam_quantized.onnx";
                InferenceSession A() => new InferenceSession(ModelFiles.Triage);
                InferenceSession B() => new InferenceSession(ModelFiles.Triage, new SessionOptions());
                InferenceSession D() => new InferenceSession(Spam);
                InferenceSession E() => new InferenceSession($"{ModelFiles.Directory}/spam_quantized.onnx");
            }
            """, [.. Models, "/app/models/spam.onnx", "/app/models/spam_quantized.onnx"]);
        test.TestState.Sources.Add(("/ModelFiles.cs", """
            static class ModelFiles
            {
                public const string Directory = "models";
                public const string Triage = Directory + "/triage.onnx"; // the v3 export
            }
            """));
        test.FixedState.Sources.Add(("/ModelFiles.cs", """
            static class ModelFiles
            {
                public const string Directory = "models";
                public const string Triage = Directory + "/triage.int8.onnx"; // the v3 export
            }
            """));
        return test.RunAsync();
    }

    [TestCase("triage.int8.onnx")]
    [TestCase("triage_quantized.onnx")]
    [TestCase("triage-uint8.onnx")]
    [TestCase("triage.int4.onnx")]
    [TestCase("triage_fp16.onnx")]
    public Task EveryMarkedSiblingIsFound(string sibling)
        => Create(Load("{|GA4001:\"triage.onnx\"|}"), Load($"\"{sibling}\""), ["/app/triage.onnx", "/app/" + sibling]).RunAsync();

    [Test]
    public Task EightBitIsPreferredOverFourBitAndHalfPrecision()
        => Create(Load("{|GA4001:\"triage.onnx\"|}"), Load("\"triage_int8.onnx\""),
            ["/app/triage.onnx", "/app/triage_fp16.onnx", "/app/triage_q4.onnx", "/app/triage_int8.onnx"]).RunAsync();

    [Test]
    public Task ASiblingNextToAnotherModelOfTheSameNameIsNotUsed()
        => Create(Load("{|GA4001:\"models/triage.onnx\"|}"), Load("{|GA4001:\"models/triage.onnx\"|}"),
            ["/app/models/triage.onnx", "/app/archive/triage.int8.onnx"]).RunAsync();

    [Test]
    public Task WithoutTheModelListed_TheSiblingMustSitInTheSameRelativeDirectory()
        => Create(Load("{|GA4001:\"assets/models/triage.onnx\"|}"), Load("\"assets/models/triage.int8.onnx\""),
            ["/app/archive/triage.int8.onnx", "/app/src/assets/models/triage.int8.onnx"]).RunAsync();

    // ---------------------------------------------------------------- flagged, no fix

    [TestCase("\"triage.onnx\"")]
    [TestCase("\"/opt/models/triage.onnx\"")]
    [TestCase("@\"C:\\models\\triage.onnx\"")]
    [TestCase("\"../shared/triage.onnx\"")]
    public Task NoSiblingInTheProjectMeansNoFix(string path)
        => Create(Load("{|GA4001:" + path + "|}"), Load("{|GA4001:" + path + "|}"), ["/app/models/other.int8.onnx"]).RunAsync();

    [Test]
    public Task NoFixWithoutAdditionalFiles()
        => Create(Load("{|GA4001:\"models/triage.onnx\"|}"), Load("{|GA4001:\"models/triage.onnx\"|}"), []).RunAsync();

    /// <summary>The fix builds the literal from the sibling's name, so quotes and braces in it are escaped as the literal
    /// needs (they used to keep the fix away). A raw literal cannot escape a quote: no fix there.</summary>
    [TestCase("\"triage.onnx\"", "\"triage.{\\\"q\\\"}.int8.onnx\"")]
    [TestCase("@\"triage.onnx\"", "@\"triage.{\"\"q\"\"}.int8.onnx\"")]
    [TestCase("$\"{Dir}/triage.onnx\"", "$\"{Dir}/triage.{{\\\"q\\\"}}.int8.onnx\"")]
    [TestCase("$@\"{Dir}\\triage.onnx\"", "$@\"{Dir}\\triage.{{\"\"q\"\"}}.int8.onnx\"")]
    public Task ASiblingNameIsWrittenEscapedForTheLiteral(string path, string fixedPath)
        => Create(Sibling("{|GA4001:" + path + "|}"), Sibling(fixedPath), ["/app/triage.onnx", "/app/triage.{\"q\"}.int8.onnx"]).RunAsync();

    [Test]
    public Task ASiblingNameARawLiteralCannotHoldIsNamedButNotWritten()
        => Create(Sibling("{|GA4001:\"\"\"triage.onnx\"\"\"|}"), Sibling("{|GA4001:\"\"\"triage.onnx\"\"\"|}"), ["/app/triage.onnx", "/app/triage.{\"q\"}.int8.onnx"]).RunAsync();

    private static string Sibling(string path) => $$"""
        using Microsoft.ML.OnnxRuntime;
        class C
        {
            static string Dir = System.AppContext.BaseDirectory;
            InferenceSession Open() => new InferenceSession({{path}});
        }
        """;

    [Test]
    public Task AValueAssembledFromPartsHasNoFix()
        => Create("""
            using Microsoft.ML.OnnxRuntime;
            class C
            {
                const string Name = "tri";
                InferenceSession A() => new InferenceSession({|GA4001:Name + "age.onnx"|});
            }
            """, """
            using Microsoft.ML.OnnxRuntime;
            class C
            {
                const string Name = "tri";
                InferenceSession A() => new InferenceSession({|GA4001:Name + "age.onnx"|});
            }
            """, ["/app/triage.onnx", "/app/triage.int8.onnx"]).RunAsync();

    // ---------------------------------------------------------------- not flagged

    [Test]
    public Task ReducedPrecisionUnknownAndOtherFilesAreNotFlagged() => Create("""
        using Microsoft.ML.OnnxRuntime;
        class C
        {
            InferenceSession A() => new InferenceSession("models/triage.int8.onnx");
            InferenceSession B() => new InferenceSession("model_quantized.onnx");
            InferenceSession D() => new InferenceSession("model_q4f16.onnx");
            InferenceSession E() => new InferenceSession("model_bnb4.onnx");
            InferenceSession F() => new InferenceSession("model.QDQ.onnx");
            InferenceSession G() => new InferenceSession("model-BF16.onnx");
            InferenceSession H() => new InferenceSession("model.ort");
            InferenceSession I() => new InferenceSession("models/");
            InferenceSession J() => new InferenceSession(".onnx");
            InferenceSession K() => new InferenceSession("");
            InferenceSession L(string path) => new InferenceSession(path);
            InferenceSession M(byte[] model) => new InferenceSession(model);
            InferenceSession N(string dir) => new InferenceSession(System.IO.Path.Combine(dir, Name()));
            InferenceSession O(string dir) => new InferenceSession($"{dir}{Name()}");
            static string Name() => "triage.onnx";
        }
        """, null, Models).RunAsync();

    [TestCase("green_analyzers.GA4001.excluded_models = triage.onnx")]
    [TestCase("green_analyzers.GA4001.excluded_models = other.onnx, models/TRIAGE.onnx")]
    public Task ExcludedModelsAreNotFlagged(string option) => Create(Load("\"models/triage.onnx\""), null, Models, option).RunAsync();

    [Test]
    public Task TheGlobalKeyIsNotTheRuleKey() => Create(Load("{|GA4001:\"models/triage.onnx\"|}"), null, Models, "green_analyzers.excluded_models = triage.onnx").RunAsync();

    // ---------------------------------------------------------------- model size (the package's targets record it)

    /// <summary>The generated analyzer config the package's targets give the compiler: each model's size in bytes.</summary>
    private static string Sizes(params (string Path, string Size)[] files)
        => "is_global = true\n" + string.Concat(files.Select(f => $"[{f.Path}]\nbuild_metadata.AdditionalFiles.GreenAnalyzersOnnxSize = {f.Size}\n"));

    private static Task RunWithSizes(string source, params (string Path, string Size)[] files)
    {
        var test = Create(source, null, Models);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", Sizes(files)));
        return test.RunAsync();
    }

    [TestCase("0")]
    [TestCase("48213")]
    [TestCase("1048575")]
    public Task ModelsUnderOneMebibyteAreNotFlagged(string size)
        => RunWithSizes(Load("\"models/triage.onnx\""), ("/app/models/triage.onnx", size));

    [TestCase("1048576")]
    [TestCase("438000000")]
    public Task ModelsOfOneMebibyteOrMoreAreFlagged(string size)
        => RunWithSizes(Load("{|GA4001:\"models/triage.onnx\"|}"), ("/app/models/triage.onnx", size));

    [TestCase("")]
    [TestCase("12 kB")]
    [TestCase("-5")]
    [TestCase("99999999999999999999999")]
    public Task AnUnreadableSizeKeepsTheFinding(string size)
        => RunWithSizes(Load("{|GA4001:\"models/triage.onnx\"|}"), ("/app/models/triage.onnx", size));

    [Test]
    public Task ASmallModelOfTheSameNameElsewhereDoesNotSilenceAnother() => RunWithSizes("""
        using System;
        using System.IO;
        using Microsoft.ML.OnnxRuntime;
        class C
        {
            InferenceSession Known() => new InferenceSession("models/triage.onnx");
            InferenceSession Other() => new InferenceSession({|GA4001:"other/triage.onnx"|});
            InferenceSession Absolute() => new InferenceSession({|GA4001:"/opt/models/triage.onnx"|});
            InferenceSession Unlisted() => new InferenceSession({|GA4001:"models/ranker.onnx"|});
            InferenceSession ByName() => new InferenceSession(Path.Combine(AppContext.BaseDirectory, "triage.onnx"));
        }
        """, ("/app/models/triage.onnx", "20480"));

    [Test]
    public Task AModelListedTwiceIsSmallOnlyWhenEveryCopyIs()
    {
        var test = Create(Load("{|GA4001:\"triage.onnx\"|}"), null, ["/app/models/triage.onnx", "/app/backup/triage.onnx"]);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", Sizes(("/app/models/triage.onnx", "20480"), ("/app/backup/triage.onnx", "90000000"))));
        return test.RunAsync();
    }

    [TestCase("tree-ensemble", "")]
    [TestCase("Tree-Ensemble ", "900000000")]
    public Task TreeEnsemblesAreNotFlaggedWhateverTheirSize(string kind, string size)
    {
        var test = Create(Load("\"models/triage.onnx\""), null, Models);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n[/app/models/triage.onnx]\n"
            + $"build_metadata.AdditionalFiles.GreenAnalyzersOnnxSize = {size}\nbuild_metadata.AdditionalFiles.GreenAnalyzersOnnxKind = {kind}\n"));
        return test.RunAsync();
    }

    [TestCase("")]
    [TestCase("neural-network")]
    public Task AnyOtherKindKeepsTheFinding(string kind)
    {
        var test = Create(Load("{|GA4001:\"models/triage.onnx\"|}"), null, Models);
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n[/app/models/triage.onnx]\n"
            + $"build_metadata.AdditionalFiles.GreenAnalyzersOnnxSize = 5000000\nbuild_metadata.AdditionalFiles.GreenAnalyzersOnnxKind = {kind}\n"));
        return test.RunAsync();
    }

    [Test]
    public Task WithoutARecordedSizeTheFindingStays() => Create(Load("{|GA4001:\"models/triage.onnx\"|}"), null, Models).RunAsync();

    // ---------------------------------------------------------------- message, properties, robustness

    [Test]
    public async Task MessageNamesTheSibling_PropertiesCarryBothFiles()
    {
        var result = await AnalyzerRunner.RunWithFilesAsync(new Analyzers.OnnxSessionAnalyzer(), Models, """
            using Microsoft.ML.OnnxRuntime;
            class C
            {
                InferenceSession A() => new InferenceSession("models/triage.onnx");
                InferenceSession B() => new InferenceSession("models/spam.onnx");
            }
            """);

        var diagnostics = result.Diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(diagnostics.Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(new[]
            {
                "'triage.onnx' names no reduced precision (int8, uint8, int4, q4, fp16, …), so it is likely a full-precision model; "
                    + "the project has its quantized sibling 'triage.int8.onnx'; quantized to 8 bits, its weights take a quarter of the memory of 32-bit floats",
                "'spam.onnx' names no reduced precision (int8, uint8, int4, q4, fp16, …), so it is likely a full-precision model; "
                    + "quantized to 8 bits, its weights take a quarter of the memory of 32-bit floats",
            }));
            Assert.That(diagnostics[0].Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(diagnostics[0].Properties["model_file"], Is.EqualTo("triage.onnx"));
            Assert.That(diagnostics[0].Properties["quantized_sibling"], Is.EqualTo("triage.int8.onnx"));
            Assert.That(diagnostics[0].Properties["edit.0.value"], Is.EqualTo("string:triage.int8.onnx"));
            Assert.That(diagnostics[1].Properties.ContainsKey("fix_title"), Is.False);
        });
    }

    [Test]
    public async Task OddPathsAndHalfTypedCodeDoNotCrash()
    {
        var result = await AnalyzerRunner.RunWithFilesAsync(
            new Analyzers.OnnxSessionAnalyzer(),
            ["", "/", ".onnx", "/app/\"quoted\".onnx", "/app/a b.onnx", "/app/a b.int8.onnx", "C:\\models\\x.onnx", "/app/x.int8.ONNX"],
            """
            using Microsoft.ML.OnnxRuntime;
            class C
            {
                InferenceSession A() => new InferenceSession("a b.onnx");
                InferenceSession B() => new InferenceSession("x.onnx");
                InferenceSession D() => new InferenceSession("\u0000.onnx");
                InferenceSession E() => new InferenceSession($"{}/x.onnx");
                InferenceSession F() => new InferenceSession(;
                InferenceSession G() => new InferenceSession("x.onnx", new SessionOptions { GraphOptimizationLevel = });
                InferenceSession H() => new InferenceSession(Path.Combine("x.onnx"));
            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.CompilerErrors, Is.Not.Empty);
            Assert.That(result.AnalyzerExceptions, Is.Empty);
            Assert.That(result.Diagnostics.Select(d => d.Id), Is.All.EqualTo("GA4001"));
        });
    }

    [Test]
    public Task GeneratedCodeIsNotAnalyzed()
    {
        var test = Create(Load("\"ok.int8.onnx\""), null, Models);
        test.TestState.Sources.Add(("/Models.g.cs", """
            class G { Microsoft.ML.OnnxRuntime.InferenceSession M() => new Microsoft.ML.OnnxRuntime.InferenceSession("models/triage.onnx"); }
            """));
        return test.RunAsync();
    }

    [Test]
    public Task PragmaSuppresses()
    {
        var test = Create("""
            using Microsoft.ML.OnnxRuntime;
            class C
            {
            #pragma warning disable GA4001 // int8 lost 4 points of accuracy on our eval set.
                InferenceSession A() => new InferenceSession("models/triage.onnx");
            #pragma warning restore GA4001
                InferenceSession B() => new InferenceSession({|GA4001:"models/triage.onnx"|});
            }
            """, null, Models);
        test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        return test.RunAsync();
    }
}
