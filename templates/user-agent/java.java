// Calls the Microsoft Defender for Endpoint API with the partner User-Agent (java.net.http, Java 11+).
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class MdeApiCall {
    static final String USER_AGENT = {{userAgent}};

    public static void main(String[] args) throws Exception {
        String base = System.getenv().getOrDefault("MDE_API_BASE", "https://api.security.microsoft.com");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/alerts?$top=1"))
            .header("User-Agent", USER_AGENT)
            .header("Authorization", "Bearer " + System.getenv().getOrDefault("MDE_TOKEN", ""))
            .GET()
            .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        System.out.println(response.statusCode() + " " + response.body());
    }
}
