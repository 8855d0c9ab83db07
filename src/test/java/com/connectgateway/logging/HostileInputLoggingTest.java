package com.connectgateway.logging;

import static com.connectgateway.support.JsonBody.at;
import static com.connectgateway.support.LegacyApi.envelope;
import static com.connectgateway.support.LegacyApi.overHttps;
import static com.connectgateway.support.LegacyApi.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.connectgateway.support.LegacyApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Filter;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile request text never forges a console line, and expected client errors log at most one
 * line without a stack. Records are rendered with the running application's own console handler
 * filter and formatter, so the check covers the configuration too.
 */
@QuarkusTest
class HostileInputLoggingTest {

    private static final String FORGED = "x\r\n2026-12-01 00:00:00,000 INFO  [io.quarkus] (main) FORGED admin login ok";

    /** Renders every record the way the console does. */
    private static final class ConsoleCapture extends Handler {
        private final Filter filter;
        private final Formatter formatter;
        private final List<LogRecord> records = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();

        ConsoleCapture(ConsoleHandler console) {
            this.filter = console.getFilter();
            this.formatter = console.getFormatter();
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (String.valueOf(record.getLoggerName()).startsWith("org.apache.http")) {
                return; // REST Assured's own client
            }
            if (filter == null || filter.isLoggable(record)) {
                records.add(record);
                text.append(formatter.format(record));
            }
        }

        synchronized List<LogRecord> records() {
            return List.copyOf(records);
        }

        synchronized String text() {
            return text.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private ConsoleCapture capture;

    private static ConsoleHandler console(Handler[] handlers) {
        for (Handler handler : handlers) {
            if (handler instanceof ConsoleHandler console) {
                return console;
            }
            if (handler instanceof ExtHandler ext) {
                ConsoleHandler nested = console(ext.getHandlers());
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    @BeforeEach
    void startCapture() {
        ConsoleHandler console = console(Logger.getLogger("").getHandlers());
        assertThat(console).as("the application's console handler").isNotNull();
        capture = new ConsoleCapture(console);
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopCapture() {
        Logger.getLogger("").removeHandler(capture);
    }

    private void assertNoForgedLine() {
        assertThat(capture.text().lines())
                .noneMatch(line -> line.startsWith("2026-12-01 00:00:00,000") || line.startsWith("FORGED"));
    }

    private static RequestSpecification form() {
        return given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .relaxedHTTPSValidation().baseUri("https://localhost").port(LegacyApi.httpsPort());
    }

    @Test
    void theConsoleWritesControlCharactersAsEscapes() {
        Logger.getLogger("com.connectgateway.session").warning("Refused " + FORGED);
        assertThat(capture.text()).hasLineCount(1).contains("Refused x\\r\\n2026-12-01");
        assertNoForgedLine();
    }

    @Test
    void forgedLinesInLegacyRequestsAreNotWritten() {
        Map<String, Object> forgedSystem = Map.of("SystemId", FORGED, "SystemPassword", "y");
        post(overHttps(), "/v1/session/CreateSession", envelope(null, null, "CreateSessionRequestBody", forgedSystem))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidSystemIdOrPassword")));
        Map<String, Object> forgedUser = LegacyApi.userCredentials();
        forgedUser.put("UserName", FORGED);
        post(overHttps(), "/v1/session/CreateSession", envelope(null, FORGED, "CreateSessionRequestBody", forgedUser))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("InvalidUsernameOrPassword")));
        post(overHttps(), "/v1/search/SearchForImages", envelope(FORGED, FORGED, "SearchForImagesRequestBody",
                Map.of("Query", Map.of("SearchPhrase", FORGED))))
                .body(at("ResponseHeader.StatusList[0].Code", equalTo("AUTH-010")));
        assertNoForgedLine();
        assertThat(capture.records()).allMatch(r -> r.getThrown() == null);
    }

    @Test
    void malformedTokenRequestsAreOneCleanRefusal() throws Exception {
        List<String> bodies = List.of("grant_type=password&a=%zz", "grant_type=password&a=%\r\n" + FORGED,
                "grant_type=client_credentials&client_id=" + FORGED.replace("\r\n", "%0d%0a") + "&client_secret=b");
        for (String body : bodies) {
            int before = capture.records().size();
            int status = form().contentType("application/x-www-form-urlencoded").body(body).post("/oauth2/token")
                    .then().extract().statusCode();
            assertThat(status).as(body).isEqualTo(400);
            assertThat(capture.records().size() - before).as("log records for " + body).isLessThanOrEqualTo(1);
        }
        // An unknown charset parameter is ignored: the form is read as UTF-8, as RFC 6749 says.
        assertThat(tokenRequestWithCharset("bogus")).startsWith("200 ").contains("\"access_token\"");
        form().contentType("application/x-www-form-urlencoded").body("grant_type=password&a=%zz")
                .post("/oauth2/token").then().statusCode(400).body(at("error", equalTo("invalid_request")));
        assertThat(capture.records()).allMatch(r -> r.getThrown() == null);
        assertNoForgedLine();
    }

    /** REST Assured will not send an unknown charset, so this one goes out with the JDK client. */
    private static String tokenRequestWithCharset(String charset) throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + LegacyApi.httpPort() + "/oauth2/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded; charset=" + charset)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                                + LegacyApi.SYSTEM_ID + "&client_secret=" + LegacyApi.SYSTEM_PASSWORD))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
