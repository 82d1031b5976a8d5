namespace GreenAnalyzers.Cli;

/// <summary>
/// Writes a file whole or not at all: into a temporary file beside it, then renamed over the target. A run stopped by
/// Ctrl+C, a full disk or a read-only folder leaves the previous file as it was and no half-written one; the failure is
/// one line naming the file.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, string what, Action<TextWriter> write, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            using (var writer = new StreamWriter(temporary))
            {
                write(writer);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write the {what} '{path}': {exception.Message.Split('\n', 2)[0].Trim()}");
        }
        finally
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Nothing was created, or the folder is read-only: nothing to clean up either way.
            }
        }
    }
}
