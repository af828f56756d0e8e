package com.riskdesk.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BundlesTest {

    private final Translations translations = new Translations();

    @Test
    void every_language_has_exactly_the_keys_of_the_english_bundle() throws IOException {
        Properties english = bundle("i18n/messages.properties");
        assertThat(english).hasSizeGreaterThan(100);
        for (Locale language : Languages.SUPPORTED.subList(1, Languages.SUPPORTED.size())) {
            Properties other = bundle("i18n/messages_" + language.getLanguage() + ".properties");
            assertThat(other.stringPropertyNames()).as(language + " bundle")
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        }
    }

    @Test
    void every_text_with_parameters_is_a_valid_pattern_using_the_same_parameters_in_each_language() throws IOException {
        Properties english = bundle("i18n/messages.properties");
        Properties spanish = bundle("i18n/messages_es.properties");
        for (String key : english.stringPropertyNames()) {
            for (Properties texts : java.util.List.of(english, spanish)) {
                String text = texts.getProperty(key);
                if (text.contains("{")) {
                    assertThatCode(() -> new MessageFormat(text)).as(key).doesNotThrowAnyException();
                    assertThat(new MessageFormat(text).getFormatsByArgumentIndex()).as(key)
                            .hasSameSizeAs(new MessageFormat(english.getProperty(key)).getFormatsByArgumentIndex());
                }
            }
        }
    }

    @Test
    void texts_come_in_the_asked_language_with_its_number_conventions_and_english_otherwise() {
        assertThat(translations.text(Languages.SPANISH, "staff.title")).isEqualTo("Cuentas del personal");
        assertThat(translations.text(Locale.forLanguageTag("es-MX"), "staff.title")).isEqualTo("Cuentas del personal");
        assertThat(translations.text(Locale.GERMAN, "staff.title")).isEqualTo("Staff accounts");
        assertThat(translations.text(Languages.ENGLISH, "audit.failed-summary", 1234, 2.5))
                .startsWith("Failed sign-ins in the last hour: 1,234 (").contains("2.5");
        assertThat(translations.text(Languages.SPANISH, "audit.failed-summary", 1234, 2.5))
                .contains("1.234").contains("2,5");
        assertThat(translations.text(Languages.ENGLISH, "staff.refused.taken", "dave"))
                .isEqualTo("The user name 'dave' is taken");
        assertThat(translations.text(Languages.ENGLISH, "no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void a_refusal_keeps_its_code_and_reads_in_english_in_logs() {
        RefusedException refused = new RefusedException("staff.refused.password-length", 12, 128);

        assertThat(refused.reason()).isEqualTo(Message.of("staff.refused.password-length", 12, 128));
        assertThat(refused.getMessage()).isEqualTo("A password is 12 to 128 characters, not counting spaces at either end");
    }

    private static Properties bundle(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
