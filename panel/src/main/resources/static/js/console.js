// A server's console: xterm.js fed by the panel's relay (or Wings directly, when the provider chose that), power
// buttons, and live stats as numbers and charts. The relay speaks Wings' protocol without the authentication.
(function () {
  'use strict';
  const root = document.getElementById('console');
  if (!root) {
    return;
  }
  const direct = root.dataset.mode === 'direct';
  const terminal = new window.Terminal({
    convertEol: true, disableStdin: true, rendererType: 'dom', fontSize: 13, rows: 24, scrollback: 2000,
    theme: { background: '#000000' }
  });
  terminal.open(document.getElementById('terminal'));
  fitColumns();
  window.addEventListener('resize', fitColumns);

  const connection = document.getElementById('console-connection');
  const state = document.getElementById('console-state');
  const commandForm = document.getElementById('command-form');
  const command = document.getElementById('command');
  const powerButtons = Array.from(document.querySelectorAll('[data-power]'));
  const charts = { cpu: chart('cpu-chart'), memory: chart('memory-chart') };
  const history = [];
  let historyIndex = 0;
  let socket = null;
  let attempts = 0;
  // Minecraft stopped for its EULA: offered while the server is offline after that (not for an old log line
  // replayed while it runs).
  let eulaRefused = false;

  function fitColumns() {
    const width = document.getElementById('terminal').clientWidth - 16;
    const columns = Math.max(40, Math.floor(width / 7.8));
    if (columns !== terminal.cols) {
      terminal.resize(columns, terminal.rows);
    }
  }

  // The title is the page's (a figcaption); the unit, in the reader's language, comes from the canvas.
  function chart(id) {
    const canvas = document.getElementById(id);
    if (!canvas || !window.Chart) {
      return null;
    }
    const unit = canvas.dataset.unit || '';
    return new window.Chart(canvas, {
      type: 'line',
      data: { labels: [], datasets: [{ label: unit, data: [], borderWidth: 1, pointRadius: 0, fill: true, tension: 0.3 }] },
      options: {
        animation: false,
        plugins: { legend: { display: false } },
        scales: { x: { display: false }, y: { beginAtZero: true, title: { display: true, text: unit } } }
      }
    });
  }

  function push(target, value) {
    if (!target) {
      return;
    }
    const data = target.data;
    data.labels.push('');
    data.datasets[0].data.push(value);
    if (data.labels.length > 60) {
      data.labels.shift();
      data.datasets[0].data.shift();
    }
    target.update();
  }

  function showStats(raw) {
    let stats;
    try {
      stats = JSON.parse(raw);
    } catch (e) {
      return;
    }
    window.pterocaStats.show(stats);
    push(charts.cpu, Number(stats.cpu_absolute || 0));
    push(charts.memory, Math.round((stats.memory_bytes || 0) / 1048576));
    if (stats.state) {
      showState(stats.state);
    }
  }

  function showState(value) {
    state.textContent = state.dataset[value] || value;
    state.dataset.state = value;
    if (value === 'starting' || value === 'running') {
      eulaRefused = false;
    }
    showEula();
  }

  function showEula() {
    document.getElementById('eula').hidden = !(eulaRefused && state.dataset.state === 'offline');
  }

  function ready(on) {
    connection.textContent = on ? root.dataset.textConnected : root.dataset.textDisconnected;
    connection.classList.toggle('text-bg-success', on);
    connection.classList.toggle('text-bg-secondary', !on);
    powerButtons.forEach((button) => { button.disabled = !on; });
    if (command) {
      command.disabled = !on;
      document.getElementById('command-send').disabled = !on;
    }
  }

  function send(event, argument) {
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify(argument === undefined ? { event: event } : { event: event, args: [argument] }));
    }
  }

  function handle(message) {
    const argument = message.args ? message.args[0] : null;
    switch (message.event) {
      case 'pteroca connected':
        attempts = 0;
        ready(true);
        break;
      case 'auth success': // direct mode: Wings itself answered our token
        if (connection.dataset.authenticated !== 'yes') {
          connection.dataset.authenticated = 'yes';
          attempts = 0;
          ready(true);
          send('send logs');
        }
        break;
      case 'token expiring':
      case 'token expired':
        renewDirectToken();
        break;
      case 'console output':
      case 'install output':
        terminal.writeln(argument || '');
        break;
      case 'daemon message':
        terminal.writeln('\u001b[1m\u001b[33m' + (argument || '') + '\u001b[0m');
        break;
      case 'daemon error':
      case 'pteroca error':
        terminal.writeln('\u001b[1m\u001b[31m' + (argument || '') + '\u001b[0m');
        break;
      case 'pteroca denied':
        terminal.writeln('\u001b[1m\u001b[31m' + root.dataset.textDenied.replace('{0}', argument || '') + '\u001b[0m');
        break;
      case 'pteroca eula':
        if (state.dataset.state !== 'running') {
          eulaRefused = true;
          showEula();
        }
        break;
      case 'status':
        showState(argument);
        break;
      case 'stats':
        showStats(argument);
        break;
      default:
        break;
    }
  }

  function credentials() {
    return fetch(root.dataset.credentials, { credentials: 'same-origin', cache: 'no-store' }).then((response) => {
      if (!response.ok) {
        throw new Error('credentials ' + response.status);
      }
      return response.json();
    });
  }

  function renewDirectToken() {
    if (direct) {
      credentials().then((c) => send('auth', c.token)).catch(() => {});
    }
  }

  function open(url, onOpen) {
    socket = new WebSocket(url);
    socket.addEventListener('open', onOpen);
    socket.addEventListener('message', (event) => {
      try {
        handle(JSON.parse(event.data));
      } catch (e) {
        // not one of Wings' messages
      }
    });
    socket.addEventListener('close', () => {
      ready(false);
      delete connection.dataset.authenticated;
      attempts += 1;
      setTimeout(connect, Math.min(30000, 1000 * Math.pow(2, attempts)));
    });
  }

  function connect() {
    connection.textContent = root.dataset.textConnecting;
    if (direct) {
      credentials().then((c) => open(c.socket, () => send('auth', c.token))).catch(() => {
        attempts += 1;
        setTimeout(connect, Math.min(30000, 1000 * Math.pow(2, attempts)));
      });
    } else {
      const scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
      open(scheme + window.location.host + root.dataset.socket, () => {});
    }
  }

  powerButtons.forEach((button) => button.addEventListener('click', () => send('set state', button.dataset.power)));
  if (commandForm) {
    commandForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = command.value.trim();
      if (text) {
        send('send command', text);
        history.push(text);
        historyIndex = history.length;
        command.value = '';
      }
    });
    command.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowUp' && historyIndex > 0) {
        historyIndex -= 1;
        command.value = history[historyIndex];
        event.preventDefault();
      } else if (event.key === 'ArrowDown' && historyIndex < history.length) {
        historyIndex += 1;
        command.value = history[historyIndex] || '';
        event.preventDefault();
      }
    });
  }
  connect();
})();
