package io.pteroca.panel.server;

import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which servers an admin list shows; every part is optional (null or empty means "any"). The paid-until range is
 * inclusive of {@code paidFrom} and exclusive of {@code paidUntil}; a server without an expiry is outside every range.
 */
public record ServerFilter(List<ServerState> states, Long ownerId, Long productId, Integer nodeId, Instant paidFrom,
                           Instant paidUntil) {

    public ServerFilter {
        states = states == null ? List.of() : List.copyOf(states);
    }

    <T> Specification<T> specification() {
        return (root, query, cb) -> {
            List<Predicate> parts = new ArrayList<>();
            if (!states.isEmpty()) {
                parts.add(root.get("state").in(states));
            }
            if (ownerId != null) {
                parts.add(cb.equal(root.get("ownerId"), ownerId));
            }
            if (productId != null) {
                parts.add(cb.equal(root.get("productId"), productId));
            }
            if (nodeId != null) {
                parts.add(cb.equal(root.get("nodeId"), nodeId));
            }
            if (paidFrom != null) {
                parts.add(cb.greaterThanOrEqualTo(root.get("expiresAt"), paidFrom));
            }
            if (paidUntil != null) {
                parts.add(cb.lessThan(root.get("expiresAt"), paidUntil));
            }
            return cb.and(parts.toArray(Predicate[]::new));
        };
    }
}
