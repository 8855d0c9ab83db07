package com.connectgateway.sandbox.v3;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;

/** Facts about an incoming v3 request that shape the answer: host, language. */
final class SandboxRequests {

    private SandboxRequests() {
    }

    /**
     * {@code http://<Host header>}: media and download links point back at the host the caller
     * used, whatever name or port it reached the sandbox under.
     */
    static String baseUrl(HttpHeaders headers, UriInfo uriInfo) {
        String host = headers.getHeaderString("Host");
        if (host == null || host.isBlank()) {
            host = uriInfo.getBaseUri().getAuthority();
        }
        return "http://" + host.trim();
    }

    /** v3 localises keyword texts; the sandbox knows German, anything else falls back to en-US. */
    static boolean german(HttpHeaders headers) {
        String language = headers.getHeaderString("Accept-Language");
        return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("de");
    }

    static String contentLanguage(boolean german) {
        return german ? "de" : "en-US";
    }
}
