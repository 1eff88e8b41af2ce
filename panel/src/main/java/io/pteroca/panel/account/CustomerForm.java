package io.pteroca.panel.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the admin's form for creating or editing a customer posts. */
public class CustomerForm {

    @NotBlank(message = "register.emailInvalid")
    @Size(max = 254, message = "register.emailInvalid")
    private String email = "";
    @NotBlank(message = "admin.users.error.firstName")
    @Size(max = 100, message = "admin.users.error.firstName")
    private String firstName = "";
    @NotBlank(message = "admin.users.error.lastName")
    @Size(max = 100, message = "admin.users.error.lastName")
    private String lastName = "";
    private String language = "";
    private boolean verified;
    /** On creation only: e-mail a link to set a password. */
    private boolean invite = true;

    static CustomerForm of(AccountView account) {
        CustomerForm form = new CustomerForm();
        form.email = account.email();
        form.firstName = account.firstName();
        form.lastName = account.lastName();
        form.language = account.language() == null ? "" : account.language();
        form.verified = account.emailVerified();
        form.invite = false;
        return form;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isVerified() {
        return verified;
    }

    public void setVerified(boolean verified) {
        this.verified = verified;
    }

    public boolean isInvite() {
        return invite;
    }

    public void setInvite(boolean invite) {
        this.invite = invite;
    }
}
