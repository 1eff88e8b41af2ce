package io.pteroca.panel.server;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GameServerRepository extends JpaRepository<GameServer, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from GameServer s where s.id = :id")
    Optional<GameServer> lockById(@Param("id") long id);

    List<GameServer> findByOwnerIdOrderByIdDesc(long ownerId);

    Page<GameServer> findByStateInOrderByIdDesc(Collection<ServerState> states, Pageable pageable);

    Page<GameServer> findAllByOrderByIdDesc(Pageable pageable);

    @Query("select s.id from GameServer s where s.state in :states and s.nextAttemptAt <= :now order by s.nextAttemptAt")
    List<Long> dueForWork(@Param("states") Collection<ServerState> states, @Param("now") Instant now, Limit limit);

    @Query("select s.id from GameServer s where s.state in :states and s.expiresAt <= :until order by s.expiresAt")
    List<Long> expiringBy(@Param("states") Collection<ServerState> states, @Param("until") Instant until, Limit limit);

    @Query("select s.id from GameServer s where s.state = :state and s.suspendedAt <= :before order by s.suspendedAt")
    List<Long> suspendedBefore(@Param("state") ServerState state, @Param("before") Instant before, Limit limit);

    /** Servers whose Pterodactyl suspension differs from what their state wants. */
    @Query("select s.id from GameServer s where s.pterodactylServerId is not null and "
            + "((s.state = io.pteroca.panel.server.ServerState.SUSPENDED and s.suspendedInPanel = false) or "
            + "(s.state <> io.pteroca.panel.server.ServerState.SUSPENDED and s.state <> io.pteroca.panel.server.ServerState.DELETING "
            + "and s.state <> io.pteroca.panel.server.ServerState.DELETED and s.suspendedInPanel = true)) order by s.id")
    List<Long> suspensionOutOfSync(Limit limit);

    @Query("select count(s) from GameServer s where s.productId = :productId and s.state not in "
            + "(io.pteroca.panel.server.ServerState.DELETED, io.pteroca.panel.server.ServerState.FAILED)")
    long countLive(@Param("productId") long productId);

    @Query("select count(s) from GameServer s where s.productId = :productId and s.ownerId = :ownerId and s.state not in "
            + "(io.pteroca.panel.server.ServerState.DELETED, io.pteroca.panel.server.ServerState.FAILED)")
    long countLive(@Param("productId") long productId, @Param("ownerId") long ownerId);
}
