package io.pteroca.panel.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    boolean existsByRole(Role role);

    @Query("""
            select a from Account a
            where (:term is null or lower(a.email) like :term or lower(a.deletedEmail) like :term
                   or lower(concat(concat(a.firstName, ' '), a.lastName)) like :term)
            order by a.id desc
            """)
    Page<Account> search(@Param("term") String term, Pageable pageable);
}
