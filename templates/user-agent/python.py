"""Calls the Microsoft Defender for Endpoint API with the partner User-Agent (requests)."""
import os

import requests

USER_AGENT = {{userAgent}}
MDE_API_BASE = os.environ.get("MDE_API_BASE", "https://api.security.microsoft.com")

session = requests.Session()
session.headers["User-Agent"] = USER_AGENT  # sent on every call made with this session
session.headers["Authorization"] = "Bearer " + os.environ.get("MDE_TOKEN", "")

response = session.get(MDE_API_BASE + "/api/alerts?$top=1", timeout=30)
response.raise_for_status()
print(response.text)
