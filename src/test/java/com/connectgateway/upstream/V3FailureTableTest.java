package com.connectgateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import com.connectgateway.endpoint.SingleStepRefusal;
import com.connectgateway.operations.download.DownloadRefusal;
import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole v3 → legacy error table, without Quarkus: how each v3 failure is classified, and how
 * each {@link V3FailureKind} reads in the three legacy forms (operation StatusList code, download
 * item Status and code, SingleStepDownload HTTP status).
 */
class V3FailureTableTest {

    /** One row: the operation code (with ImageNotFound as the not-found code), the item's Status and code, the HTTP status. */
    record Row(StatusCode operation, String itemStatus, StatusCode itemCode, int http) {
    }

    private static final Map<V3FailureKind, Row> TABLE = new EnumMap<>(Map.ofEntries(
            Map.entry(V3FailureKind.THROTTLED, new Row(StatusCode.DEPENDENT_SERVICE_DOWN, "FailedToGetDownloadUrl",
                    StatusCode.DEPENDENT_SERVICE_DOWN, 503)),
            Map.entry(V3FailureKind.DEADLINE_NOT_SENT, new Row(StatusCode.DEPENDENT_SERVICE_DOWN, "FailedToGetDownloadUrl",
                    StatusCode.DEPENDENT_SERVICE_DOWN, 503)),
            Map.entry(V3FailureKind.DEADLINE_UNANSWERED, new Row(StatusCode.DEPENDENT_SERVICE_DOWN, "FailedToGetDownloadUrl",
                    StatusCode.FAILED_TO_GET_DOWNLOAD_URL, 503)),
            Map.entry(V3FailureKind.TIMEOUT, new Row(StatusCode.DEPENDENT_SERVICE_DOWN, "FailedToGetDownloadUrl",
                    StatusCode.FAILED_TO_GET_DOWNLOAD_URL, 503)),
            Map.entry(V3FailureKind.NO_DOWNLOAD_URI, new Row(StatusCode.DEPENDENT_SERVICE_DOWN, "FailedToGetDownloadUrl",
                    StatusCode.FAILED_TO_GET_DOWNLOAD_URL, 502)),
            Map.entry(V3FailureKind.UNAVAILABLE, new Row(StatusCode.DEPENDENT_SERVICE_DOWN, "FailedToGetDownloadUrl",
                    StatusCode.FAILED_TO_GET_DOWNLOAD_URL, 503)),
            Map.entry(V3FailureKind.SERVER_ERROR, new Row(StatusCode.DEPENDENT_SERVICE_DOWN, "FailedToGetDownloadUrl",
                    StatusCode.FAILED_TO_GET_DOWNLOAD_URL, 503)),
            Map.entry(V3FailureKind.BAD_REQUEST, new Row(StatusCode.INVALID_REQUEST, "FailedToGetDownloadUrl",
                    StatusCode.FAILED_TO_GET_DOWNLOAD_URL, 503)),
            Map.entry(V3FailureKind.UNAUTHORIZED, new Row(StatusCode.AUTH_021, "NoAccess", StatusCode.AUTH_021, 401)),
            Map.entry(V3FailureKind.USER_TOKEN_REQUIRED, new Row(StatusCode.NO_AUTHORIZATIONS, "NoAccess", StatusCode.AUTH_021, 401)),
            Map.entry(V3FailureKind.PRODUCT_NOT_ALLOWED, new Row(StatusCode.UNAUTHORIZED_PRODUCT_OFFERING, "NoAccess",
                    StatusCode.UNAUTHORIZED_PRODUCT_OFFERING, 403)),
            Map.entry(V3FailureKind.LIMIT_REACHED, new Row(StatusCode.NO_AUTHORIZATIONS, "NoAccess", StatusCode.NO_AUTHORIZATIONS, 403)),
            Map.entry(V3FailureKind.CALL_FOR_IMAGE, new Row(StatusCode.NO_AUTHORIZATIONS, "NoAccess", StatusCode.NO_AUTHORIZATIONS, 404)),
            Map.entry(V3FailureKind.FORBIDDEN, new Row(StatusCode.NO_AUTHORIZATIONS, "NoAccess", StatusCode.NO_AUTHORIZATIONS, 403)),
            Map.entry(V3FailureKind.NOT_FOUND, new Row(StatusCode.IMAGE_NOT_FOUND, "Unavailable", StatusCode.FAILED_TO_GET_DOWNLOAD_URL, 404)),
            Map.entry(V3FailureKind.UNEXPECTED, new Row(StatusCode.SYSTEM_ERROR, "FailedToGetDownloadUrl",
                    StatusCode.FAILED_TO_GET_DOWNLOAD_URL, 503))));

    /** Failures as V3Api raises them, each with the kind it must be classified as. */
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new V3Throttled(429, null, "Too Many Requests", Duration.ofSeconds(3)), V3FailureKind.THROTTLED),
                Arguments.of(new V3Throttled(403, null, "Account Over Queries Per Second Limit", null), V3FailureKind.THROTTLED),
                Arguments.of(new V3DeadlineExceeded(false), V3FailureKind.DEADLINE_NOT_SENT),
                Arguments.of(new V3DeadlineExceeded(true), V3FailureKind.DEADLINE_UNANSWERED),
                Arguments.of(new V3ServerFailure(0, "Timeout", "The image service did not answer in time."), V3FailureKind.TIMEOUT),
                Arguments.of(new V3ServerFailure(0, V3Api.NO_DOWNLOAD_URI, "no location"), V3FailureKind.NO_DOWNLOAD_URI),
                Arguments.of(new V3TransientFailure(0, "ConnectFailed", "unreachable"), V3FailureKind.UNAVAILABLE),
                Arguments.of(new V3ServerFailure(0, "NoAnswer", "no answer"), V3FailureKind.UNAVAILABLE),
                Arguments.of(new V3ServerFailure(0, "UnreadableAnswer", "unreadable"), V3FailureKind.UNAVAILABLE),
                Arguments.of(new V3ServerFailure(0, "CircuitOpen", "paused"), V3FailureKind.UNAVAILABLE),
                Arguments.of(new V3ServerFailure(0, "BulkheadFull", "busy"), V3FailureKind.UNAVAILABLE),
                Arguments.of(new V3ServerFailure(500, "Boom", "internal"), V3FailureKind.SERVER_ERROR),
                Arguments.of(new V3TransientFailure(503, null, "HTTP 503"), V3FailureKind.SERVER_ERROR),
                Arguments.of(new V3Failure(400, "InvalidParameterValue", "bad sort_order"), V3FailureKind.BAD_REQUEST),
                Arguments.of(new V3Failure(401, null, "Unauthorized"), V3FailureKind.UNAUTHORIZED),
                Arguments.of(new V3Failure(403, "UserTokenRequired", "user"), V3FailureKind.USER_TOKEN_REQUIRED),
                Arguments.of(new V3Failure(403, "NoAccessToProductType", "no"), V3FailureKind.PRODUCT_NOT_ALLOWED),
                Arguments.of(new V3Failure(403, "UnauthorizedProductOffering", "no"), V3FailureKind.PRODUCT_NOT_ALLOWED),
                Arguments.of(new V3Failure(403, "OverageLimitReached", "limit"), V3FailureKind.LIMIT_REACHED),
                Arguments.of(new V3Failure(403, "CallForImage", "call"), V3FailureKind.CALL_FOR_IMAGE),
                Arguments.of(new V3Failure(403, "InsufficientAccess", "no"), V3FailureKind.FORBIDDEN),
                Arguments.of(new V3Failure(403, null, "HTTP 403"), V3FailureKind.FORBIDDEN),
                Arguments.of(new V3Failure(404, "ImageNotFound", "gone"), V3FailureKind.NOT_FOUND),
                Arguments.of(new V3Failure(409, "TransactionIdDuplicated", "dup"), V3FailureKind.UNEXPECTED),
                Arguments.of(new V3Failure(302, null, "HTTP 302"), V3FailureKind.UNEXPECTED));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void eachFailureIsClassifiedOnceAndRenderedInEveryForm(V3Failure failure, V3FailureKind kind) {
        assertThat(V3FailureKind.of(failure)).isEqualTo(kind);
        Row row = TABLE.get(kind);

        LegacyFault operation = V3ErrorTranslator.toLegacy(failure, StatusCode.IMAGE_NOT_FOUND);
        assertThat(operation.code()).as("operation code").isEqualTo(row.operation());
        assertThat(operation.getMessage()).isNotBlank();

        DownloadRefusal item = DownloadRefusal.of(failure);
        assertThat(item.itemStatus()).as("item Status").isEqualTo(row.itemStatus());
        assertThat(item.code()).as("item code").isEqualTo(row.itemCode());
        assertThat(item.message()).isNotBlank();

        SingleStepRefusal single = SingleStepRefusal.of(failure);
        assertThat(single.status()).as("SingleStepDownload status").isEqualTo(row.http());
        assertThat(single.message()).isNotBlank();
    }

    @Test
    void everyKindHasARowAndAFailureThatLeadsToIt() {
        assertThat(TABLE.keySet()).containsExactlyInAnyOrder(V3FailureKind.values());
        List<Object> sampled = failures().map(a -> a.get()[1]).toList();
        assertThat(sampled).containsAll(Arrays.asList(V3FailureKind.values()));
    }

    @Test
    void theOperationDecidesWhatNotFoundMeans() {
        assertThat(V3ErrorTranslator.toLegacy(new V3Failure(404, null, "HTTP 404"), StatusCode.EVENT_NOT_FOUND).code())
                .isEqualTo(StatusCode.EVENT_NOT_FOUND);
    }

    @Test
    void messagesThatMatterToClients() {
        V3Throttled throttled = new V3Throttled(429, null, "Too Many Requests", Duration.ofSeconds(3));
        assertThat(V3ErrorTranslator.toLegacy(throttled, StatusCode.IMAGE_NOT_FOUND).getMessage()).contains("retry after 3 seconds");
        assertThat(DownloadRefusal.of(throttled).message()).contains("retry after 3 seconds");
        // A 400 names the parameter v3 refused; a 5xx's text stays upstream.
        assertThat(V3ErrorTranslator.toLegacy(new V3Failure(400, null, "bad sort_order"), StatusCode.IMAGE_NOT_FOUND).getMessage())
                .isEqualTo("bad sort_order");
        assertThat(V3ErrorTranslator.toLegacy(new V3ServerFailure(500, null, "at Getty.Internal line 42"), StatusCode.IMAGE_NOT_FOUND)
                .getMessage()).doesNotContain("Getty.Internal").contains("HTTP 500");
        assertThat(DownloadRefusal.of(new V3DeadlineExceeded(false)).message()).contains("send the token again");
        assertThat(DownloadRefusal.of(new V3DeadlineExceeded(true)).message()).contains("may have been counted");
        assertThat(SingleStepRefusal.of(new V3Failure(403, "NoAccessToProductType", "x")).message())
                .isEqualTo("Product offering can not be used with this resource.");
        assertThat(SingleStepRefusal.of(new V3Failure(403, "OverageLimitReached", "x")).message()).isEqualTo("No product offering found.");
        assertThat(SingleStepRefusal.of(new V3ServerFailure(0, V3Api.NO_DOWNLOAD_URI, "no location")).message()).isEqualTo("no location");
    }
}
