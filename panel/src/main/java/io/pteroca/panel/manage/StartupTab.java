package io.pteroca.panel.manage;

import io.pteroca.panel.catalog.EggVariableRules;
import io.pteroca.panel.catalog.ProductDefinition;
import io.pteroca.panel.pterodactyl.ServersAsOwner;
import io.pteroca.panel.pterodactyl.StartupDetails;
import io.pteroca.panel.server.ServerAccess;
import io.pteroca.panel.server.ServerHistory;
import io.pteroca.panel.server.ServerView;
import io.pteroca.panel.shared.Refusal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A server's startup: the variables the egg and the product both let the customer see and change, the docker image
 * (one of the egg's, when the product lets the customer choose) and the startup command, shown when the product says
 * so but changed only by admins. Checked here, sent with the owner's key, logged.
 */
@Service
class StartupTab {

    private static final int MAX_VALUE = 1000;

    private final ServerAccess access;
    private final ServersAsOwner pterodactyl;
    private final ServerHistory history;

    StartupTab(ServerAccess access, ServersAsOwner pterodactyl, ServerHistory history) {
        this.access = access;
        this.pterodactyl = pterodactyl;
        this.history = history;
    }

    /**
     * {@code startupCommand} is null when the product hides it; {@code images} (label to image) is empty and
     * {@code currentImage} null when this account may not choose; {@code mayUpdate}: this account may change variables.
     */
    record Page(List<StartupVariable> variables, String startupCommand, Map<String, String> images, String currentImage,
                boolean mayUpdate) {
    }

    Page page(ServerView server, long accountId) {
        access.require(server, accountId, "startup.read");
        StartupDetails info = pterodactyl.startup(server.ownerId(), server.identifier());
        boolean chooseImage = imageSelectable(server) && access.permits(server, accountId, "startup.docker-image");
        String current = chooseImage ? pterodactyl.currentImage(server.ownerId(), server.identifier()) : null;
        return new Page(StartupVariable.visible(info.variables(), server.plan().eggSettings()),
                startupViewable(server) ? info.startupCommand() : null, chooseImage ? info.dockerImages() : Map.of(), current,
                access.permits(server, accountId, "startup.update"));
    }

    /** The value is checked against the egg's own rules first, so a bad one never reaches Pterodactyl. */
    void changeVariable(ServerView server, long accountId, String key, String value) {
        access.require(server, accountId, "startup.update");
        StartupDetails info = pterodactyl.startup(server.ownerId(), server.identifier());
        StartupVariable variable = StartupVariable.visible(info.variables(), server.plan().eggSettings()).stream()
                .filter(v -> v.envVariable().equals(key) && v.editable()).findFirst()
                .orElseThrow(() -> new Refusal("startup.notEditable"));
        String clean = value == null ? "" : value.strip();
        if (clean.length() > MAX_VALUE || clean.chars().anyMatch(Character::isISOControl)) {
            throw new Refusal("order.variable", variable.name(), new EggVariableRules.RuleText("egg.rule.maxChars", MAX_VALUE));
        }
        String broken = EggVariableRules.violation(variable.rules(), clean).orElse(null);
        if (broken != null) {
            throw new Refusal("order.variable", variable.name(), EggVariableRules.explain(variable.rules(), broken));
        }
        pterodactyl.changeVariable(server.ownerId(), server.identifier(), key, clean);
        history.note(server.id(), "variable_changed", accountId, key + " = " + clean);
    }

    /** Only one of the egg's images, and only when the product lets the customer choose. */
    void changeImage(ServerView server, long accountId, String image) {
        access.require(server, accountId, "startup.docker-image");
        if (!imageSelectable(server)) {
            throw new Refusal("startup.imageFixed");
        }
        StartupDetails info = pterodactyl.startup(server.ownerId(), server.identifier());
        if (image == null || !info.dockerImages().containsValue(image)) {
            throw new Refusal("startup.imageUnknown");
        }
        pterodactyl.changeImage(server.ownerId(), server.identifier(), image);
        history.note(server.id(), "docker_image_changed", accountId, image);
    }

    private static boolean imageSelectable(ServerView server) {
        return server.plan().eggSettings().map(ProductDefinition.EggChoice::dockerImageSelectable).orElse(false);
    }

    private static boolean startupViewable(ServerView server) {
        return server.plan().eggSettings().map(ProductDefinition.EggChoice::startupUserViewable).orElse(false);
    }
}
