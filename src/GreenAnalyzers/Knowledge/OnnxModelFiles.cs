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
/// The project's <c>*.onnx</c> files, as the package's props hand them to the compiler (AdditionalFiles): paths only, the
/// analyzer never reads a model. Built once per compilation. Finds the quantized sibling of a model named in code.
/// </summary>
internal sealed class OnnxModelFiles
{
    private readonly ImmutableArray<(string Directory, string FileName)> _files;

    private OnnxModelFiles(ImmutableArray<(string Directory, string FileName)> files) => _files = files;

    public static OnnxModelFiles From(ImmutableArray<AdditionalText> additionalFiles)
    {
        var files = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var file in additionalFiles)
        {
            var path = file.Path ?? string.Empty;
            var name = ModelPath.FileName(path);
            if (ModelPath.IsOnnx(name))
            {
                files.Add((ModelPath.Directory(path), name));
            }
        }

        return new OnnxModelFiles(files.ToImmutable());
    }

    /// <summary>
    /// The quantized sibling of the model at <paramref name="codePath"/>: a project file named after it plus a precision
    /// marker (<c>model.int8.onnx</c>, <c>model_quantized.onnx</c>, <c>model-fp16.onnx</c>), in the same directory as the
    /// model where the project lists the model, else in a directory that ends with the code's relative directory. 8-bit
    /// markers are preferred, then 4-bit, then 16-bit floats; ties go to the first name in ordinal order. Null when none.
    /// </summary>
    public string? QuantizedSibling(string codePath)
    {
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
