package io.pteroca.panel.pterodactyl;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface PterodactylLinkRepository extends JpaRepository<PterodactylLink, Long> {

    List<PterodactylLink> findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(PterodactylLink.Status status,
                                                                                        Instant now, Limit limit);

    long countByStatus(PterodactylLink.Status status);

    boolean existsByPterodactylUserId(Long pterodactylUserId);

    List<PterodactylLink> findByRootAdminTrue();

    java.util.Optional<PterodactylLink> findByPterodactylUserId(Long pterodactylUserId);

    List<PterodactylLink> findByPterodactylUsername(String pterodactylUsername);

    List<PterodactylLink> findByStatusInOrderByUpdatedAtDesc(List<PterodactylLink.Status> statuses, Limit limit);
}
