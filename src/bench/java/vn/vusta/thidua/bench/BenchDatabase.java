package vn.vusta.thidua.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Deletes the bench's file-based H2 ({@code target/bench/thidua-bench.*}, see {@code application-bench.yaml})
 * before any bean (and so the DataSource) exists, so every run starts from an empty database as the in-memory one
 * did. A file database keeps the rows of hundreds of finished cycles and 10,000 open tasks out of the heap.
 */
@Component
@Profile("bench")
class BenchDatabase implements BeanFactoryPostProcessor {

    static final Path DIRECTORY = Path.of("target", "bench");

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        try {
            Files.createDirectories(DIRECTORY);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(DIRECTORY, "thidua-bench.*")) {
                for (Path file : files) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
