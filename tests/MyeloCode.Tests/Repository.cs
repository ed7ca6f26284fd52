namespace MyeloCode.Tests;

public static class Repository
{
    /// <summary>The folder holding MyeloCode.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration the tests were built in (Debug or Release): bin/{configuration}/net10.0/.</summary>
    public static string Configuration { get; } = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;

    static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MyeloCode.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException("MyeloCode.sln not found above the test binaries.");
    }
}
