package org.stic.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.stic.model.io.SticResources;

/** The model files a command works on: each FILE as given, each DIR searched (recursively) for {@code *.stic}. */
final class ModelFiles {

    private static final String SUFFIX = "." + SticResources.EXTENSION;

    private ModelFiles() {
    }

    /**
     * Paths stay as the caller wrote them (relative to the working directory), so that messages name files the
     * way the caller knows them. A path that is neither a folder nor an existing file is kept: loading it gives the
     * one-line "does not exist" error for that file while the others are still processed.
     */
    static List<Path> expand(List<Path> arguments) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : arguments) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> f.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(f))
                            .sorted()
                            .forEach(files::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
