package io.pteroca.panel.wallet;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WalletEntryRepository extends JpaRepository<WalletEntry, Long>, JpaSpecificationExecutor<WalletEntry> {

    Optional<WalletEntry> findByReasonAndReferenceTypeAndReferenceId(WalletReason reason, String referenceType,
                                                                     String referenceId);

    @Query("select coalesce(sum(e.amount), 0) from WalletEntry e where e.userId = :userId")
    BigDecimal sumOf(@Param("userId") Long userId);

    @Query("select coalesce(sum(e.amount), 0) from WalletEntry e where e.userId = :userId and e.reason = :reason")
    BigDecimal sumOf(@Param("userId") Long userId, @Param("reason") WalletReason reason);

    /** Newest first, optionally of one reason. */
    default Page<WalletEntry> history(long userId, WalletReason reason, Pageable pageable) {
        Specification<WalletEntry> filter = (root, query, cb) -> cb.equal(root.get("userId"), userId);
        if (reason != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("reason"), reason));
        }
        return findAll(filter, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
    }

    /** The same list by keyset: the page after the last entry seen. */
    default java.util.List<WalletEntry> history(long userId, WalletReason reason, io.pteroca.panel.shared.Keyset page) {
        Specification<WalletEntry> filter = (root, query, cb) -> cb.equal(root.get("userId"), userId);
        if (reason != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("reason"), reason));
        }
        return findBy(filter.and(page.afterByCreation()),
                query -> query.sortBy(io.pteroca.panel.shared.Keyset.byCreation()).limit(page.fetch()).all());
    }
}
