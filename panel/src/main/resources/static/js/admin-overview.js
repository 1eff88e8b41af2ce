// Draws the admin overview's charts from the data the page carries (data-series: {labels, values}).
(function () {
  'use strict';

  function series(canvas, attribute) {
    const raw = canvas.getAttribute(attribute);
    return raw ? JSON.parse(raw) : null;
  }

  function colour(variable) {
    return getComputedStyle(document.body).getPropertyValue(variable).trim();
  }

  function draw(canvas) {
    const first = series(canvas, 'data-series');
    if (!first || first.labels.length === 0) {
      canvas.hidden = true;
      return;
    }
    const kind = canvas.getAttribute('data-kind');
    const round = kind === 'doughnut';
    const colours = ['--bs-primary', '--bs-success', '--bs-warning', '--bs-info', '--bs-danger', '--bs-secondary'].map(colour);
    const datasets = [{ label: canvas.getAttribute('data-label') || canvas.getAttribute('aria-label'), data: first.values,
      borderWidth: 2, borderColor: round ? colour('--bs-body-bg') : colours[0],
      backgroundColor: round ? first.values.map(function (v, i) { return colours[i % colours.length]; }) : colours[0] }];
    const second = series(canvas, 'data-series2');
    if (second) {
      datasets.push({ label: canvas.getAttribute('data-label2'), data: second.values, borderWidth: 2,
        borderColor: colours[1], backgroundColor: colours[1] });
    }
    const grid = { color: colour('--bs-border-color') };
    return new window.Chart(canvas, {
      type: kind,
      data: { labels: first.labels, datasets: datasets },
      options: {
        animation: false,
        plugins: { legend: { display: round || datasets.length > 1 } },
        scales: round ? {} : { x: { grid: grid }, y: { beginAtZero: true, ticks: { precision: 0 }, grid: grid } }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    if (!window.Chart) {
      return;
    }
    // Text, lines and grid follow the colour mode and the admin's colours the page is shown in.
    window.Chart.defaults.color = colour('--bs-body-color');
    document.querySelectorAll('#overview-charts canvas[data-series]').forEach(draw);
  });
})();
