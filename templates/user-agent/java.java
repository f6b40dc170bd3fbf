{{header}}
// Java 11+ (java.net.http).
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

public class MdeApiCall {
    static final String USER_AGENT = {{userAgent:literal}};
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** One GET; every API call goes through it, so that none goes out without the partner User-Agent. */
    static String get(String url, String tokenVariable) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
            .header("User-Agent", USER_AGENT)
            .header("Authorization", "Bearer " + System.getenv().getOrDefault(tokenVariable, ""))
            .GET()
            .build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }

    public static void main(String[] args) throws Exception {
        String mdeBase = System.getenv().getOrDefault("MDE_API_BASE", "https://api.security.microsoft.com");
        String graphBase = System.getenv().getOrDefault("GRAPH_API_BASE", "https://graph.microsoft.com");
        System.out.println(get(mdeBase + "/api/alerts?$top=1", "MDE_TOKEN"));
        System.out.println(get(graphBase + "/v1.0/security/alerts_v2?$top=1", "GRAPH_TOKEN"));
    }
}
