{{header}}
# Python 3 with requests.
import os

import requests

USER_AGENT = {{userAgent:literal}}
MDE_API_BASE = os.environ.get("MDE_API_BASE", "https://api.security.microsoft.com")
GRAPH_API_BASE = os.environ.get("GRAPH_API_BASE", "https://graph.microsoft.com")

session = requests.Session()
session.headers["User-Agent"] = USER_AGENT  # sent on every call made with this session


def get(url, token):
    response = session.get(url, headers={"Authorization": "Bearer " + token}, timeout=30)
    response.raise_for_status()
    return response.text


print(get(MDE_API_BASE + "/api/alerts?$top=1", os.environ.get("MDE_TOKEN", "")))
print(get(GRAPH_API_BASE + "/v1.0/security/alerts_v2?$top=1", os.environ.get("GRAPH_TOKEN", "")))
