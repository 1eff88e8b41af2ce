package io.pteroca.plugin.web;

/** Who may open a plugin page. There are no public pages: every page is behind the panel's sign-in. */
public enum Access {
    /** Any signed-in account, under {@code /plugins/<id>/…}. */
    SIGNED_IN,
    /** Admins only, under {@code /admin/plugins/<id>/pages/…}; needs the {@code admin-pages} capability. */
    ADMIN
}
