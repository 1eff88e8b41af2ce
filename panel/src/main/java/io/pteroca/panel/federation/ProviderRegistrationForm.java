package io.pteroca.panel.federation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The registration form after a provider sign-in: the address comes from the provider, the names may be corrected. */
class ProviderRegistrationForm {

    @NotBlank
    @Size(min = 2, max = 100)
    private String firstName;
    @NotBlank
    @Size(min = 2, max = 100)
    private String lastName;
    private boolean acceptTerms;

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

    public boolean isAcceptTerms() {
        return acceptTerms;
    }

    public void setAcceptTerms(boolean acceptTerms) {
        this.acceptTerms = acceptTerms;
    }
}
