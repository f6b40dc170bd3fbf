// Calls the Microsoft Defender for Endpoint API with the partner User-Agent (net/http).
package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
)

const userAgent = {{userAgent}}

func main() {
	base := os.Getenv("MDE_API_BASE")
	if base == "" {
		base = "https://api.security.microsoft.com"
	}
	req, err := http.NewRequest(http.MethodGet, base+"/api/alerts?$top=1", nil)
	if err != nil {
		panic(err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Authorization", "Bearer "+os.Getenv("MDE_TOKEN"))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	fmt.Println(resp.Status, string(body))
}
