package io.pteroca.panel.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A customer took an offer each customer gets once (a trial, a free price limited to one), for one product. Unique per
 * product and offer for the panel account and for its Pterodactyl user, so neither a parallel order nor a second
 * e-mail address on the same Pterodactyl user gets it twice.
 */
@Entity
@Table(name = "order_offer_use")
class OfferUse {

    enum Offer { TRIAL, FREE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "product_id")
    private long productId;
    @Enumerated(EnumType.STRING)
    private Offer offer;
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "pterodactyl_user_id")
    private long pterodactylUserId;
    @Column(name = "server_id")
    private long serverId;
    @Column(name = "created_at")
    private Instant createdAt;

    protected OfferUse() {
    }

    OfferUse(long productId, Offer offer, long accountId, long pterodactylUserId, long serverId, Instant now) {
        this.productId = productId;
        this.offer = offer;
        this.accountId = accountId;
        this.pterodactylUserId = pterodactylUserId;
        this.serverId = serverId;
        this.createdAt = now;
    }
}
