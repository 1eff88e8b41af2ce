package io.pteroca.panel.account;

import io.pteroca.panel.setting.SiteSettings;
import java.net.URI;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Security's WebAuthn relying party, for the panel's public address: the relying party id is the host of the
 * site URL in the General settings and the only allowed origin is that URL's origin. The settings may change while
 * the panel runs, so the operations are rebuilt when the URL does. A registration must carry a valid name.
 */
@Component
class PasskeyRelyingParty implements WebAuthnRelyingPartyOperations {

    private record ForSite(String url, WebAuthnRelyingPartyOperations operations) {
    }

    private final PasskeyUserEntities users;
    private final PasskeyCredentials credentials;
    private final SiteSettings site;
    private final Passkeys passkeys;
    private volatile ForSite current;

    PasskeyRelyingParty(PasskeyUserEntities users, PasskeyCredentials credentials, SiteSettings site, Passkeys passkeys) {
        this.users = users;
        this.credentials = credentials;
        this.site = site;
        this.passkeys = passkeys;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(PublicKeyCredentialCreationOptionsRequest request) {
        return operations().createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        RelyingPartyPublicKey publicKey = request.getPublicKey();
        if (publicKey == null || publicKey.getCredential() == null) {
            throw new IllegalArgumentException("no credential");
        }
        String name = PasskeyName.of(publicKey.getLabel());
        CredentialRecord record = operations().registerCredential(new ImmutableRelyingPartyRegistrationRequest(
                request.getCreationOptions(), new RelyingPartyPublicKey(publicKey.getCredential(), name)));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal owner) {
            passkeys.registered(owner, name, clientIp());
        }
        return record;
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
        return operations().createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return operations().authenticate(request);
    }

    private WebAuthnRelyingPartyOperations operations() {
        String url = site.url();
        ForSite known = current;
        if (known == null || !known.url().equals(url)) {
            URI address = URI.create(url);
            String origin = address.getScheme() + "://" + address.getHost() + (address.getPort() == -1 ? "" : ":" + address.getPort());
            known = new ForSite(url, new Webauthn4JRelyingPartyOperations(users, credentials,
                    PublicKeyCredentialRpEntity.builder().id(address.getHost()).name(site.title()).build(), Set.of(origin)));
            current = known;
        }
        return known.operations();
    }

    private static String clientIp() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
    }
}
