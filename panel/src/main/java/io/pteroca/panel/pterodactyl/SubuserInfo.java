package io.pteroca.panel.pterodactyl;

import io.pteroca.pterodactyl.client.model.Subuser;
import java.util.List;

/** Someone a server is shared with, addressed by the uuid of their Pterodactyl user, and what they may do. */
public record SubuserInfo(String uuid, String username, String email, List<String> permissions) {

    static SubuserInfo of(Subuser subuser) {
        return new SubuserInfo(subuser.uuid(), subuser.username(), subuser.email(), subuser.permissions());
    }
}
