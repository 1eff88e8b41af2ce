// Live resource figures of a server (CPU, memory, disk, network, uptime) from Wings' "stats" events. The console page
// feeds them from its own socket (window.pterocaStats.show); a server's overview (#live-stats) opens the panel's relay
// socket for them alone, so no page polls for figures Wings already pushes.
(function () {
  'use strict';

  function bytes(value) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let amount = value;
    let unit = 0;
    while (amount >= 1024 && unit < units.length - 1) {
      amount /= 1024;
      unit += 1;
    }
    return amount.toFixed(unit === 0 ? 0 : 1) + ' ' + units[unit];
  }

  function duration(millis) {
    const seconds = Math.floor(millis / 1000);
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return (h > 0 ? h + 'h ' : '') + (h > 0 || m > 0 ? m + 'm ' : '') + s + 's';
  }

  function set(id, text) {
    const element = document.getElementById(id);
    if (element) {
      element.textContent = text;
    }
  }

  function percentBar(id, used, limit) {
    const bar = document.getElementById(id);
    if (!bar) {
      return;
    }
    const share = limit > 0 ? Math.min(100, Math.round(used * 100 / limit)) : 0;
    bar.value = share;
    bar.hidden = !(limit > 0);
  }

  // Shows one stats event's figures wherever the page has a place for them.
  function show(stats) {
    const memoryLimit = stats.memory_limit_bytes || 0;
    const disk = document.getElementById('stat-disk');
    const diskLimit = disk ? Number(disk.dataset.limit || 0) : 0;
    set('stat-cpu', Number(stats.cpu_absolute || 0).toFixed(1) + ' %');
    set('stat-memory', bytes(stats.memory_bytes || 0) + (memoryLimit > 0 ? ' / ' + bytes(memoryLimit) : ''));
    set('stat-disk', bytes(stats.disk_bytes || 0) + (diskLimit > 0 ? ' / ' + bytes(diskLimit) : ''));
    set('stat-rx', bytes((stats.network || {}).rx_bytes || 0));
    set('stat-tx', bytes((stats.network || {}).tx_bytes || 0));
    set('stat-uptime', duration(stats.uptime || 0));
    percentBar('stat-memory-bar', stats.memory_bytes || 0, memoryLimit);
    percentBar('stat-disk-bar', stats.disk_bytes || 0, diskLimit);
  }

  window.pterocaStats = { show: show };

  const live = document.getElementById('live-stats');
  if (!live || document.getElementById('console')) {
    return;
  }
  const state = document.getElementById('server-power');
  let attempts = 0;

  function connect() {
    const scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
    const socket = new WebSocket(scheme + window.location.host + live.dataset.socket);
    socket.addEventListener('message', (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      if (message.event === 'pteroca connected') {
        attempts = 0;
        live.dataset.connected = 'yes';
      } else if (message.event === 'stats') {
        try {
          show(JSON.parse(message.args[0]));
        } catch (e) {
          // not a stats object
        }
      } else if (message.event === 'status' && state && live.dataset[message.args[0]]) {
        state.textContent = live.dataset[message.args[0]];
      }
    });
    socket.addEventListener('close', () => {
      delete live.dataset.connected;
      attempts += 1;
      setTimeout(connect, Math.min(30000, 1000 * Math.pow(2, attempts)));
    });
  }

  connect();
})();
