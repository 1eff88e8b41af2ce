package io.pteroca.panel.server;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Permission;
import io.pteroca.panel.mail.MailRequest;
import io.pteroca.panel.mail.MailSamples;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.setting.SiteSettings;
import io.pteroca.panel.shared.Money;
import io.pteroca.panel.wallet.WalletSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The e-mails of a server's life. One template serves them all: each type has its subject and body message
 * ({@code mail.server.<type>.subject} / {@code .body}). Queued in the caller's transaction, sent after commit.
 */
@Component
public class ServerMails implements MailSamples {

    private static final String FREE_RENEWAL = "free";

    private final Mailer mailer;
    private final Accounts accounts;
    private final SiteSettings site;
    private final GameServerRepository servers;
    private final WalletSettings wallet;

    ServerMails(Mailer mailer, Accounts accounts, SiteSettings site, GameServerRepository servers, WalletSettings wallet) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.site = site;
        this.servers = servers;
        this.wallet = wallet;
    }

    /** The e-mail of {@code type} about this server to its owner, queued in the caller's transaction. */
    public void toOwner(long serverId, MailType type, Object... args) {
        servers.findById(serverId).ifPresent(server -> toOwner(server, type, args));
    }

    /** The renewal's e-mail to the owner: what the period cost, or, for a free one, that nothing was charged. */
    public void renewedToOwner(long serverId, Money charged) {
        if (charged.isPositive()) {
            toOwner(serverId, MailType.SERVER_RENEWED, charged);
            return;
        }
        servers.findById(serverId).ifPresent(server -> reachableOwner(server)
                .ifPresent(owner -> mailer.send(variant(owner, server, MailType.SERVER_RENEWED, FREE_RENEWAL))));
    }

    public void toAdmins(long serverId, String reason) {
        servers.findById(serverId).ifPresent(server -> toAdmins(server, reason));
    }

    /** {@code args} fill the body after the server's name ({0}); the body may use {1}, {2}… */
    void toOwner(GameServer server, MailType type, Object... args) {
        reachableOwner(server).ifPresent(owner -> send(owner, server, type, args));
    }

    private java.util.Optional<AccountView> reachableOwner(GameServer server) {
        return accounts.find(server.ownerId()).filter(owner -> owner.email() != null && !owner.deleted());
    }

    /**
     * The e-mail of {@code type} to the owner of each server, logged in the caller's transaction in one go and left for
     * {@link #sendQueued} (or the sweep of pending messages); returns the messages' ids.
     */
    List<Long> queueToOwners(List<GameServer> servers, MailType type) {
        Map<Long, AccountView> owners = accounts.findAll(servers.stream().map(GameServer::ownerId).distinct().toList());
        return mailer.queueAll(servers.stream().flatMap(server -> java.util.Optional.ofNullable(owners.get(server.ownerId()))
                .filter(owner -> owner.email() != null && !owner.deleted())
                .map(owner -> request(owner, server, type)).stream()).toList());
    }

    void sendQueued(List<Long> emailLogIds) {
        mailer.sendQueued(emailLogIds);
    }

    /** Something staff who act on servers must look at, e.g. a provisioning that gave up. */
    void toAdmins(GameServer server, String reason) {
        accounts.activeStaffWho(Permission.SERVERS_CHANGE).forEach(admin -> send(admin, server, MailType.ADMIN_ALERT, reason == null ? "" : reason));
    }

    private void send(AccountView recipient, GameServer server, MailType type, Object... args) {
        mailer.send(request(recipient, server, type, args));
    }

    private MailRequest request(AccountView recipient, GameServer server, MailType type, Object... args) {
        return variant(recipient, server, type, null, args);
    }

    private MailRequest variant(AccountView recipient, GameServer server, MailType type, String variant, Object... args) {
        return request(recipient.email(), recipient.id(), recipient.firstName(),
                recipient.language() != null ? Locale.forLanguageTag(recipient.language()) : site.defaultLocale(),
                server.id(), server.name(), type, variant, args);
    }

    /** Every e-mail of a server's life, about a made-up server, for the admin's previews. */
    @Override
    public List<MailSample> samples(Locale locale) {
        String date = "2030-01-31 12:00 UTC";
        String price = Money.of("9.99", wallet.currency()).format(locale);
        Map<MailType, Object[]> examples = new java.util.LinkedHashMap<>();
        examples.put(MailType.ORDER_CONFIRMED, new Object[] {price});
        examples.put(MailType.SERVER_READY, new Object[] {"203.0.113.10:25565"});
        examples.put(MailType.SERVER_RENEWED, new Object[] {price});
        examples.put(MailType.EXPIRY_REMINDER, new Object[] {date});
        examples.put(MailType.SERVER_SUSPENDED, new Object[0]);
        examples.put(MailType.SERVER_SUSPENDED_BY_ADMIN, new Object[] {"Unpaid invoice"});
        examples.put(MailType.DELETION_WARNING, new Object[] {date});
        examples.put(MailType.SERVER_DELETED, new Object[0]);
        examples.put(MailType.SERVER_CANCELLED, new Object[] {date});
        examples.put(MailType.PROVISIONING_FAILED, new Object[] {price});
        examples.put(MailType.ADMIN_ALERT, new Object[] {"Pterodactyl refused the server: no allocation left"});
        List<MailSample> samples = new java.util.ArrayList<>(examples.entrySet().stream().map(example -> new MailSample(
                "server-" + example.getKey().name().replaceFirst("^SERVER_", "").toLowerCase(Locale.ROOT).replace('_', '-'),
                request("alex@example.com", null, "Alex", locale, 1, "Survival SMP", example.getKey(), null, example.getValue())))
                .toList());
        samples.add(new MailSample("server-renewed-free", request("alex@example.com", null, "Alex", locale, 1, "Survival SMP",
                MailType.SERVER_RENEWED, FREE_RENEWAL)));
        return samples;
    }

    /**
     * {@code variant} picks another body for the type ({@code mail.server.<type>.<variant>.body}); the subject stays.
     */
    private MailRequest request(String email, Long accountId, String firstName, Locale locale, long serverId,
                                String serverName, MailType type, String variant, Object... args) {
        String key = "mail.server." + type.name().toLowerCase(Locale.ROOT);
        Object[] bodyArgs = new Object[args.length + 1];
        bodyArgs[0] = serverName;
        System.arraycopy(args, 0, bodyArgs, 1, args.length);
        Map<String, Object> model = new HashMap<>();
        model.put("name", firstName);
        model.put("siteTitle", site.title());
        model.put("siteUrl", site.url());
        model.put("bodyKey", key + (variant == null ? "" : "." + variant) + ".body");
        model.put("bodyArgs", bodyArgs);
        model.put("link", site.url() + (type == MailType.ADMIN_ALERT ? "/admin/servers/" : "/servers/") + serverId);
        return new MailRequest(email, accountId, type, "server/mail/notice", key + ".subject", new Object[] {serverName},
                model, locale);
    }
}
