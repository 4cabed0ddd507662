namespace NewsBot.Tests.Support;

/// <summary>A folder under the system temp folder, deleted with the test.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsbot-tests", Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string this[string name] => System.IO.Path.Combine(Path, name);

    /// <summary>A folder holding a copy of the sample article.</summary>
    public static TempFolder WithSampleArticle()
    {
        var folder = new TempFolder();
        File.Copy(TestArticles.SamplePath, folder[System.IO.Path.GetFileName(TestArticles.SamplePath)]);
        return folder;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
