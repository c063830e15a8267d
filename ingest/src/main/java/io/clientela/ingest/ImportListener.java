package io.clientela.ingest;

/** Hears how an import advances, e.g. to draw a progress bar; stages are numbered from 1. */
@FunctionalInterface
public interface ImportListener {
    ImportListener NONE = (file, stage, stages, name) -> {
    };

    void stage(String file, int stage, int stages, String name);
}
