package io.pteroca.panel.server;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServerLogRepository extends JpaRepository<ServerLogEntry, Long> {

    List<ServerLogEntry> findTop100ByServerIdOrderByAtDescIdDesc(long serverId);
}
