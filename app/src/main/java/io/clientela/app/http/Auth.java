package io.clientela.app.http;

import io.clientela.app.App;
import io.clientela.core.FaultException;
import io.clientela.core.ForbiddenException;
import io.clientela.core.UnauthorizedException;
import io.clientela.core.UsageException;
import io.clientela.service.access.AuditLog;
import io.clientela.service.access.AuthSettings;
import io.clientela.service.access.LoginLimiter;
import io.clientela.service.access.PasswordHasher;
import io.clientela.service.access.Role;
import io.clientela.service.access.Session;
import io.clientela.service.access.Sessions;
import io.clientela.service.access.User;
import io.clientela.service.access.Users;
import io.clientela.store.Handle;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Login, logout and "who am I" under {@code /auth}, and the session filter. A session is a cookie
 * (HttpOnly, SameSite=Strict); every state-changing request must also send the session's CSRF
 * token in the {@code X-CSRF-Token} header. Logins are refused when a page on another site sends
 * them, and limited per name and per address (counted before the password is checked, kept in the
 * workspace across restarts).
 */
final class Auth {
    public static final String COOKIE = "clientela_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String ATTR = "clientela.auth";
    private static final String SESSION_ATTR = "clientela.session";
    private final App app;
    private final AuthSettings settings;
    private final LoginLimiter limiter;
    private final SecureRandom random = new SecureRandom();

    private Auth(App app, AuthSettings settings) {
        this.app = app;
        this.settings = settings;
        this.limiter = new LoginLimiter(app.clock(), settings.maxFailures(), settings.failureWindow(), app::open);
    }

    /** Registers {@code /auth/login}, {@code /auth/logout}, {@code /auth/me} and the filter that reads the session cookie. */
    static void install(JavalinConfig config, App app, AuthSettings settings) {
        Auth auth = new Auth(app, settings);
        config.routes.before(ctx -> ctx.attribute(ATTR, auth));
        config.routes.post("/auth/login", auth::login);
        config.routes.post("/auth/logout", auth::logout);
        config.routes.get("/auth/me", ctx -> {
            Session s = require(ctx, Role.ALL);
            ctx.json(me(s));
        });
    }

    /**
     * The session of a request whose user has one of {@code roles}; on a state-changing request the
     * CSRF token must match. Throws 401 without a live session, 403 for another role or a bad token.
     */
    static Session require(Context ctx, Set<Role> roles) {
        Session s = session(ctx).orElseThrow(() -> new UnauthorizedException("sign in first: no session, or the session has expired"));
        if (!ctx.method().equals(HandlerType.GET) && !ctx.method().equals(HandlerType.HEAD)) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), s.csrfToken().getBytes(StandardCharsets.UTF_8))) {
                throw new ForbiddenException("missing or wrong CSRF token (header " + CSRF_HEADER + ")");
            }
        }
        if (!roles.contains(s.user().role())) {
            throw new ForbiddenException("role " + s.user().role().id() + " may not use " + ctx.method() + " " + ctx.endpoint().path);
        }
        return s;
    }

    /** The live session of a request, if its cookie names one. */
    static Optional<Session> session(Context ctx) {
        Session cached = ctx.attribute(SESSION_ATTR);
        if (cached != null) {
            return Optional.of(cached);
        }
        Auth auth = ctx.attribute(ATTR);
        if (auth == null) {
            throw new FaultException("sign-in is not installed on this server");
        }
        String token = ctx.cookie(COOKIE);
        if (token == null) {
            return Optional.empty();
        }
        Optional<Session> s = auth.withConnection(c -> auth.sessions(c).find(token));
        s.ifPresent(x -> ctx.attribute(SESSION_ATTR, x));
        return s;
    }

    /**
     * Signs in: refused (403) when sent by a page on another site; counted against the name and the
     * address before the password is checked, and refused (429) once either has had its failures.
     */
    private void login(Context ctx) {
        SameOrigin.require(ctx);
        Map<String, Object> body = body(ctx);
        String username = String.valueOf(body.getOrDefault("username", "")).strip();
        char[] password = String.valueOf(body.getOrDefault("password", "")).toCharArray();
        String userKey = "user:" + username.toLowerCase(java.util.Locale.ROOT);
        LoginLimiter.Attempt attempt = limiter.begin("ip:" + ctx.ip(), userKey);
        Optional<User> user = withConnection(c -> new Users(c, app.clock(), new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS))
                .authenticate(username, password));
        java.util.Arrays.fill(password, '\0');
        if (user.isEmpty()) {
            withConnection(c -> {
                // an account's name is not customer data; what was typed for no account may be (an e-mail), so it is not kept
                String who = new Users(c, app.clock(), new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS)).exists(username)
                        ? "user " + username : "unknown user";
                new AuditLog(c, app.clock()).record(null, "login_failed", null, who, ctx.ip());
                return null;
            });
            throw new UnauthorizedException("wrong user name or password");
        }
        limiter.succeeded(attempt, userKey);
        String token = withConnection(c -> {
            new AuditLog(c, app.clock()).record(user.get(), "login", null, null, ctx.ip());
            return sessions(c).create(user.get());
        });
        ctx.cookie(cookie(ctx, token, (int) settings.sessionTtl().toSeconds()));
        Session s = withConnection(c -> sessions(c).find(token)).orElseThrow();
        ctx.attribute(SESSION_ATTR, s);
        ctx.json(me(s));
    }

    /** The session cookie: HttpOnly, SameSite=Strict, and Secure as {@code auth.secure_cookie} says for this request. */
    private Cookie cookie(Context ctx, String value, int maxAgeSeconds) {
        return new Cookie(COOKIE, value, "/", maxAgeSeconds, settings.secureCookie().on(SameOrigin.https(ctx)), true, null, SameSite.STRICT);
    }

    private void logout(Context ctx) {
        require(ctx, Role.ALL);
        withConnection(c -> {
            sessions(c).delete(ctx.cookie(COOKIE));
            return null;
        });
        ctx.cookie(cookie(ctx, "", 0));
        ctx.status(204);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(Context ctx) {
        String type = String.valueOf(ctx.contentType());
        if (type.startsWith("application/json")) {
            try {
                Object v = ctx.bodyAsClass(Map.class);
                return v == null ? Map.of() : (Map<String, Object>) v;
            } catch (io.javalin.http.HttpResponseException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new UsageException("login body: expected a JSON object {\"username\", \"password\"}");
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", ctx.formParam("username"));
        m.put("password", ctx.formParam("password"));
        return m;
    }

    private static Map<String, Object> me(Session s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", s.user().username());
        m.put("role", s.user().role().id());
        m.put("personal_data", s.user().role().seesPersonalData());
        m.put("csrf_token", s.csrfToken());
        m.put("expires_at", s.expiresAt().toString());
        return m;
    }

    private Sessions sessions(Handle c) {
        return new Sessions(c, app.clock(), settings.sessionTtl(), random);
    }

    private <T> T withConnection(java.util.function.Function<Handle, T> work) {
        try (Handle c = app.open()) {
            return work.apply(c);
        }
    }
}
