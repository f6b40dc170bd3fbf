{{header}}
// Go (net/http).
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
)

const userAgent = {{userAgent:literal}}

func env(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}

// get sends one GET; every API call goes through it, so that none goes out without the partner User-Agent.
func get(url, token string) string {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		panic(err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.Status + " " + string(body)
}

func main() {
	fmt.Println(get(env("MDE_API_BASE", "https://api.security.microsoft.com")+"/api/alerts?$top=1", os.Getenv("MDE_TOKEN")))
	fmt.Println(get(env("GRAPH_API_BASE", "https://graph.microsoft.com")+"/v1.0/security/alerts_v2?$top=1", os.Getenv("GRAPH_TOKEN")))
}
