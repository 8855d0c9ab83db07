package com.connectgateway.compare;

import java.util.Locale;
import java.util.Map;

/**
 * One recorded request with its recorded answer, in corpus order. Bodies are kept as text: the
 * replay rewrites and re-parses them, and a non-JSON answer is still compared as text.
 */
public record Exchange(int index, String method, String url, Map<String, String> requestHeaders, String requestBody,
        int status, Map<String, String> responseHeaders, String responseBody) {

    /** Header lookup ignoring case, as HTTP does. */
    public static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return header.getValue();
            }
        }
        return null;
    }
}
