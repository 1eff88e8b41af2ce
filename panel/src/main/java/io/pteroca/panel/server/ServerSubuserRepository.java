package io.pteroca.panel.server;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ServerSubuserRepository extends JpaRepository<ServerSubuser, ServerSubuser.Key> {

    List<ServerSubuser> findByServerId(long serverId);

    List<ServerSubuser> findByAccountId(long accountId);

    @Query("select distinct s.serverId from ServerSubuser s")
    List<Long> sharedServerIds();

    Optional<ServerSubuser> findByServerIdAndAccountId(long serverId, long accountId);
}
