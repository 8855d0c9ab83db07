package com.connectgateway.compare;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which legacy operation a recorded URL called, as {@code service/Operation}: the paths the
 * gateway serves, {@code /v1|v2/<service>/<Operation>} (anywhere in the path, so a corpus
 * recorded behind a path prefix still counts), SingleStepDownload's {@code /v2/download/<ImageId>}
 * and the {@code /oauth2/token} pass-through. Anything else (a browser HAR holds images, scripts)
 * is not a legacy call and is left out of the replay.
 */
public final class LegacyOperations {

    public static final String SINGLE_STEP_DOWNLOAD = "download/SingleStepDownload";
    public static final String OAUTH2_TOKEN = "oauth2/token";

    /** The download service's named operations; any other last segment there is an ImageId. */
    private static final Set<String> DOWNLOAD_OPERATIONS = Set.of("getimagedownloadauthorizations",
            "getlargestimagedownloadauthorizations", "createdownloadrequest", "getpreviousdownloads");

    private LegacyOperations() {
    }

    public static Optional<String> recognise(String url) {
        String path = path(url);
        if (path == null) {
            return Optional.empty();
        }
        String[] segments = path.split("/");
        for (int i = 0; i + 3 <= segments.length; i++) {
            String segment = segments[i].toLowerCase(Locale.ROOT);
            if ((segment.equals("v1") || segment.equals("v2")) && segments.length == i + 3) {
                String service = segments[i + 1];
                String name = segments[i + 2];
                if (service.isEmpty() || name.isEmpty()) {
                    return Optional.empty();
                }
                if (service.equalsIgnoreCase("download") && !DOWNLOAD_OPERATIONS.contains(name.toLowerCase(Locale.ROOT))) {
                    return Optional.of(SINGLE_STEP_DOWNLOAD);
                }
                return Optional.of(service.toLowerCase(Locale.ROOT) + "/" + name);
            }
        }
        if (path.toLowerCase(Locale.ROOT).endsWith("/oauth2/token")) {
            return Optional.of(OAUTH2_TOKEN);
        }
        return Optional.empty();
    }

    /** The path and query of a recorded URL, to be sent to the gateway under test. */
    public static String pathAndQuery(String url) {
        URI uri = uri(url);
        if (uri == null) {
            return url;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String path(String url) {
        URI uri = uri(url);
        return uri == null ? null : uri.getPath();
    }

    private static URI uri(String url) {
        try {
            return URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
