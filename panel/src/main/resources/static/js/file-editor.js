// The file editor: CodeMirror over the text area, with syntax colours chosen by the file's name and the panel's
// light or dark mode. The form still posts the text area, which CodeMirror fills in on submit; without JavaScript
// the plain text area works the same.
(function () {
  const modes = [
    [/\.(properties|cfg|conf|ini|env)$|^\.env$/i, 'properties'],
    [/\.ya?ml$/i, 'yaml'],
    [/\.json5?$|\.mcmeta$/i, { name: 'javascript', json: true }],
    [/\.(js|mjs)$/i, 'javascript'],
    [/\.(xml|html?)$/i, 'xml'],
    [/\.(sh|bash)$/i, 'shell'],
    [/\.toml$/i, 'toml'],
  ];
  const modeFor = (name) => {
    const match = modes.find(([pattern]) => pattern.test(name || ''));
    return match ? match[1] : null;
  };
  document.addEventListener('DOMContentLoaded', () => {
    const area = document.getElementById('content');
    if (!area || !window.CodeMirror) {
      return;
    }
    const root = document.documentElement;
    const themeOf = () => (root.getAttribute('data-bs-theme') === 'dark' ? 'material-darker' : 'default');
    const editor = window.CodeMirror.fromTextArea(area, {
      mode: modeFor(area.dataset.fileName),
      lineNumbers: true,
      readOnly: area.readOnly,
      theme: themeOf(),
      viewportMargin: 50,
    });
    editor.getWrapperElement().classList.add('file-editor', 'mb-2');
    new MutationObserver(() => editor.setOption('theme', themeOf()))
      .observe(root, { attributes: true, attributeFilter: ['data-bs-theme'] });
  });
})();
