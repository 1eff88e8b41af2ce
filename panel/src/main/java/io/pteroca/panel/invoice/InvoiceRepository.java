package io.pteroca.panel.invoice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    Page<Invoice> findByAccountIdOrderByIdDesc(long accountId, Pageable page);

    Optional<Invoice> findByIdAndAccountId(long id, long accountId);

    Optional<Invoice> findByKindAndSourceTypeAndSourceId(InvoiceKind kind, String sourceType, long sourceId);

    /** Without null parameters, which PostgreSQL cannot type: all kinds, and "%" for no text. */
    String MATCHING = "from Invoice i where i.kind in :kinds and i.issuedAt >= :from and i.issuedAt < :to"
            + " and (lower(i.number) like :text or lower(i.buyerName) like :text or lower(i.buyerEmail) like :text)";

    /** A page of the matching invoices, newest first, read without a count. */
    @Query("select i " + MATCHING + " order by i.id desc")
    List<Invoice> search(@Param("kinds") java.util.Collection<InvoiceKind> kinds, @Param("from") Instant from,
                         @Param("to") Instant to, @Param("text") String text, Pageable page);

    @Query("select count(i) " + MATCHING)
    long countMatching(@Param("kinds") java.util.Collection<InvoiceKind> kinds, @Param("from") Instant from,
                       @Param("to") Instant to, @Param("text") String text);

    @Query("select i from Invoice i where i.issuedAt >= :from and i.issuedAt < :to order by i.id")
    List<Invoice> issuedBetween(@Param("from") Instant from, @Param("to") Instant to);
}
