package io.pteroca.emulator.state;

import java.time.Instant;

public class User {
    public long id;
    public String externalId;
    public String uuid;
    public String username;
    public String email;
    public String firstName;
    public String lastName;
    public String language = "en";
    public String password;
    public boolean rootAdmin;
    public boolean twoFactor;
    /** Pelican: the user may not change their own name, e-mail or password in the panel. */
    public boolean managedExternally;
    public Instant createdAt;
    public Instant updatedAt;
}
