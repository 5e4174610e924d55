package org.vigie.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|inPage|Messages\\.get\\([^,]+,)\\(?\\s*\"([a-zA-Z]+\\.[a-zA-Z0-9.]+)\"|@Menu\\(title = \"([^\"]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    @Test
    void french_and_english_have_the_same_keys() {
        assertThat(Messages.bundle(Language.EN).keySet()).isEqualTo(Messages.bundle(Language.FR).keySet());
    }

    @Test
    void both_languages_use_the_same_placeholders_for_each_key() {
        Map<String, String> differing = new TreeMap<>();
        for (String key : Messages.bundle(Language.FR).keySet()) {
            Set<String> fr = placeholders(Messages.bundle(Language.FR).getString(key));
            Set<String> en = placeholders(Messages.bundle(Language.EN).getString(key));
            if (!fr.equals(en)) {
                differing.put(key, fr + " vs " + en);
            }
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void every_apostrophe_is_doubled_so_that_no_text_is_swallowed() {
        for (Language language : Language.values()) {
            Set<String> broken = Messages.bundle(language).keySet().stream()
                    .filter(key -> Messages.bundle(language).getString(key).replace("''", "").contains("'"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(broken).as(language.name()).isEmpty();
        }
    }

    @Test
    void every_pattern_is_a_valid_message_format() {
        for (Language language : Language.values()) {
            for (String key : Messages.bundle(language).keySet()) {
                new MessageFormat(Messages.bundle(language).getString(key), language.locale());
            }
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    asked.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(asked).hasSizeGreaterThan(100);
        Set<String> known = Messages.bundle(Language.FR).keySet();
        assertThat(asked).allSatisfy(key -> assertThat(key.endsWith(".")
                ? known.stream().anyMatch(k -> k.startsWith(key)) : known.contains(key)).as(key).isTrue());
    }

    @Test
    void french_is_the_default_even_on_an_english_machine() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            assertThat(Messages.get(Locale.FRENCH, "shell.signOut")).isEqualTo("Se déconnecter");
            assertThat(Messages.get(Locale.GERMAN, "shell.signOut")).isEqualTo("Se déconnecter");
            assertThat(Messages.get(Locale.ENGLISH, "shell.signOut")).isEqualTo("Sign out");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbers_and_apostrophes_are_written_the_french_way() {
        assertThat(Messages.get(Language.FR, "reason.notDeployed", "sso")).isEqualTo("sso n'est pas déployé");
        assertThat(Messages.get(Language.FR, "triage.notGreenOnly")).isEqualTo("Seulement ce qui n'est pas vert");
        assertThat(Messages.get(Language.FR, "facts.capacityValue", 12500)).matches("12\\h500 sessions par réplica");
        assertThat(Messages.get(Language.EN, "facts.capacityValue", 12500)).isEqualTo("12,500 sessions per replica");
    }

    @Test
    void a_missing_key_shows_itself_rather_than_an_empty_text() {
        assertThat(Messages.get(Language.FR, "no.such.key")).isEqualTo("!no.such.key!");
    }

    @Test
    void a_language_is_french_unless_exactly_english_is_asked() {
        assertThat(Language.of("en")).isEqualTo(Language.EN);
        assertThat(Language.of("EN<script>")).isEqualTo(Language.FR);
        assertThat(Language.of((String) null)).isEqualTo(Language.FR);
        assertThat(Language.of(Locale.UK)).isEqualTo(Language.EN);
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
