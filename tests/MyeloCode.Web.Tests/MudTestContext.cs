using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using MyeloCode.Web.Catalogue;

namespace MyeloCode.Web.Tests;

/// <summary>bUnit context with MudBlazor's services and loose JS interop (MudBlazor calls JS we do not assert on).</summary>
public abstract class MudTestContext : BunitContext
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        // Pages and shared components read the date of service; without a request it is today.
        Services.AddDateOfService();
        Services.AddSingleton(new MyeloCode.Web.Settings.MyeloSettings()); // defaults: no feedback link
    }
}
