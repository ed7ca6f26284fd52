using MyeloCode.Web.Tests;

namespace MyeloCode.EndToEnd;

/// <summary>The real app on Kestrel, on a free loopback port, over a fresh SQLite file in a temp folder.</summary>
public sealed class AppServerFixture : MyeloWebApplicationFactory
{
    public AppServerFixture() => OnKestrel();
}
