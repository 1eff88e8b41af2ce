package io.pteroca.panel.server;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServerSubuserRepository extends JpaRepository<ServerSubuser, ServerSubuser.Key> {

    List<ServerSubuser> findByServerId(long serverId);

    List<ServerSubuser> findByAccountId(long accountId);

    Optional<ServerSubuser> findByServerIdAndAccountId(long serverId, long accountId);
}
