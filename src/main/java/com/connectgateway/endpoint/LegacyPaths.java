package com.connectgateway.endpoint;

/** Which request paths are legacy operation paths, answered with a legacy envelope whatever happens. */
final class LegacyPaths {

    private LegacyPaths() {
    }

    static boolean isLegacy(String path) {
        return path != null && (path.startsWith("/v1/") || path.startsWith("/v2/") || path.equals("/v1") || path.equals("/v2"));
    }
}
