package io.pteroca.panel.server;

import io.pteroca.panel.account.AccountView;
import io.pteroca.panel.account.Accounts;
import io.pteroca.panel.account.Permission;
import io.pteroca.panel.mail.MailRequest;
import io.pteroca.panel.mail.MailType;
import io.pteroca.panel.mail.Mailer;
import io.pteroca.panel.setting.SiteSettings;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The e-mails of a server's life. One template serves them all: each type has its subject and body message
 * ({@code mail.server.<type>.subject} / {@code .body}). Queued in the caller's transaction, sent after commit.
 */
@Component
public class ServerMails {

    private final Mailer mailer;
    private final Accounts accounts;
    private final SiteSettings site;
    private final GameServerRepository servers;

    ServerMails(Mailer mailer, Accounts accounts, SiteSettings site, GameServerRepository servers) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.site = site;
        this.servers = servers;
    }

    /** The e-mail of {@code type} about this server to its owner, queued in the caller's transaction. */
    public void toOwner(long serverId, MailType type, Object... args) {
        servers.findById(serverId).ifPresent(server -> toOwner(server, type, args));
    }

    public void toAdmins(long serverId, String reason) {
        servers.findById(serverId).ifPresent(server -> toAdmins(server, reason));
    }

    /** {@code args} fill the body after the server's name ({0}); the body may use {1}, {2}… */
    void toOwner(GameServer server, MailType type, Object... args) {
        accounts.find(server.ownerId()).filter(owner -> owner.email() != null && !owner.deleted())
                .ifPresent(owner -> send(owner, server, type, args));
    }

    /** Something staff who act on servers must look at, e.g. a provisioning that gave up. */
    void toAdmins(GameServer server, String reason) {
        accounts.activeStaffWho(Permission.SERVERS_CHANGE).forEach(admin -> send(admin, server, MailType.ADMIN_ALERT, reason == null ? "" : reason));
    }

    private void send(AccountView recipient, GameServer server, MailType type, Object... args) {
        String key = "mail.server." + type.name().toLowerCase(Locale.ROOT);
        Object[] bodyArgs = new Object[args.length + 1];
        bodyArgs[0] = server.name();
        System.arraycopy(args, 0, bodyArgs, 1, args.length);
        Map<String, Object> model = new HashMap<>();
        model.put("name", recipient.firstName());
        model.put("siteTitle", site.title());
        model.put("siteUrl", site.url());
        model.put("bodyKey", key + ".body");
        model.put("bodyArgs", bodyArgs);
        model.put("link", site.url() + (type == MailType.ADMIN_ALERT ? "/admin/servers/" : "/servers/") + server.id());
        mailer.send(new MailRequest(recipient.email(), recipient.id(), type, "server/mail/notice", key + ".subject",
                new Object[] {server.name()}, model,
                recipient.language() != null ? Locale.forLanguageTag(recipient.language()) : site.defaultLocale()));
    }
}
