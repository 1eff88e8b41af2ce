package io.pteroca.panel.federation;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LinkedIdentityRepository extends JpaRepository<LinkedIdentity, Long> {

    Optional<LinkedIdentity> findByProviderAndSubject(Provider provider, String subject);

    List<LinkedIdentity> findByAccountIdOrderByCreatedAt(long accountId);

    /** The account's identities, locked, so two unlinks at once cannot both see "another way in" in each other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from LinkedIdentity i where i.accountId = :accountId")
    List<LinkedIdentity> lockAllOf(@Param("accountId") long accountId);

    boolean existsByAccountIdAndProvider(long accountId, Provider provider);
}
