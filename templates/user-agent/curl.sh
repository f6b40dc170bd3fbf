#!/bin/sh
# Calls the Microsoft Defender for Endpoint API with the partner User-Agent.
# MDE_TOKEN: an access token for https://api.securitycenter.microsoft.com; MDE_API_BASE: the API host.
USER_AGENT={{userAgent}}
MDE_API_BASE="${MDE_API_BASE:-https://api.security.microsoft.com}"
curl --silent --show-error --fail \
  --header "Authorization: Bearer ${MDE_TOKEN}" \
  --user-agent "$USER_AGENT" \
  "$MDE_API_BASE/api/alerts?\$top=1"
