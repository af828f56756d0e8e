package com.riskdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreOnStartTest {

    @TempDir
    Path folder;

    @Test
    void a_store_already_in_the_data_folder_is_kept_beside_the_restored_one() throws Exception {
        Path dataDir = Files.createDirectories(folder.resolve("data"));
        Files.writeString(dataDir.resolve("risk-monitor.mv.db"), "the store before");
        Path backup = zip("risk-monitor.mv.db", "the backed-up store");

        RestoreOnStart.restore(backup, dataDir);

        assertThat(dataDir.resolve("risk-monitor.mv.db")).hasContent("the backed-up store");
        try (var files = Files.list(dataDir)) {
            assertThat(files.filter(file -> file.getFileName().toString()
                    .startsWith("risk-monitor.mv.db.before-restore-")))
                    .singleElement().satisfies(kept -> assertThat(kept).hasContent("the store before"));
        }
    }

    @Test
    void starting_again_with_the_same_backup_leaves_what_was_saved_since_alone() throws Exception {
        Path dataDir = folder.resolve("data");
        Path backup = zip("risk-monitor.mv.db", "the backed-up store");
        assertThat(RestoreOnStart.restore(backup, dataDir)).isEqualTo(1);
        Files.writeString(dataDir.resolve("risk-monitor.mv.db"), "the store with later saves");

        assertThat(RestoreOnStart.restore(backup, dataDir)).isZero();

        assertThat(dataDir.resolve("risk-monitor.mv.db")).hasContent("the store with later saves");
    }

    @Test
    void a_zip_without_a_store_or_with_paths_outside_the_folder_restores_nothing() throws Exception {
        Path dataDir = folder.resolve("data");
        Path backup = zip("../escape.mv.db", "outside");

        assertThatThrownBy(() -> RestoreOnStart.restore(backup, dataDir)).hasMessageContaining("holds no H2 store");
        assertThat(folder.resolve("escape.mv.db")).doesNotExist();
    }

    @Test
    void a_missing_backup_stops_the_start() {
        assertThatThrownBy(() -> RestoreOnStart.restore(folder.resolve("nowhere.zip"), folder.resolve("data")))
                .hasMessageContaining("No backup at");
    }

    private Path zip(String name, String content) throws IOException {
        Path zip = folder.resolve("backup.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(name));
            OutputStream entry = out;
            entry.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }
}
