// Calls the Microsoft Defender for Endpoint API with the partner User-Agent (HttpClient).
using System;
using System.Net.Http;
using System.Net.Http.Headers;

const string UserAgent = {{userAgent}};
var baseUrl = Environment.GetEnvironmentVariable("MDE_API_BASE") ?? "https://api.security.microsoft.com";

using var client = new HttpClient();
// Set once on the client: every request it sends carries the partner User-Agent.
client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
client.DefaultRequestHeaders.Authorization =
    new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("MDE_TOKEN"));

var response = await client.GetAsync($"{baseUrl}/api/alerts?$top=1");
response.EnsureSuccessStatusCode();
Console.WriteLine(await response.Content.ReadAsStringAsync());
