package com.connectgateway.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NormalisationRulesTest {

    @Test
    void readsEveryRule() {
        NormalisationRules rules = NormalisationRules.parse("""
                {"ignore": ["**.Token", "**.CoordinationId"], "urlsByShape": false, "dateToleranceSeconds": 90,
                 "arrayKeys": {"**.Images": "ImageId"}}""");
        assertThat(rules.ignored("ResponseHeader.CoordinationId")).isTrue();
        assertThat(rules.ignored("ResponseHeader.Status")).isFalse();
        assertThat(rules.urlsByShape()).isFalse();
        assertThat(rules.dateToleranceMillis()).isEqualTo(90_000);
        assertThat(rules.arrayKey("GetImageDetailsResult.Images")).isEqualTo("ImageId");
        assertThat(rules.arrayKey("GetImageDetailsResult.Images[0].Keywords")).isNull();
        assertThat(rules.describe()).containsEntry("dateToleranceSeconds", 90.0);
    }

    @Test
    void defaultsCompareUrlsByShapeAndNothingElse() {
        NormalisationRules rules = NormalisationRules.parse("{}");
        assertThat(rules.urlsByShape()).isTrue();
        assertThat(rules.ignore()).isEmpty();
        assertThat(rules.dateToleranceMillis()).isZero();
    }

    @Test
    void refusesWhatIsNotAnObject() {
        assertThatThrownBy(() -> NormalisationRules.parse("[1]")).isInstanceOf(CorpusException.class);
    }
}
