using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using MyeloCode.Web.Settings;

namespace MyeloCode.Web.Hosting;

/// <summary>
/// X-Forwarded-For/-Proto are trusted only from the proxy addresses in <c>MyeloCode:ReverseProxy:KnownProxies</c>
/// (e.g. <c>MyeloCode__ReverseProxy__KnownProxies__0=127.0.0.1</c>). With none configured they are ignored, so a client
/// cannot forge its address around the rate limiter.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, MyeloSettings settings)
    {
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in settings.ReverseProxy.KnownProxies ?? [])
                options.KnownProxies.Add(IPAddress.Parse(proxy)); // checked at start by MyeloSettings
        });
        return services;
    }
}
