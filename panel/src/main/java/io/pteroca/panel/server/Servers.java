package io.pteroca.panel.server;

import io.pteroca.panel.catalog.ProductSales;
import io.pteroca.panel.shared.CurrentUser;
import io.pteroca.panel.wallet.WalletSettings;
import io.pteroca.panel.shared.Keyset;
import io.pteroca.panel.shared.PagerCounts;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.jpa.domain.Specification;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ConcurrentLruCache;
import org.springframework.web.server.ResponseStatusException;

/** Reads servers, orders and logs for the pages; never calls Pterodactyl. Also tells the catalog what is sold. */
@Service
public class Servers implements ProductSales {

    private static final int PLANS_KEPT = 256;

    private final GameServerRepository servers;
    private final ServerLogRepository log;
    private final ServerSubuserRepository subusers;
    private final ServerAccess access;
    private final WalletSettings wallet;
    private final PagerCounts counts;
    /** Plans by their frozen text; a plan is never changed once read (its environment cannot be). */
    private final ConcurrentLruCache<String, ServerPlan> plans = new ConcurrentLruCache<>(PLANS_KEPT, ServerPlan::fromJson);

    Servers(GameServerRepository servers, ServerLogRepository log, ServerSubuserRepository subusers, ServerAccess access,
            WalletSettings wallet, PagerCounts counts) {
        this.access = access;
        this.counts = counts;
        this.wallet = wallet;
        this.subusers = subusers;
        this.servers = servers;
        this.log = log;
    }

    @Transactional(readOnly = true)
    public List<ServerView> ownedBy(long accountId) {
        return servers.findByOwnerIdOrderByIdDesc(accountId).stream()
                .filter(s -> s.state() != ServerState.DELETED && s.state() != ServerState.DETACHED)
                .map(views()).toList();
    }

    /** The products of the servers an account owns (not deleted or detached), without reading the servers. */
    @Transactional(readOnly = true)
    public Set<Long> productsOwnedBy(long accountId) {
        return servers.productIdsOwnedBy(accountId);
    }

    /** Servers others shared with this account (it is a subuser), still live. */
    @Transactional(readOnly = true)
    public List<ServerView> sharedWith(long accountId) {
        return subusers.findByAccountId(accountId).stream().map(subuser -> servers.findById(subuser.serverId()))
                .flatMap(Optional::stream).filter(server -> server.state().live()).map(views()).toList();
    }

    /**
     * The server if this account owns it, it is shared with it, or the account is an admin; a stranger gets nothing
     * (the page answers 404).
     */
    @Transactional(readOnly = true)
    public Optional<ServerView> visibleTo(long accountId, long serverId) {
        return servers.findById(serverId).filter(server -> server.ownerId() == accountId
                || subusers.findByServerIdAndAccountId(serverId, accountId).isPresent() || access.isAdmin(accountId))
                .map(this::view);
    }

    /** The server for a page of this account, or 404: strangers learn nothing, not even that it exists. */
    public ServerView forPage(Authentication user, long serverId) {
        return visibleTo(CurrentUser.id(user), serverId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @Transactional(readOnly = true)
    public Optional<ServerView> find(long serverId) {
        return servers.findById(serverId).map(this::view);
    }

    @Transactional(readOnly = true)
    public Page<ServerView> all(ServerState state, Pageable page) {
        Page<GameServer> shown = state == null
                ? counts.page("servers", servers.findAllByOrderByIdDesc(page), page, servers::count)
                : counts.page(PagerCounts.list("servers", state), servers.findByStateOrderByStateDescIdDesc(state, page), page,
                        () -> servers.countByState(state));
        return shown.map(views());
    }

    /** A page of the servers an account owns (not deleted or detached), newest first, optionally in one state. */
    @Transactional(readOnly = true)
    public List<ServerView> ownedBy(long accountId, ServerState state, Keyset page) {
        ServerFilter filter = new ServerFilter(state == null ? List.of() : List.of(state), accountId, null, null, null, null);
        Specification<GameServer> owned = filter.<GameServer>specification()
                .and((root, query, cb) -> cb.not(root.get("state").in(ServerState.DELETED, ServerState.DETACHED)));
        return page(owned, page);
    }

    /** A page of every server matching the admin's filter, newest first. */
    @Transactional(readOnly = true)
    public List<ServerView> search(ServerFilter filter, Keyset page) {
        return page(filter.specification(), page);
    }

    private List<ServerView> page(Specification<GameServer> filter, Keyset page) {
        return servers.findBy(filter.and(page.afterById()), query -> query.sortBy(Keyset.byId()).limit(page.fetch()).all())
                .stream().map(views()).toList();
    }

    @Transactional(readOnly = true)
    public List<ServerLogEntry> logOf(long serverId) {
        return log.findTop100ByServerIdOrderByAtDescIdDesc(serverId);
    }

    /** The newest entries of the server's history, {@code page} by {@code page}, with how many there are in all. */
    @Transactional(readOnly = true)
    public List<ServerLogEntry> logPage(long serverId, Pageable page) {
        return log.findByServerIdOrderByAtDescIdDesc(serverId, page);
    }

    @Transactional(readOnly = true)
    public long logSize(long serverId) {
        return log.countByServerId(serverId);
    }

    @Override
    @Transactional(readOnly = true)
    public long liveServers(long productId) {
        return servers.countLive(productId);
    }

    @Override
    @Transactional(readOnly = true)
    public long liveServers(long productId, long accountId) {
        return servers.countLive(productId, accountId);
    }

    /** Up to {@code limit} owners of live servers (of {@code productId}, or of any when null) with ids above {@code after}. */
    @Transactional(readOnly = true)
    public List<Long> liveOwnersAfter(Long productId, long after, int limit) {
        return servers.liveOwnersAfter(productId, after, org.springframework.data.domain.Limit.of(limit));
    }

    private ServerView view(GameServer server) {
        return ServerView.of(server, wallet.currency());
    }

    /**
     * Views for a list of servers. Servers sold the same plan (product, egg, price and settings) keep the same frozen
     * text, and reading it is most of the cost of a view: the plans read last are kept by their text, so a list reads
     * only plans it has not seen lately, not one per server and request.
     */
    private Function<GameServer, ServerView> views() {
        Currency currency = wallet.currency();
        return server -> ServerView.of(server, server.plan(plans::get), currency);
    }
}
