package com.riskdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a monitor follows comes from its definition: the code names no particular crisis, apart from the demo's. */
class NoMonitorInCodeTest {

    private static final Path MAIN = Path.of("src", "main", "java", "com", "riskdesk");
    private static final List<String> DEMO_WORDS = List.of("boat", "strike", "venezuela", "maduro");

    @Test
    void only_the_demo_data_names_what_the_demo_monitor_follows() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            List<String> naming = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(MAIN.resolve("demo")))
                    .filter(file -> DEMO_WORDS.stream().anyMatch(read(file)::contains))
                    .map(Path::toString)
                    .toList();
            assertThat(naming).isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
