package io.pteroca.panel.server;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServerLogRepository extends JpaRepository<ServerLogEntry, Long> {

    List<ServerLogEntry> findTop100ByServerIdOrderByAtDescIdDesc(long serverId);

    List<ServerLogEntry> findByServerIdOrderByAtDescIdDesc(long serverId, Pageable page);

    long countByServerId(long serverId);

    boolean existsByServerIdAndEventAndDetail(long serverId, String event, String detail);
}
