{{header}}
// C# top-level statements, .NET 6+ (HttpClient).
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;

const string UserAgent = {{userAgent:literal}};
var mdeBase = Environment.GetEnvironmentVariable("MDE_API_BASE") ?? "https://api.security.microsoft.com";
var graphBase = Environment.GetEnvironmentVariable("GRAPH_API_BASE") ?? "https://graph.microsoft.com";

using var client = new HttpClient();
// Set once on the client: every request it sends carries the partner User-Agent.
client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);

Console.WriteLine(await Get($"{mdeBase}/api/alerts?$top=1", "MDE_TOKEN"));
Console.WriteLine(await Get($"{graphBase}/v1.0/security/alerts_v2?$top=1", "GRAPH_TOKEN"));

async Task<string> Get(string url, string tokenVariable)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, url);
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable(tokenVariable));
    using var response = await client.SendAsync(request);
    response.EnsureSuccessStatusCode();
    return await response.Content.ReadAsStringAsync();
}
