namespace MyeloCode.Tests;

public static class Repository
{
    /// <summary>The folder holding MyeloCode.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MyeloCode.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException("MyeloCode.sln not found above the test binaries.");
    }
}
