package io.pteroca.panel.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffRoleRepository extends JpaRepository<StaffRole, Long> {

    Optional<StaffRole> findByCode(StaffRole.BuiltIn code);

    /** SELECT … FOR UPDATE of a built-in role's row: changes that must leave one of its holders take turns. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from StaffRole r where r.code = :code")
    Optional<StaffRole> lockByCode(@org.springframework.data.repository.query.Param("code") StaffRole.BuiltIn code);

    @Query("select count(r) > 0 from StaffRole r where lower(r.name) = lower(:name) and (:id is null or r.id <> :id)")
    boolean nameTaken(@org.springframework.data.repository.query.Param("name") String name,
                      @org.springframework.data.repository.query.Param("id") Long id);
}
