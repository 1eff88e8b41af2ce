package io.pteroca.panel.account;

import io.pteroca.panel.shared.PagerCounts;
import java.util.Optional;
import org.springframework.data.domain.Page;
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

    /** Members of a staff role; deleted accounts are none. */
    long countByStaffRoleIdAndDeletedAtIsNull(long staffRoleId);

    /** Lets deleted accounts go of a staff role, so the role can be deleted. */
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("update Account a set a.staffRoleId = null where a.staffRoleId = :roleId "
            + "and a.deletedAt is not null")
    int releaseDeletedFromStaffRole(@org.springframework.data.repository.query.Param("roleId") long roleId);

    /** Accounts holding the role that can still sign in. */
    @org.springframework.data.jpa.repository.Query("select count(a) from Account a where a.staffRoleId = :roleId "
            + "and a.deletedAt is null and a.blocked = false")
    long countActiveWithStaffRole(@org.springframework.data.repository.query.Param("roleId") long roleId);

    java.util.List<Account> findByIdGreaterThanAndBlockedFalseAndDeletedAtIsNullAndEmailIsNotNullOrderById(long after,
            org.springframework.data.domain.Limit limit);

    /** Newest first, matching e-mail (also of deleted accounts) or full name when a pattern is given. */
    default Page<Account> search(String pattern, Pageable pageable, PagerCounts counts) {
        return counts.page(PagerCounts.list("accounts", pattern), this, matching(pattern), Sort.by(Sort.Order.desc("id")), pageable);
    }

    /** The same search by keyset: the page after the last account seen. */
    default java.util.List<Account> search(String pattern, io.pteroca.panel.shared.Keyset page) {
        return findBy(matching(pattern).and(page.afterById()),
                query -> query.sortBy(io.pteroca.panel.shared.Keyset.byId()).limit(page.fetch()).all());
    }

    private static Specification<Account> matching(String pattern) {
        return pattern == null ? Specification.unrestricted() : (root, query, cb) -> cb.or(
                cb.like(cb.lower(root.get("email")), pattern),
                cb.like(cb.lower(root.get("deletedEmail")), pattern),
                cb.like(cb.lower(cb.concat(cb.concat(root.get("firstName"), " "), root.get("lastName"))), pattern));
    }
}
