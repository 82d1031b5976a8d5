namespace GreenAnalyzers.Knowledge;

/// <summary>File names and directories of model paths as written in code: either separator, any case, never an exception.</summary>
internal static class ModelPath
{
    public static readonly char[] PathSeparators = ['/', '\\'];

    /// <summary>Words in a file name that say the model is stored at reduced precision. "bnb4" (bitsandbytes 4-bit, as in
    /// Hugging Face's model_bnb4.onnx) is added to the rule's list so such files are not mistaken for full precision.</summary>
    public static ImmutableArray<string> PrecisionMarkers { get; } = ImmutableArray.Create(
        "int8", "uint8", "quant", "qdq", "q8", "int4", "q4", "bnb4", "fp16", "bf16");

    public static string FileName(string path)
    {
        var cut = path.LastIndexOfAny(PathSeparators);
        return cut < 0 ? path : path.Substring(cut + 1);
    }

    /// <summary>The directory part with '/' separators and no leading "./", or "" when there is none.</summary>
    public static string Directory(string path)
    {
        var normalized = path.Replace('\\', '/');
        var cut = normalized.LastIndexOf('/');
        var directory = cut < 0 ? string.Empty : normalized.Substring(0, cut);
        while (directory.StartsWith("./", StringComparison.Ordinal))
        {
            directory = directory.Substring(2);
        }

        return directory == "." ? string.Empty : directory;
    }

    public static bool IsOnnx(string fileName)
        => fileName.Length > ".onnx".Length && fileName.EndsWith(".onnx", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first precision marker in the file name (in <see cref="PrecisionMarkers"/> order), or -1.</summary>
    public static int PrecisionRank(string fileName)
    {
        for (var i = 0; i < PrecisionMarkers.Length; i++)
        {
            if (fileName.IndexOf(PrecisionMarkers[i], StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>
/// The project's <c>*.onnx</c> files, as the package's targets hand them to the compiler (AdditionalFiles): paths and, when
/// the targets recorded it, sizes in bytes (compiler-visible metadata); the analyzer never reads a model. Built once per
/// compilation. Finds the quantized sibling of a model named in code, and tells whether the model is too small to matter.
/// </summary>
internal sealed class OnnxModelFiles
{
    /// <summary>The item metadata the package's targets set on each model: its size in bytes.</summary>
    public const string SizeMetadataKey = "build_metadata.AdditionalFiles.GreenAnalyzersOnnxSize";

    /// <summary>The item metadata the package's targets set on a model whose graph holds an ai.onnx.ml TreeEnsemble op.</summary>
    public const string KindMetadataKey = "build_metadata.AdditionalFiles.GreenAnalyzersOnnxKind";

    /// <summary>Below 1 MiB of weights, quantization has too little to save to be worth a warning (docs/rules/GA4001.md).</summary>
    public const long SmallModelBytes = 1024 * 1024;

    private readonly ImmutableArray<(string Directory, string FileName, long? Size, bool TreeEnsemble)> _files;

    private OnnxModelFiles(ImmutableArray<(string Directory, string FileName, long? Size, bool TreeEnsemble)> files) => _files = files;

    public static OnnxModelFiles From(ImmutableArray<AdditionalText> additionalFiles, AnalyzerConfigOptionsProvider optionsProvider)
    {
        var files = ImmutableArray.CreateBuilder<(string, string, long?, bool)>();
        foreach (var file in additionalFiles)
        {
            var path = file.Path ?? string.Empty;
            var name = ModelPath.FileName(path);
            if (ModelPath.IsOnnx(name))
            {
                var options = optionsProvider.GetOptions(file);
                files.Add((ModelPath.Directory(path), name, Size(options), IsTreeEnsemble(options)));
            }
        }

        return new OnnxModelFiles(files.ToImmutable());
    }

    private static long? Size(AnalyzerConfigOptions options)
        => options.TryGetValue(SizeMetadataKey, out var text)
            && long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                ? size
                : null;

    private static bool IsTreeEnsemble(AnalyzerConfigOptions options)
        => options.TryGetValue(KindMetadataKey, out var kind) && string.Equals(kind.Trim(), "tree-ensemble", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when the project lists the model at <paramref name="codePath"/> (same file name, in a directory that ends with
    /// the code's relative directory) and every such file is a tree ensemble or has a recorded size under
    /// <see cref="SmallModelBytes"/>. A model the project does not list, or one of unknown size, keeps today's verdict.
    /// </summary>
    public bool QuantizationCannotHelp(string codePath)
    {
        if (_files.IsEmpty)
        {
            return false; // most projects hand the compiler no model: nothing to split or compare per finding (issue 21)
        }

        var fileName = ModelPath.FileName(codePath);
        var codeDirectory = ModelPath.Directory(codePath);
        var found = false;
        foreach (var file in _files)
        {
            if (!string.Equals(file.FileName, fileName, StringComparison.OrdinalIgnoreCase) || !EndsWithDirectory(file.Directory, codeDirectory))
            {
                continue;
            }

            if (!file.TreeEnsemble && (file.Size is not { } size || size >= SmallModelBytes))
            {
                return false;
            }

            found = true;
        }

        return found;
    }

    /// <summary>
    /// The quantized sibling of the model at <paramref name="codePath"/>: a project file named after it plus a precision
    /// marker (<c>model.int8.onnx</c>, <c>model_quantized.onnx</c>, <c>model-fp16.onnx</c>), in the same directory as the
    /// model where the project lists the model, else in a directory that ends with the code's relative directory. 8-bit
    /// markers are preferred, then 4-bit, then 16-bit floats; ties go to the first name in ordinal order. Null when none.
    /// </summary>
    public string? QuantizedSibling(string codePath)
    {
        if (_files.IsEmpty)
        {
            return null;
        }

        var fileName = ModelPath.FileName(codePath);
        var stem = fileName.Substring(0, fileName.Length - ".onnx".Length);
        var codeDirectory = ModelPath.Directory(codePath);

        var modelDirectories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in _files)
        {
            if (string.Equals(file.FileName, fileName, StringComparison.OrdinalIgnoreCase))
            {
                modelDirectories.Add(file.Directory);
            }
        }

        string? best = null;
        var bestRank = int.MaxValue;
        foreach (var file in _files)
        {
            if (!IsVariantOf(file.FileName, stem)
                || !(modelDirectories.Count > 0 ? modelDirectories.Contains(file.Directory) : EndsWithDirectory(file.Directory, codeDirectory)))
            {
                continue;
            }

            var rank = ModelPath.PrecisionRank(file.FileName);
            if (rank >= 0 && (rank < bestRank || (rank == bestRank && string.CompareOrdinal(file.FileName, best) < 0)))
            {
                best = file.FileName;
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary><c>model.int8.onnx</c> is a variant of <c>model</c>: the stem, a separator, then more.</summary>
    private static bool IsVariantOf(string candidate, string stem)
        => candidate.Length > stem.Length + 1 + ".onnx".Length
            && candidate.StartsWith(stem, StringComparison.OrdinalIgnoreCase)
            && candidate[stem.Length] is '.' or '_' or '-';

    /// <summary>A relative code directory ("models", "assets/models") matches a project directory that ends with it; no
    /// directory matches any; an absolute or parent-relative one matches none (it names a place outside the project).</summary>
    private static bool EndsWithDirectory(string projectDirectory, string codeDirectory)
    {
        if (codeDirectory.Length == 0)
        {
            return true;
        }

        if (codeDirectory.StartsWith("/", StringComparison.Ordinal) || codeDirectory.Contains(":") || codeDirectory.Contains(".."))
        {
            return false;
        }

        return projectDirectory.Equals(codeDirectory, StringComparison.OrdinalIgnoreCase)
            || projectDirectory.EndsWith("/" + codeDirectory, StringComparison.OrdinalIgnoreCase);
    }
}
