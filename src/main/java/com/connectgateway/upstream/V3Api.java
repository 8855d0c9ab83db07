package com.connectgateway.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The one bean through which the gateway reads v3. Every call carries Api-Key and the caller's
 * bearer token, and answers parsed JSON or throws {@link V3Failure}. Resilience policies
 * (retries, circuit breaker) are to be added here, around these methods.
 */
@ApplicationScoped
public class V3Api {

    private static final Logger LOG = Logger.getLogger(V3Api.class);

    private final Lazy<V3ApiClient> client;
    private final UpstreamConfig config;
    private final ObjectMapper json;

    V3Api(UpstreamEndpoints endpoints, UpstreamConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.client = new Lazy<>(() -> UpstreamClients.build(V3ApiClient.class, endpoints.apiBase(), config, config.apiTimeout()));
    }

    /** {@code GET /v3/search/images/{family}} with comma-joined multi-value parameters. */
    public JsonNode searchImages(V3Caller caller, String family, Map<String, String> query) {
        return call("search/images/" + family, () -> client.get().searchImages(family, query, caller.apiKey(),
                caller.authorization(), caller.language(), config.countryCode().orElse(null)));
    }

    /** {@code GET /v3/images?ids=..}: {"images":[..],"images_not_found":[..]}. */
    public JsonNode images(V3Caller caller, List<String> ids, String fields) {
        return call("images", () -> client.get().images(String.join(",", ids), fields, caller.apiKey(),
                caller.authorization(), caller.language()));
    }

    /**
     * {@code POST /v3/downloads/images|videos/{id}} with {@code auto_download=false}: answers
     * {"uri": ...}. Each success uses up a download of the product, so callers must not repeat it.
     */
    public JsonNode download(V3Caller caller, String assetType, String id, Map<String, String> query) {
        Map<String, String> withoutRedirect = new java.util.LinkedHashMap<>(query);
        withoutRedirect.put("auto_download", "false");
        return call("downloads/" + assetType, () -> client.get().download(assetType, id, withoutRedirect, "{}",
                caller.apiKey(), caller.authorization()));
    }

    /** {@code GET /v3/products}: the user's products with their remaining downloads. */
    public JsonNode products(V3Caller caller) {
        return call("products", () -> client.get().products(caller.apiKey(), caller.authorization()));
    }

    /** {@code GET /v3/collections}: the collections the key may see, with their ids and codes. */
    public JsonNode collections(V3Caller caller) {
        return call("collections", () -> client.get().collections(caller.apiKey(), caller.authorization()));
    }

    private JsonNode call(String resource, Supplier<Response> request) {
        try (Response response = request.get()) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (response.getStatus() / 100 == 2) {
                return json.readTree(body);
            }
            V3Failure failure = failure(response.getStatus(), body);
            LOG.debugf("v3 %s answered HTTP %d %s", resource, failure.status(), failure.errorCode());
            throw failure;
        } catch (ProcessingException e) {
            LOG.warnf("v3 %s unreachable: %s", resource, rootCause(e));
            throw new V3Failure(0, null, "The v3 API could not be reached.");
        } catch (IOException e) {
            throw new V3Failure(0, null, "The v3 API answered with unreadable JSON.");
        }
    }

    private V3Failure failure(int status, String body) {
        String code = null;
        String message = null;
        try {
            JsonNode error = json.readTree(body);
            code = firstText(error, "ErrorCode", "code");
            message = firstText(error, "ErrorMessage", "message");
        } catch (IOException | RuntimeException unreadable) {
            // Keep the status alone.
        }
        return new V3Failure(status, code, message == null ? "HTTP " + status : message);
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node == null ? null : node.get(name);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
