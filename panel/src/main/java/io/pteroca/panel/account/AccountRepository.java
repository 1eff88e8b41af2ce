package io.pteroca.panel.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AccountRepository extends JpaRepository<Account, Long>, JpaSpecificationExecutor<Account> {

    /** SELECT … FOR UPDATE of the account's row. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select a from Account a where a.id = :id")
    java.util.Optional<Account> lockById(@org.springframework.data.repository.query.Param("id") long id);

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByRole(Role role);

    java.util.List<Account> findByRole(Role role);

    java.util.List<Account> findByIdGreaterThanAndBlockedFalseAndDeletedAtIsNullAndEmailIsNotNullOrderById(long after,
            org.springframework.data.domain.Limit limit);

    /** Newest first, matching e-mail (also of deleted accounts) or full name when a pattern is given. */
    default Page<Account> search(String pattern, Pageable pageable) {
        Specification<Account> filter = pattern == null ? Specification.unrestricted() : (root, query, cb) -> cb.or(
                cb.like(cb.lower(root.get("email")), pattern),
                cb.like(cb.lower(root.get("deletedEmail")), pattern),
                cb.like(cb.lower(cb.concat(cb.concat(root.get("firstName"), " "), root.get("lastName"))), pattern));
        return findAll(filter, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Order.desc("id"))));
    }
}
