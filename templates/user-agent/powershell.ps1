{{header}}
$UserAgent = {{userAgent:literal}}
$MdeBase = if ($env:MDE_API_BASE) { $env:MDE_API_BASE } else { 'https://api.security.microsoft.com' }
$GraphBase = if ($env:GRAPH_API_BASE) { $env:GRAPH_API_BASE } else { 'https://graph.microsoft.com' }

# Every API call goes through this function, so that none goes out without the partner User-Agent.
function Invoke-PartnerApi([string] $Uri, [string] $Token) {
  Invoke-RestMethod -Method Get -Uri $Uri -Headers @{ Authorization = "Bearer $Token" } -UserAgent $UserAgent
}

Invoke-PartnerApi "$MdeBase/api/alerts?`$top=1" $env:MDE_TOKEN
Invoke-PartnerApi "$GraphBase/v1.0/security/alerts_v2?`$top=1" $env:GRAPH_TOKEN
