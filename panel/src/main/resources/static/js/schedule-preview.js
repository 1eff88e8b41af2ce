// The schedule form's cron preview: the panel describes the five fields as typed (without JavaScript the saved
// schedule shows its description in the list).
(function () {
  const fields = ['minute', 'hour', 'dayOfMonth', 'month', 'dayOfWeek'];
  document.addEventListener('DOMContentLoaded', () => {
    const preview = document.getElementById('cron-preview');
    if (!preview) {
      return;
    }
    const inputs = fields.map((name) => document.getElementById(name));
    let timer;
    const update = () => {
      const query = new URLSearchParams();
      inputs.forEach((input) => query.set(input.name, input.value));
      fetch(preview.dataset.previewUrl + '?' + query.toString(), { credentials: 'same-origin' })
        .then((answer) => answer.text())
        .then((text) => { preview.textContent = text; })
        .catch(() => { preview.textContent = ''; });
    };
    inputs.forEach((input) => input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(update, 300);
    }));
    update();
  });
})();
