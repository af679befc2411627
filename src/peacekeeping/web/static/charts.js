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

// A chart fits its box, down to a 360 px phone: the title and the source line wrap into lines of the box's width
// (measured in Vega's own fonts), and long legends take fewer columns.
const measure = document.createElement("canvas").getContext("2d");

function lines(text, font, width) {
  measure.font = font;
  const out = [];
  for (const part of [].concat(text || [])) {
    let line = "";
    for (const word of String(part).split(" ")) {
      const next = line ? line + " " + word : word;
      if (line && measure.measureText(next).width > width) { out.push(line); line = word; } else line = next;
    }
    if (line) out.push(line);
  }
  return out;
}

function fit(spec, width) {
  if (!width || !spec.title) return spec;
  const room = width - 12;
  spec.title = { ...spec.title, text: lines(spec.title.text, "bold 13px sans-serif", room),
                 subtitle: lines(spec.title.subtitle, "12px sans-serif", room) };
  const phone = room < 440;
  const columns = Math.max(1, Math.floor(room / 105));
  const label = Math.floor(room / 2) - 45;  // a phone's legends: two columns under the plot
  const narrow = (node) => {
    if (Array.isArray(node)) { node.forEach(narrow); return; }
    if (!node || typeof node !== "object") return;
    if (node.legend && node.legend.columns > columns) node.legend = { ...node.legend, columns };
    if (phone && node.legend && node.legend.labelLimit > label) node.legend = { ...node.legend, labelLimit: label };
    Object.entries(node).forEach(([key, value]) => key !== "data" && narrow(value));
  };
  narrow(spec.layer || spec.encoding || []);
  // a world map on a phone is as high as the world drawn at its width (Equal Earth, without Antarctica: 0.44 of its
  // width), not a desktop's height with empty bands above and below
  if (phone && spec.projection && spec.height) spec.height = Math.min(spec.height, Math.ceil(room * 0.44) + 8);
  if (phone) {  // legends go under the plot, which keeps the width; long axis labels give the plot room
    const config = spec.config || {};
    spec.config = { ...config, legend: { orient: "bottom", columns: 2, labelLimit: label, ...(config.legend || {}) },
                    axisY: { labelLimit: 110, ...(config.axisY || {}) } };
  }
  return spec;
}

// The Voronoi cells of a tooltip along the line are no image of their own (Vega-Lite gives them no aria option): the
// chart's container is the image, named by its title and description.
function quiet(spec) {
  const walk = (marks) => (marks || []).forEach((mark) => {
    if ((mark.name || "").endsWith("_voronoi")) mark.aria = false;
    walk(mark.marks);
  });
  walk(spec.marks);
  return spec;
}

if (window.vegaEmbed) {
  document.querySelectorAll('script[type="application/json"][data-chart]').forEach((el) => {
    const target = document.getElementById(el.dataset.chart);
    vegaEmbed(target, fit(JSON.parse(el.textContent), target.clientWidth), { actions: false, renderer: "svg", patch: quiet })
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
    exportView(button.dataset.chartId, view).then(({ copy, text }) => {
      if (button.dataset.format === "svg") {
        return copy.toSVG().then((svg) => saveBlob(name, [svg], "image/svg+xml"));
      }
      return copy.toCanvas(2).then((canvas) => saveBlob(name, [withText(pngBytes(canvas), text)], "image/png"));
    }).catch((err) => console.error(err));
  } else if (button.classList.contains("csv")) {
    const table = document.getElementById(button.dataset.table);
    const cell = (c) => {
      const copy = c.cloneNode(true);
      copy.querySelectorAll("sup").forEach((s) => s.remove());
      const text = c.dataset.v !== undefined ? c.dataset.v : copy.textContent.replace(/\s+/g, " ").trim();
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


// An exported chart stands alone: under its source line, the lines of the spec's usermeta.export (gaps, the data's
// terms) and the page's address are drawn in; the PNG carries them as text too (iTXt chunks: Title, Source,
// Copyright, URL), for a picture desk's catalogue.
function exportView(id, shown) {
  const spec = JSON.parse(document.querySelector(`script[data-chart="${id}"]`).textContent);
  const terms = (spec.usermeta || {}).export || [];
  const source = [].concat(spec.title.subtitle || []);
  const text = { Title: spec.title.text, Source: source.join(" "), Copyright: terms[terms.length - 1] || "",
                 Comment: terms.slice(0, -1).join(" "), URL: location.href };
  spec.title = { ...spec.title, subtitle: source.concat(terms, [location.href]) };
  if (spec.width === "container") spec.width = shown.width();
  if (spec.width < 600) fit(spec, spec.width);  // a narrow chart's export wraps its lines as the page does
  const copy = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: "none" });
  return copy.runAsync().then(() => ({ copy, text }));
}

function pngBytes(canvas) {
  const data = atob(canvas.toDataURL("image/png").split(",")[1]);
  const bytes = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
  return bytes;
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function chunk(type, data) {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  let c = 0xffffffff;
  for (const b of out.subarray(4, 8 + data.length)) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  view.setUint32(8 + data.length, (c ^ 0xffffffff) >>> 0);
  return out;
}

// The PNG with an iTXt chunk (UTF-8 text) per entry, before its IEND chunk (the last 12 bytes).
function withText(png, entries) {
  const utf8 = new TextEncoder();
  const chunks = Object.entries(entries).filter(([, v]) => v).map(([key, value]) =>
    chunk("iTXt", new Uint8Array([...utf8.encode(key), 0, 0, 0, 0, 0, ...utf8.encode(value)])));
  return new Blob([png.subarray(0, png.length - 12), ...chunks, png.subarray(png.length - 12)], { type: "image/png" });
}

// The month picker shows the month chosen at once (without JavaScript, its Show button does).
const monthPicker = document.getElementById("month");
if (monthPicker) monthPicker.addEventListener("change", () => monthPicker.form.submit());

// The search box's type-ahead: the names of countries and missions in the three languages, read once from a small
// static index when the box is first used.
const searchBox = document.getElementById("search-box");
const searchNames = document.getElementById("search-names");
if (searchBox && searchNames) {
  const load = () => {
    searchBox.removeEventListener("focus", load);
    searchBox.removeEventListener("input", load);
    fetch(searchNames.dataset.src).then((r) => r.json()).then((names) => {
      searchNames.append(...names.map(([value, label]) => {
        const option = document.createElement("option");
        option.value = value;
        if (label) option.label = label;
        return option;
      }));
      searchNames.dataset.loaded = "true";
    }).catch((err) => console.error(err));
  };
  searchBox.addEventListener("focus", load);
  searchBox.addEventListener("input", load);
}
