// Colour mode: the visitor's choice (localStorage) wins over the site default; "auto" follows the system.
(function () {
  const root = document.documentElement;
  const stored = localStorage.getItem('pteroca-theme');
  const mode = stored || root.dataset.defaultMode || 'auto';
  const apply = (m) => {
    const dark = m === 'dark' || (m === 'auto' && window.matchMedia('(prefers-color-scheme: dark)').matches);
    root.setAttribute('data-bs-theme', dark ? 'dark' : 'light');
  };
  apply(mode);
  document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-theme-toggle]').forEach((button) => {
      button.addEventListener('click', () => {
        const next = root.getAttribute('data-bs-theme') === 'dark' ? 'light' : 'dark';
        localStorage.setItem('pteroca-theme', next);
        apply(next);
      });
    });
    // Single sign-on: the one-time token goes to Pterodactyl at once (without JavaScript the button is clicked).
    document.querySelectorAll('form[data-auto-submit]').forEach((form) => form.submit());
    // A payment that has just started continues on the gateway's page (without JavaScript the link is clicked).
    document.querySelectorAll('a[data-auto-follow]').forEach((link) => window.location.assign(link.href));
    // A refusal answered to an htmx request (4xx) is a message to show where the request asked, not a failure.
    document.body.addEventListener('htmx:beforeSwap', (event) => {
      const status = event.detail.xhr.status;
      if (status >= 400 && status < 500) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
      }
    });
    // Copy buttons put their target's text on the clipboard and say so for a moment.
    document.querySelectorAll('[data-copy]').forEach((button) => {
      button.addEventListener('click', () => {
        const target = document.querySelector(button.dataset.copy);
        if (!target || !navigator.clipboard) {
          return;
        }
        navigator.clipboard.writeText(target.textContent.trim()).then(() => {
          const label = button.textContent;
          button.textContent = button.dataset.copied;
          setTimeout(() => { button.textContent = label; }, 2000);
        });
      });
    });
    // Forms that destroy something ask first; the question is in the data-confirm attribute.
    document.querySelectorAll('form[data-confirm]').forEach((form) => {
      form.addEventListener('submit', (event) => {
        if (!window.confirm(form.dataset.confirm)) {
          event.preventDefault();
        }
      });
    });
  });
})();
