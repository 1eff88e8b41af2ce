package io.pteroca.panel.pterodactyl;

/**
 * Pelican without our plugin gave the owner no client key, and the admin has not allowed the fallback to a root
 * admin's key: nothing can be done to the server on its owner's behalf until one of the two changes.
 */
public class ManagementUnavailable extends PterodactylFailure {

    ManagementUnavailable() {
        super("Pelican has no PteroCA plugin and the admin key fallback is off: the owner has no client key", null, true);
    }
}
