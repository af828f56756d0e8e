package com.riskdesk.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --app.restore-from=backup.zip}: before the database is opened, puts the backup's store into
 * {@code app.data-dir}. A store already there is kept beside it as {@code *.before-restore-<time>}, never deleted.
 * Runs as a bean factory post-processor so that it is done before any bean (the data source, Flyway) exists.
 * Start with the option once; should it stay on by mistake, later starts see in {@value #MARKER} that this backup
 * was restored already and leave the store (with everything saved since) alone.
 */
@Component
class RestoreOnStart implements BeanFactoryPostProcessor, EnvironmentAware {

    static final String PROPERTY = "app.restore-from";
    static final String MARKER = "restored-from.txt";
    private static final String STORE_SUFFIX = ".mv.db";
    private static final Logger LOG = LoggerFactory.getLogger(RestoreOnStart.class);

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        String from = environment.getProperty(PROPERTY);
        if (from == null || from.isBlank()) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:h2:file:")) {
            throw new IllegalStateException(PROPERTY + " restores an H2 file store; the data source is " + url);
        }
        restore(Path.of(from), Path.of(environment.getRequiredProperty("app.data-dir")));
    }

    /** Extracts the store files of an H2 backup into {@code dataDir}; returns how many it wrote. */
    static int restore(Path backup, Path dataDir) {
        if (!Files.isRegularFile(backup)) {
            throw new IllegalStateException("No backup at " + backup.toAbsolutePath());
        }
        String restoredFrom = backup.toAbsolutePath().normalize().toString();
        if (alreadyRestored(dataDir, restoredFrom)) {
            LOG.warn("{} was restored into {} already; leaving the store alone (remove {} from the start command)",
                    backup, dataDir, PROPERTY);
            return 0;
        }
        String aside = ".before-restore-" + Instant.now().toString().replace(":", "");
        int restored = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            Files.createDirectories(dataDir);
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                // Only a store file by its bare name: nothing can be written outside the data dir.
                if (entry.isDirectory() || !name.endsWith(STORE_SUFFIX) || name.contains("/") || name.contains("\\")
                        || name.startsWith(".")) {
                    continue;
                }
                Path target = dataDir.resolve(name);
                if (Files.exists(target)) {
                    Path kept = target.resolveSibling(name + aside);
                    Files.move(target, kept);
                    LOG.warn("Kept the store that was there as {}", kept);
                }
                copy(zip, target);
                restored++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not restore " + backup, e);
        }
        if (restored == 0) {
            throw new IllegalStateException(backup + " holds no H2 store (*" + STORE_SUFFIX + ")");
        }
        try {
            Files.writeString(dataDir.resolve(MARKER), restoredFrom);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info("Restored the store in {} from {}", dataDir.toAbsolutePath(), backup.toAbsolutePath());
        return restored;
    }

    private static boolean alreadyRestored(Path dataDir, String restoredFrom) {
        Path marker = dataDir.resolve(MARKER);
        try (var files = Files.list(dataDir)) {
            return Files.isRegularFile(marker) && Files.readString(marker).equals(restoredFrom)
                    && files.anyMatch(file -> file.getFileName().toString().endsWith(STORE_SUFFIX));
        } catch (IOException | RuntimeException notThere) {
            return false;
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
