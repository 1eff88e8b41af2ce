package io.pteroca.panel.server;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GameServerRepository extends JpaRepository<GameServer, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<GameServer> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from GameServer s where s.id = :id")
    Optional<GameServer> lockById(@Param("id") long id);

    /** Locked in the order of their ids, so two transactions locking overlapping pages never wait on each other in a circle. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from GameServer s where s.id in :ids order by s.id")
    List<GameServer> lockAll(@Param("ids") Collection<Long> ids);

    List<GameServer> findByOwnerIdOrderByIdDesc(long ownerId);

    @Query("select s.id from GameServer s where s.ownerId = :ownerId order by s.id")
    List<Long> idsOwnedBy(@Param("ownerId") long ownerId);

    /** The products of the servers an account owns, not deleted or detached. */
    @Query("select distinct s.productId from GameServer s where s.ownerId = :ownerId and s.state not in "
            + "(io.pteroca.panel.server.ServerState.DELETED, io.pteroca.panel.server.ServerState.DETACHED)")
    Set<Long> productIdsOwnedBy(@Param("ownerId") long ownerId);

    List<GameServer> findByPriceKindAndStateIn(io.pteroca.panel.catalog.PriceKind priceKind, Collection<ServerState> states);

    /**
     * Newest first. Ordered by the state too (one state: the same order) so that H2 reads the (state, id) index in
     * order: ordered by id alone it took the (state, next_attempt_at) index and sorted 48,000 rows for every page.
     */
    List<GameServer> findByStateOrderByStateDescIdDesc(ServerState state, Pageable pageable);

    long countByState(ServerState state);

    List<GameServer> findAllByOrderByIdDesc(Pageable pageable);

    @Query("select s.id from GameServer s where s.state in :states and s.nextAttemptAt <= :now order by s.nextAttemptAt")
    List<Long> dueForWork(@Param("states") Collection<ServerState> states, @Param("now") Instant now, Limit limit);

    /** Page through with {@code after}: the last id of the previous page (0 first). */
    @Query("select s.id from GameServer s where s.state in :states and s.expiresAt <= :until and s.id > :after order by s.id")
    List<Long> expiringBy(@Param("states") Collection<ServerState> states, @Param("until") Instant until,
                          @Param("after") long after, Limit limit);

    /**
     * Like {@link #expiringBy}, only servers that renew themselves: at the first of the month most expiring servers do
     * not, and reading each of them to find that out held up their suspension.
     */
    @Query("select s.id from GameServer s where s.state in :states and s.expiresAt <= :until and s.autoRenew = true "
            + "and s.endsAtExpiry = false and s.id > :after order by s.id")
    List<Long> autoRenewingBy(@Param("states") Collection<ServerState> states, @Param("until") Instant until,
                              @Param("after") long after, Limit limit);

    /** Like {@link #expiringBy}, only those whose expiry is still ahead ({@code from} excluded). */
    @Query("select s.id from GameServer s where s.state in :states and s.expiresAt > :from and s.expiresAt <= :until "
            + "and s.id > :after order by s.id")
    List<Long> expiringBetween(@Param("states") Collection<ServerState> states, @Param("from") Instant from,
                               @Param("until") Instant until, @Param("after") long after, Limit limit);

    /** Servers suspended for not paying since before {@code before}; an admin's suspension is never deleted by time. */
    @Query("select s.id from GameServer s where s.state = io.pteroca.panel.server.ServerState.SUSPENDED "
            + "and s.suspensionCause = io.pteroca.panel.server.SuspensionCause.UNPAID "
            + "and s.suspendedAt <= :before and s.id > :after order by s.id")
    List<Long> unpaidSuspendedBefore(@Param("before") Instant before, @Param("after") long after, Limit limit);

    /** Servers whose Pterodactyl suspension differs from what their state wants. */
    @Query("select s.id from GameServer s where s.pterodactylServerId is not null and "
            + "(s.nextAttemptAt is null or s.nextAttemptAt <= :now) and "
            + "((s.state = io.pteroca.panel.server.ServerState.SUSPENDED and s.suspendedInPanel = false) or "
            + "(s.state <> io.pteroca.panel.server.ServerState.SUSPENDED and s.state <> io.pteroca.panel.server.ServerState.DELETING "
            + "and s.state <> io.pteroca.panel.server.ServerState.DELETED and s.state <> io.pteroca.panel.server.ServerState.DETACHED "
            + "and s.state <> io.pteroca.panel.server.ServerState.FAILED and s.suspendedInPanel = true)) order by s.id")
    List<Long> suspensionOutOfSync(@Param("now") Instant now, Limit limit);

    @Query("select s.id from GameServer s where s.pterodactylServerId is not null order by s.id")
    List<Long> managedInPterodactyl();

    List<GameServer> findByPterodactylServerIdIn(Collection<Integer> pterodactylIds);

    /** Which of these Pterodactyl servers the panel manages now (live records). */
    @Query("select s.pterodactylServerId from GameServer s where s.pterodactylServerId in :pterodactylIds and s.state not in "
            + "(io.pteroca.panel.server.ServerState.DELETED, io.pteroca.panel.server.ServerState.FAILED, "
            + "io.pteroca.panel.server.ServerState.DETACHED)")
    Set<Integer> liveAmong(@Param("pterodactylIds") Collection<Integer> pterodactylIds);

    /** The Pterodactyl servers the panel manages now (live records). */
    @Query("select s.pterodactylServerId from GameServer s where s.pterodactylServerId is not null and s.state not in "
            + "(io.pteroca.panel.server.ServerState.DELETED, io.pteroca.panel.server.ServerState.FAILED, "
            + "io.pteroca.panel.server.ServerState.DETACHED)")
    Set<Integer> livePterodactylIds();

    @Query("select count(s) from GameServer s where s.productId = :productId and s.state not in "
            + "(io.pteroca.panel.server.ServerState.DELETED, io.pteroca.panel.server.ServerState.FAILED, "
            + "io.pteroca.panel.server.ServerState.DETACHED)")
    long countLive(@Param("productId") long productId);

    @Query("select count(s) from GameServer s where s.productId = :productId and s.ownerId = :ownerId and s.state not in "
            + "(io.pteroca.panel.server.ServerState.DELETED, io.pteroca.panel.server.ServerState.FAILED, "
            + "io.pteroca.panel.server.ServerState.DETACHED)")
    long countLive(@Param("productId") long productId, @Param("ownerId") long ownerId);

    /** Owners of live servers (of one product, or of any when null) after {@code after}, by id, for mailings in batches. */
    @Query("select distinct s.ownerId from GameServer s where (:productId is null or s.productId = :productId) "
            + "and s.ownerId > :after and s.state not in "
            + "(io.pteroca.panel.server.ServerState.DELETED, io.pteroca.panel.server.ServerState.FAILED, "
            + "io.pteroca.panel.server.ServerState.DETACHED) order by s.ownerId")
    List<Long> liveOwnersAfter(@Param("productId") Long productId, @Param("after") long after, Limit limit);
}
