package dk.fritvalg.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A machine's access to the open API: one key (only its SHA-256 hash is kept; the key has 256 random bits, so a fast
 * hash is enough), the scopes it holds, and the account it acts as (role and tenant, for the permission table and the
 * audit trail).
 */
@Entity
@Table(name = "api_client")
class ApiClient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private long userAccountId;

    @Column(nullable = false, length = 12)
    private String keyPrefix;

    @Column(nullable = false, length = 64, columnDefinition = "char(64)")
    private String keyHash;

    @Column(nullable = false, length = 500)
    private String scopes;

    @Column(nullable = false)
    private int requestsPerMinute;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant revokedAt;

    protected ApiClient() {
    }

    ApiClient(String name, long userAccountId, String keyPrefix, String keyHash, Set<ApiScope> scopes, int requestsPerMinute,
              Instant now) {
        this.name = name;
        this.userAccountId = userAccountId;
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
        this.scopes = scopes.stream().map(ApiScope::value).sorted().collect(Collectors.joining(" "));
        this.requestsPerMinute = requestsPerMinute;
        this.createdAt = now;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    long getUserAccountId() {
        return userAccountId;
    }

    String getKeyPrefix() {
        return keyPrefix;
    }

    Set<ApiScope> scopes() {
        return Arrays.stream(scopes.split(" ")).map(ApiScope::of).flatMap(java.util.Optional::stream).collect(Collectors.toSet());
    }

    int getRequestsPerMinute() {
        return requestsPerMinute;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    void replaceKey(String keyPrefix, String keyHash) {
        this.keyPrefix = keyPrefix;
        this.keyHash = keyHash;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
