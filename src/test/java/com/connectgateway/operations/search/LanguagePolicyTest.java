package com.connectgateway.operations.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.connectgateway.wire.LegacyFault;
import com.connectgateway.wire.StatusCode;
import com.connectgateway.wire.StatusEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Legacy Language tags → the nearest tag v3 accepts. */
class LanguagePolicyTest {

    @ParameterizedTest
    @CsvSource({
            "de-de, de", "DE-AT, de", "fr-fr, fr", "fr-CA, fr", "es-mx, es", "it-it, it", "ja-jp, ja",
            "en-us, en-US", "en-gb, en-GB", "en-au, en-US", "en, en-US", "pt-br, pt-BR", "pt, pt-PT",
            "nl-BE, nl", "sv-se, sv", "zh-tw, zh-HK", "zh-hk, zh-HK", "de_DE, de" })
    void regionTagsBecomeTheNearestSupportedTag(String legacy, String v3) {
        List<StatusEntry> notes = new ArrayList<>();
        assertThat(LanguagePolicy.acceptLanguage(legacy, notes::add)).isEqualTo(v3);
        assertThat(notes).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "xx-YY", "zh-cn", "zh", "ar-SA", "he" })
    void languagesV3DoesNotServeFallBackWithAWarning(String legacy) {
        List<StatusEntry> notes = new ArrayList<>();
        assertThat(LanguagePolicy.acceptLanguage(legacy, notes::add)).isEqualTo("en-US");
        assertThat(notes).extracting(StatusEntry::code).containsExactly("DefaultLanguageUsed");
    }

    @ParameterizedTest
    @ValueSource(strings = { "english please", "1234", "de--de" })
    void textThatIsNoTagIsRefused(String legacy) {
        assertThatThrownBy(() -> LanguagePolicy.acceptLanguage(legacy, note -> { }))
                .isInstanceOfSatisfying(LegacyFault.class, fault -> assertThat(fault.code()).isEqualTo(StatusCode.INVALID_LANGUAGE_CODE));
    }
}
