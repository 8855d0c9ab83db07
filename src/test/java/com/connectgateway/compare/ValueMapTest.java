package com.connectgateway.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueMapTest {

    @Test
    void handedOutValuesAreRewrittenInLaterRequestsKeepingTheirType() {
        ValueMap values = new ValueMap();
        values.learn(Json.parseOrNull("{\"R\":{\"Token\":\"old-token\",\"LightboxId\":5551234}}"),
                Json.parseOrNull("{\"R\":{\"Token\":\"new-token\",\"LightboxId\":1320994479}}"));
        String rewritten = values.rewrite(Json.parseOrNull(
                "{\"RequestHeader\":{\"Token\":\"old-token\"},\"B\":{\"LightboxId\":5551234,\"AsText\":\"5551234\",\"Other\":\"x\"}}")).toString();
        assertThat(rewritten).isEqualTo(
                "{\"RequestHeader\":{\"Token\":\"new-token\"},\"B\":{\"LightboxId\":1320994479,\"AsText\":\"1320994479\",\"Other\":\"x\"}}");
        assertThat(values.rewriteUrl("/v2/download/5551234?x=old-token")).isEqualTo("/v2/download/1320994479?x=new-token");
        assertThat(values.rewriteHeader("Bearer old-token")).isEqualTo("Bearer new-token");
        assertThat(values.originOf("new-token")).isEqualTo("old-token");
        assertThat(values.wasSentOn("old-token")).isTrue();
    }

    @Test
    void valuesTheClientSentFirstAreInputNotHandedOut() {
        ValueMap values = new ValueMap();
        values.noteClientValues(Json.parseOrNull("{\"Filter\":{\"ImageFamilies\":[\"Creative\"]},\"ItemCount\":2}"));
        values.learn(Json.parseOrNull("{\"Images\":[{\"ImageFamily\":\"Creative\",\"ItemCount\":2}]}"),
                Json.parseOrNull("{\"Images\":[{\"ImageFamily\":\"Editorial\",\"ItemCount\":5}]}"));
        assertThat(values.rewrite(Json.parseOrNull("{\"F\":[\"Creative\"],\"C\":2}")).toString()).isEqualTo("{\"F\":[\"Creative\"],\"C\":2}");
        assertThat(values.size()).isZero();
    }

    @Test
    void booleansNullsAndEqualValuesAreNeverMapped() {
        ValueMap values = new ValueMap();
        values.learn(Json.parseOrNull("{\"a\":true,\"b\":null,\"c\":\"same\"}"), Json.parseOrNull("{\"a\":false,\"b\":\"x\",\"c\":\"same\"}"));
        assertThat(values.size()).isZero();
    }
}
