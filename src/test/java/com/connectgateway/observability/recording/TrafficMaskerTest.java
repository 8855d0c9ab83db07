package com.connectgateway.observability.recording;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TrafficMaskerTest {

    private final ObjectMapper json = new ObjectMapper();
    private final TrafficMasker masker = new TrafficMasker();

    @Test
    void passwordsAreRedactedAndTokensAndLinksBecomeStablePseudonyms() throws Exception {
        JsonNode body = json.readTree("""
                {"RequestHeader":{"Token":"tok-1","CoordinationId":"c"},
                 "CreateSessionRequestBody":{"SystemId":"sys","SystemPassword":"pw-1","userpassword":"pw-2"},
                 "Items":[{"DownloadToken":"dl-1","UrlAttachment":"https://x/file?sig=s"},{"SECURETOKEN":"tok-1"}],
                 "Other":{"Token":null,"Count":3}}""");
        masker.mask(body);

        String text = body.toString();
        assertThat(text).doesNotContain("tok-1", "pw-1", "pw-2", "dl-1", "sig=s");
        assertThat(body.at("/CreateSessionRequestBody/SystemPassword").asText()).isEqualTo(TrafficMasker.PASSWORD);
        assertThat(body.at("/CreateSessionRequestBody/userpassword").asText()).isEqualTo(TrafficMasker.PASSWORD);
        assertThat(body.at("/CreateSessionRequestBody/SystemId").asText()).isEqualTo("sys");
        String token = body.at("/RequestHeader/Token").asText();
        assertThat(token).startsWith(TrafficMasker.PSEUDONYM_PREFIX);
        assertThat(body.at("/Items/1/SECURETOKEN").asText()).as("the same value, the same pseudonym").isEqualTo(token);
        assertThat(body.at("/Items/0/DownloadToken").asText()).startsWith(TrafficMasker.PSEUDONYM_PREFIX).isNotEqualTo(token);
        assertThat(body.at("/Items/0/UrlAttachment").asText()).startsWith(TrafficMasker.PSEUDONYM_PREFIX);
        assertThat(body.at("/Other/Token").isNull()).isTrue();
        assertThat(body.at("/Other/Count").asInt()).isEqualTo(3);
        assertThat(new TrafficMasker().pseudonym("tok-1")).as("another gateway start, another key").isNotEqualTo(token);
    }
}
