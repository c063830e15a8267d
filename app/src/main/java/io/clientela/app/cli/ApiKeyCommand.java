package io.clientela.app.cli;

import io.clientela.app.App;
import io.clientela.service.access.Actor;
import io.clientela.service.access.ApiKey;
import io.clientela.service.access.NewApiKey;
import io.clientela.service.access.Role;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code clientela apikey create|list|revoke}: keys for machines and web trackers. */
@Command(name = "apikey", mixinStandardHelpOptions = true, description = "Create, list and revoke API keys (stored hashed; shown once).",
        subcommands = {ApiKeyCommand.Create.class, ApiKeyCommand.ListKeys.class, ApiKeyCommand.Revoke.class})
final class ApiKeyCommand implements Runnable {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = {"Create a key and print it (this is the only time it is shown).",
            "write: may only send data (for trackers and shops); read: may only read; admin: everything, including keys."})
    static final class Create implements Callable<Integer> {
        @ParentCommand
        ApiKeyCommand parent;

        @Option(names = "--role", required = true, paramLabel = "write|read|admin", description = "What the key may do.")
        String role;

        @Option(names = "--source", defaultValue = "web", description = "Source system recorded with the data sent, and the one whose customers the customer ids sent name"
                + " (default ${DEFAULT-VALUE}; a shop's tracker: the source its customers were imported under, e.g. shop).")
        String source;

        @Option(names = "--label", description = "A note on who uses the key.")
        String label;

        @Override
        public Integer call() {
            NewApiKey k;
            try (App app = parent.root.openOrCreate("clientela apikey create")) {
                k = app.apiKeys().create(Role.parseKey(role), source, label, Actor.commandLine());
            }
            PrintWriter out = parent.spec.commandLine().getOut();
            if (parent.root.json) {
                Map<String, Object> m = k.key().asMap();
                m.put("key", k.secret());
                out.println(Output.json(m));
            } else {
                out.println(k.secret());
                out.println("(" + k.key().role().keyLabel() + " key " + k.key().keyId() + ", source " + k.key().source()
                        + "; shown only now: the workspace keeps a hash of it)");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the keys (without their secrets).")
    static final class ListKeys implements Callable<Integer> {
        @ParentCommand
        ApiKeyCommand parent;

        @picocli.CommandLine.Mixin
        FormatOption format;

        @Override
        public Integer call() {
            FormatOption.Kind kind = format.kind(parent.root.json);
            List<Map<String, Object>> rows;
            try (App app = parent.root.open("clientela apikey list")) {
                rows = app.apiKeys().list().stream().map(ApiKey::asMap).toList();
            }
            PrintWriter out = parent.spec.commandLine().getOut();
            Output.listing(out, kind, rows, List.of("key_id", "role", "source", "label"), 40);
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key by its id; requests with it get 401 from then on.")
    static final class Revoke implements Callable<Integer> {
        @ParentCommand
        ApiKeyCommand parent;

        @Parameters(paramLabel = "KEY_ID", description = "The key's id (see 'apikey list').")
        String keyId;

        @Override
        public Integer call() {
            ApiKey k;
            try (App app = parent.root.open("clientela apikey revoke")) {
                k = app.apiKeys().revoke(keyId, Actor.commandLine());
            }
            PrintWriter out = parent.spec.commandLine().getOut();
            out.println(parent.root.json ? Output.json(k.asMap()) : "revoked " + k.keyId());
            return 0;
        }
    }
}
