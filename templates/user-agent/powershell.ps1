# Calls the Microsoft Defender for Endpoint API with the partner User-Agent.
# $env:MDE_TOKEN: an access token; $env:MDE_API_BASE: the API host.
$UserAgent = {{userAgent}}
$Base = if ($env:MDE_API_BASE) { $env:MDE_API_BASE } else { 'https://api.security.microsoft.com' }
Invoke-RestMethod -Method Get -Uri "$Base/api/alerts?`$top=1" `
  -Headers @{ Authorization = "Bearer $env:MDE_TOKEN" } `
  -UserAgent $UserAgent
