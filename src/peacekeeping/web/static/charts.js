// Charts: render every Vega-Lite spec the page carries (script[type="application/json"][data-chart]) with vega-embed,
// then offer each as PNG and SVG (title, source and date are in the spec, so they are drawn in the files).
// Tables: a CSV download of any table (UTF-8 with a BOM, so spreadsheets read accents). Drafts: their clean text
// (no footnote marks) copied to the clipboard.
const views = {};

function save(name, href) {
  const a = document.createElement("a");
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

function saveBlob(name, parts, type) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  save(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function slug() {
  const month = new URLSearchParams(location.search).get("as_of");
  const page = location.pathname.split("/").filter(Boolean).join("-") || "home";
  return page + (month ? "-" + month : "");
}

if (window.vegaEmbed) {
  document.querySelectorAll('script[type="application/json"][data-chart]').forEach((el) => {
    const target = document.getElementById(el.dataset.chart);
    vegaEmbed(target, JSON.parse(el.textContent), { actions: false, renderer: "svg" })
      .then((result) => { views[target.id] = result.view; target.dataset.rendered = "true"; })
      .catch((err) => { target.dataset.error = String(err); console.error(err); });
  });
}

document.addEventListener("click", (event) => {
  const button = event.target.closest("button");
  if (!button) return;
  if (button.classList.contains("export")) {
    const view = views[button.dataset.chartId];
    if (!view) return;
    const name = `${slug()}-${button.dataset.chartId}.${button.dataset.format}`;
    if (button.dataset.format === "svg") {
      view.toSVG().then((svg) => saveBlob(name, [svg], "image/svg+xml"));
    } else {
      view.toImageURL("png", 2).then((url) => save(name, url));
    }
  } else if (button.classList.contains("csv")) {
    const table = document.getElementById(button.dataset.table);
    const cell = (c) => {
      const copy = c.cloneNode(true);
      copy.querySelectorAll("sup").forEach((s) => s.remove());
      const text = copy.textContent.replace(/\s+/g, " ").trim();
      return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    const lines = [...table.querySelectorAll("tr")].map((tr) => [...tr.children].map(cell).join(","));
    saveBlob(`${slug()}-${button.dataset.name}.csv`, ["\ufeff" + lines.join("\r\n") + "\r\n"], "text/csv;charset=utf-8");
  } else if (button.dataset.copy) {
    const text = cleanText(document.getElementById(button.dataset.copy));
    const done = () => { button.dataset.copied = "true"; const s = document.getElementById(button.id + "-status"); if (s) s.hidden = false; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, () => { fallbackCopy(text); done(); });
    } else { fallbackCopy(text); done(); }
  }
});

// A draft's words and figures only, one paragraph a block: its body (not the sources or the notes for the editor),
// without the footnote marks, which would fuse with the figures ("2703" for 270 and its source 3).
function cleanText(source) {
  const body = source.querySelector(".draft-body") || source;
  return [...body.children].map((block) => {
    const copy = block.cloneNode(true);
    copy.querySelectorAll("sup").forEach((s) => s.remove());
    return copy.textContent.replace(/\s+/g, " ").trim();
  }).filter(Boolean).join("\n\n");
}

function fallbackCopy(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  document.execCommand("copy");
  area.remove();
}
