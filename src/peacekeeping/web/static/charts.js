// Render every Vega-Lite spec the page carries (script[type="application/json"][data-chart]) with vega-embed.
document.querySelectorAll('script[type="application/json"][data-chart]').forEach((el) => {
  const target = document.getElementById(el.dataset.chart);
  vegaEmbed(target, JSON.parse(el.textContent), { actions: false, renderer: "svg" })
    .then(() => { target.dataset.rendered = "true"; })
    .catch((err) => { target.dataset.error = String(err); console.error(err); });
});
