// Calls the Microsoft Defender for Endpoint API with the partner User-Agent (Node 18+ fetch).
const USER_AGENT = {{userAgent}};
const base = process.env.MDE_API_BASE ?? 'https://api.security.microsoft.com';

const response = await fetch(`${base}/api/alerts?$top=1`, {
  headers: { 'User-Agent': USER_AGENT, Authorization: `Bearer ${process.env.MDE_TOKEN ?? ''}` },
});
if (!response.ok) throw new Error(`MDE API answered ${response.status}`);
console.log(await response.text());
