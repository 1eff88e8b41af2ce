// Passkeys through Spring Security's WebAuthn endpoints: adding one on the security page, and signing in with one on
// the sign-in page. Binary values travel as base64url, as those endpoints expect. Without WebAuthn in the browser
// the passkey controls stay hidden.
(function () {
  const toBase64Url = (buffer) => btoa(String.fromCharCode(...new Uint8Array(buffer)))
    .replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  const fromBase64Url = (text) => {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer;
  };
  const withIds = (descriptors) => (descriptors || []).map((d) => ({ ...d, id: fromBase64Url(d.id) }));
  // server: the panel's root path ("/" or its context path), and the CSRF header and token to send.
  const post = (path, server, body) => fetch(server.root + path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', [server.header]: server.token },
    body: body === undefined ? undefined : JSON.stringify(body)
  });

  const json = async (answer) => {
    if (!answer.ok) {
      const error = new Error('HTTP ' + answer.status);
      error.status = answer.status;
      try {
        error.body = await answer.json();
      } catch (notJson) {
        error.body = null;
      }
      throw error;
    }
    return answer.json();
  };

  async function register(server, name) {
    const options = await json(await post('webauthn/register/options', server));
    const created = await navigator.credentials.create({
      publicKey: {
        ...options,
        user: { ...options.user, id: fromBase64Url(options.user.id) },
        challenge: fromBase64Url(options.challenge),
        excludeCredentials: withIds(options.excludeCredentials)
      }
    });
    const response = created.response;
    await json(await post('webauthn/register', server, {
      publicKey: {
        label: name,
        credential: {
          id: created.id,
          rawId: toBase64Url(created.rawId),
          type: created.type,
          response: {
            attestationObject: toBase64Url(response.attestationObject),
            clientDataJSON: toBase64Url(response.clientDataJSON),
            transports: response.getTransports ? response.getTransports() : []
          },
          clientExtensionResults: created.getClientExtensionResults(),
          authenticatorAttachment: created.authenticatorAttachment
        }
      }
    }));
  }

  async function signIn(server) {
    const options = await json(await post('webauthn/authenticate/options', server));
    const found = await navigator.credentials.get({
      publicKey: { ...options, challenge: fromBase64Url(options.challenge), allowCredentials: withIds(options.allowCredentials) }
    });
    const response = found.response;
    const answer = await json(await post('login/webauthn', server, {
      id: found.id,
      rawId: toBase64Url(found.rawId),
      type: found.type,
      response: {
        authenticatorData: toBase64Url(response.authenticatorData),
        clientDataJSON: toBase64Url(response.clientDataJSON),
        signature: toBase64Url(response.signature),
        userHandle: response.userHandle ? toBase64Url(response.userHandle) : undefined
      },
      clientExtensionResults: found.getClientExtensionResults(),
      authenticatorAttachment: found.authenticatorAttachment
    }));
    return answer.redirectUrl;
  }

  const show = (element, text) => {
    element.textContent = text;
    element.classList.remove('d-none');
  };

  document.addEventListener('DOMContentLoaded', () => {
    const supported = !!(window.PublicKeyCredential && navigator.credentials);
    const addForm = document.getElementById('passkey-add-form');
    if (addForm) {
      const error = document.getElementById('passkey-add-error');
      if (!supported) {
        show(error, addForm.dataset.unsupported);
        addForm.querySelector('button').disabled = true;
        return;
      }
      const server = {
        root: addForm.dataset.root,
        header: document.querySelector('meta[name="_csrf_header"]').content,
        token: document.querySelector('meta[name="_csrf"]').content
      };
      addForm.addEventListener('submit', async (event) => {
        event.preventDefault();
        const name = addForm.querySelector('input[name="name"]');
        if (!name.value.trim()) {
          name.classList.add('is-invalid');
          return;
        }
        const button = addForm.querySelector('button');
        button.disabled = true;
        error.classList.add('d-none');
        try {
          await register(server, name.value.trim());
          window.location.assign(addForm.dataset.done);
        } catch (failure) {
          show(error, addForm.dataset.failed);
          button.disabled = false;
        }
      });
    }
    const signInButton = document.getElementById('passkey-sign-in');
    if (signInButton && supported) {
      signInButton.closest('.passkey-sign-in').classList.remove('d-none');
      const error = document.getElementById('passkey-sign-in-error');
      signInButton.addEventListener('click', async () => {
        signInButton.disabled = true;
        error.classList.add('d-none');
        try {
          const data = signInButton.dataset;
          window.location.assign(await signIn({ root: data.root, header: data.csrfHeader, token: data.csrfToken }));
        } catch (failure) {
          const blocked = failure.body && failure.body.reason === 'blocked';
          show(error, blocked ? signInButton.dataset.blocked : signInButton.dataset.failed);
          signInButton.disabled = false;
        }
      });
    }
  });
})();
