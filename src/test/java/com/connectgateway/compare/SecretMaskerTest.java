package com.connectgateway.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    @Test
    void secretMembersHeadersAndFormsAreMaskedWhereverTheyAppear() {
        SecretMasker masker = new SecretMasker();
        masker.collect(Json.parseOrNull("{\"RequestHeader\":{\"Token\":null},\"B\":{\"SystemPassword\":\"s3cret-pw\",\"Token\":\"tok-abc-123\","
                + "\"Items\":[{\"DownloadToken\":\"dl-xyz-789\"}],\"Name\":\"not secret\"}}"));
        masker.collectHeaders(Map.of("Authorization", "Bearer bearer-456-def"));
        masker.collectForm("grant_type=password&username=u&password=form%2Fpw&client_secret=cs-000");
        String masked = masker.mask("s3cret-pw tok-abc-123 dl-xyz-789 bearer-456-def form/pw cs-000 not secret null");
        assertThat(masked).isEqualTo("*** *** *** *** *** *** not secret null");
    }

    @Test
    void urlQueriesAndSecretPathsAreMaskedWhole() {
        SecretMasker masker = new SecretMasker();
        assertThat(masker.mask("\"https://delivery.example.com/f/1.jpg?sig=abc&e=1\" and http://a/b"))
                .isEqualTo("\"https://delivery.example.com/f/1.jpg?***\" and http://a/b");
        assertThat(masker.maskAt("R.Images[0].Authorizations[0].DownloadToken", "\"anything\"")).isEqualTo("***");
        assertThat(masker.maskAt("R.DownloadUrls[0].UrlAttachment", "\"http://x/ticket/1.png\"")).isEqualTo("***");
        assertThat(masker.maskAt("R.Title", "\"Dog\"")).isEqualTo("\"Dog\"");
        assertThat(masker.maskAt("R.Token", "null")).isEqualTo("null");
    }

    @Test
    void credentialsComeFromTheFileThenTheEnvironment() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("credentials", ".properties");
        java.nio.file.Files.writeString(file, "SystemId=file-system\nSystemPassword=file-secret\n");
        Credentials credentials = Credentials.load(file, Map.of("CONNECT_SYSTEM_ID", "env-system", "CONNECT_USER_NAME", "env-user"));
        var body = Json.parseOrNull("{\"B\":{\"SystemId\":\"REDACTED\",\"SystemPassword\":\"REDACTED\",\"UserName\":\"REDACTED\","
                + "\"UserPassword\":\"kept\"}}");
        credentials.apply(body);
        assertThat(body.toString()).isEqualTo(
                "{\"B\":{\"SystemId\":\"file-system\",\"SystemPassword\":\"file-secret\",\"UserName\":\"env-user\",\"UserPassword\":\"kept\"}}");
        assertThat(credentials.secrets()).containsExactly("file-secret");
    }
}
