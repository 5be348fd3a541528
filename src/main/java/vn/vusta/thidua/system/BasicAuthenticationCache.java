package vn.vusta.thidua.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;

/**
 * Remembers a <em>successful</em> HTTP Basic authentication for a short time (default 30 s), so that a client
 * sending the same {@code Authorization} header on every request (the REST API has no session) costs the engine
 * one password check and one group and tenant query per user and period, not per request.
 *
 * <p>What is kept: the user id, its groups and tenants, and the expiry, under a key that is an HMAC-SHA-256 of the
 * whole header with a random key made at start-up (never the password, nor a hash of it that could be attacked
 * offline from a heap dump). A wrong password is never cached: it is checked by the engine every time, so
 * Camunda's login throttling and locking apply unchanged. Consequences of the period: a password changed, a user
 * deleted or locked, a group membership changed takes effect for a client already authenticated with the old
 * credentials within at most the period (a new password works at once, it is a different key). Period 0 turns
 * the cache off.
 */
public final class BasicAuthenticationCache {

    /** Who the header authenticates: the identity the engine then runs the request as. */
    public record Identity(String userId, List<String> groups, List<String> tenants) {
    }

    private record Entry(Identity identity, long expiresAtNanos) {
    }

    /** Beyond this many entries the cache drops the expired ones, and everything if that is not enough. */
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final LongSupplier clock;
    private final SecretKeySpec key;

    public BasicAuthenticationCache(Duration ttl) {
        this(ttl, System::nanoTime);
    }

    BasicAuthenticationCache(Duration ttl, LongSupplier clock) {
        this.ttlNanos = ttl.toNanos();
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The identity of a header that authenticated within the period, or null. */
    public Identity get(String engineName, String authorizationHeader) {
        if (ttlNanos <= 0 || authorizationHeader == null) {
            return null;
        }
        String k = key(engineName, authorizationHeader);
        Entry entry = entries.get(k);
        if (entry == null) {
            return null;
        }
        if (clock.getAsLong() - entry.expiresAtNanos() >= 0) {
            entries.remove(k, entry);
            return null;
        }
        return entry.identity();
    }

    /** Remembers a header whose password the engine has just accepted. */
    public void put(String engineName, String authorizationHeader, Identity identity) {
        if (ttlNanos <= 0 || authorizationHeader == null) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long now = clock.getAsLong();
            entries.values().removeIf(e -> now - e.expiresAtNanos() >= 0);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(engineName, authorizationHeader), new Entry(identity, clock.getAsLong() + ttlNanos));
    }

    /** Forgets everything (tests; an administrator's change that must apply at once). */
    public void clear() {
        entries.clear();
    }

    int size() {
        return entries.size();
    }

    /** The user's groups and tenants, as Camunda's authentication filter reads them. */
    public static Identity identityOf(IdentityService identityService, String userId) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).toList();
        List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        return new Identity(userId, groups, tenants);
    }

    private String key(String engineName, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(engineName.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(header.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
