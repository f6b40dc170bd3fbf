#!/bin/sh
{{header}}
set -e
USER_AGENT={{userAgent:literal}}
MDE_API_BASE="${MDE_API_BASE:-https://api.security.microsoft.com}"
GRAPH_API_BASE="${GRAPH_API_BASE:-https://graph.microsoft.com}"

# Every API call goes through call(), so that none goes out without the partner User-Agent.
call() {
  curl --silent --show-error --fail \
    --header "Authorization: Bearer $2" \
    --user-agent "$USER_AGENT" \
    "$1"
  echo
}

call "$MDE_API_BASE/api/alerts?\$top=1" "$MDE_TOKEN"
call "$GRAPH_API_BASE/v1.0/security/alerts_v2?\$top=1" "$GRAPH_TOKEN"
