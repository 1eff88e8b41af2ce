// The Files tab: uploads go one file at a time as the request body, with a progress bar; several selected rows can
// be deleted after one question. Without JavaScript the rest of the tab works with plain forms.
(function () {
  const csrf = () => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? [header.content, token.content] : null;
  };

  const sendOne = (url, file, onProgress) => new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url + (url.includes('?') ? '&' : '?') + 'name=' + encodeURIComponent(file.name));
    const token = csrf();
    if (token) {
      request.setRequestHeader(token[0], token[1]);
    }
    request.setRequestHeader('Content-Type', 'application/octet-stream');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) {
        onProgress(event.loaded, event.total);
      }
    });
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) {
        resolve();
        return;
      }
      let message = '';
      try {
        message = JSON.parse(request.responseText).message || '';
      } catch (e) {
        message = '';
      }
      reject(new Error(message));
    });
    request.addEventListener('error', () => reject(new Error('')));
    request.send(file);
  });

  document.addEventListener('DOMContentLoaded', () => {
    const input = document.getElementById('upload-files');
    if (input) {
      const progress = document.getElementById('upload-progress');
      const bar = progress.querySelector('.progress-bar');
      const status = document.getElementById('upload-status');
      const show = (percent) => {
        bar.style.width = percent + '%';
        bar.textContent = percent + '%';
        progress.setAttribute('aria-valuenow', String(percent));
      };
      const finished = sessionStorage.getItem('pteroca-files-uploaded');
      if (finished !== null) {
        sessionStorage.removeItem('pteroca-files-uploaded');
        progress.classList.remove('d-none');
        show(100);
        status.textContent = input.dataset.done + ' ' + finished;
      }
      input.addEventListener('change', async () => {
        const files = Array.from(input.files);
        const total = files.reduce((sum, f) => sum + f.size, 0) || 1;
        let done = 0;
        progress.classList.remove('d-none');
        input.disabled = true;
        show(0);
        try {
          for (const file of files) {
            status.textContent = file.name;
            await sendOne(input.dataset.uploadUrl, file, (loaded) => show(Math.floor(((done + loaded) / total) * 100)));
            done += file.size;
          }
          show(100);
          status.textContent = input.dataset.done;
          // The folder is shown again with the new files; the finished bar and message stay on it.
          sessionStorage.setItem('pteroca-files-uploaded', files.map((f) => f.name).join(', '));
          window.location.reload();
        } catch (error) {
          status.textContent = input.dataset.failed + (error.message ? ' ' + error.message : '');
          status.classList.add('text-danger');
          input.disabled = false;
        }
      });
    }
    const deleteSelected = document.getElementById('delete-selected');
    if (deleteSelected) {
      deleteSelected.addEventListener('click', (event) => {
        if (!window.confirm(deleteSelected.dataset.confirmSelection)) {
          event.preventDefault();
        }
      });
    }
  });
})();
