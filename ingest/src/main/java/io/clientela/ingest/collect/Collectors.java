package io.clientela.ingest.collect;

import io.clientela.core.FaultException;
import io.clientela.ingest.BatchImporter;
import io.clientela.ingest.Mapping;
import io.clientela.ingest.MappingReader;
import io.clientela.ingest.Rules;
import io.clientela.store.Workspace;
import io.clientela.store.profiles.IncrementalProfiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * Builds a {@link Collector} over a workspace: the shipped mappings of each {@link Kind} (resources
 * beside this class), the workspace's field rules plus {@code collector-rules.yaml}, and identity
 * resolution per batch.
 */
public final class Collectors {
    private Collectors() {
    }

    /**
     * Starts a collector writing into {@code workspace} from its own thread; it owns the workspace's
     * connection until closed.
     *
     * @param rules the workspace's field rules (the collector's own defaults are added to them)
     */
    public static Collector start(Workspace workspace, Rules rules, IncrementalProfiles profiles, Clock clock, CollectedItems listener,
                                  int maxQueuedItems, int maxGroupItems) {
        return start(workspace, rules, profiles, clock, listener, maxQueuedItems, maxGroupItems, CollectorSettings.DEFAULT);
    }

    /** As above, with the workspace's collector settings. */
    public static Collector start(Workspace workspace, Rules rules, IncrementalProfiles profiles, Clock clock, CollectedItems listener,
                                  int maxQueuedItems, int maxGroupItems, CollectorSettings settings) {
        BatchImporter importer = new BatchImporter(rules.withDefaults(resource("collector-rules.yaml"), "collector-rules.yaml"), profiles, clock);
        Map<Kind, Mapping> mappings = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            mappings.put(k, new MappingReader().parse(resource(k.mapping()), k.mapping(), k.name()));
        }
        return new Collector(workspace, importer, mappings, listener, maxQueuedItems, maxGroupItems, settings);
    }

    private static String resource(String name) {
        try (InputStream in = Collectors.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new FaultException("the collector's resource " + name + " is missing from this build of Clientela; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FaultException("cannot read the collector's resource " + name + ": " + e.getMessage(), e);
        }
    }
}
