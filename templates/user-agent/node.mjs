{{header}}
// Node 18+ (fetch).
const USER_AGENT = {{userAgent:literal}};
const mdeBase = process.env.MDE_API_BASE ?? 'https://api.security.microsoft.com';
const graphBase = process.env.GRAPH_API_BASE ?? 'https://graph.microsoft.com';

// Every API call goes through get(), so that none goes out without the partner User-Agent.
async function get(url, token) {
  const response = await fetch(url, { headers: { 'User-Agent': USER_AGENT, Authorization: `Bearer ${token ?? ''}` } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

console.log(await get(`${mdeBase}/api/alerts?$top=1`, process.env.MDE_TOKEN));
console.log(await get(`${graphBase}/v1.0/security/alerts_v2?$top=1`, process.env.GRAPH_TOKEN));
