package io.pteroca.panel.server;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Someone a server is shared with, and the Pterodactyl permissions they were given. */
@Entity
@Table(name = "server_subuser")
@IdClass(ServerSubuser.Key.class)
class ServerSubuser {

    @Id
    @Column(name = "server_id")
    private long serverId;
    @Id
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "pterodactyl_uuid")
    private String pterodactylUuid;
    private String permissions;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ServerSubuser() {
    }

    ServerSubuser(long serverId, long accountId, String pterodactylUuid, List<String> permissions, Instant now) {
        this.serverId = serverId;
        this.accountId = accountId;
        this.pterodactylUuid = pterodactylUuid;
        this.permissions = String.join(",", permissions);
        this.createdAt = now;
    }

    public long serverId() {
        return serverId;
    }

    public long accountId() {
        return accountId;
    }

    String pterodactylUuid() {
        return pterodactylUuid;
    }

    public List<String> permissions() {
        return permissions.isEmpty() ? List.of() : Arrays.asList(permissions.split(","));
    }

    void permissions(List<String> granted) {
        this.permissions = String.join(",", granted);
    }

    static class Key implements Serializable {
        private long serverId;
        private long accountId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.serverId == serverId && key.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(serverId) * 31 + Long.hashCode(accountId);
        }
    }
}
