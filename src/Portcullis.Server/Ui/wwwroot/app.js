// Portcullis web UI: plain DOM, no framework, no network but this server. Every page reads the API with the token
// kept in this tab's session storage; text from the server is only ever set as textContent, never parsed as HTML,
// except the report's graph page, which is shown in a sandboxed frame of its own.
(function () {
  "use strict";
  const main = document.getElementById("main");
  const tokenKey = "portcullis-token";
  let me = null;

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  async function api(path, options) {
    const token = sessionStorage.getItem(tokenKey);
    const init = Object.assign({ headers: {} }, options || {});
    init.headers = Object.assign({ Authorization: "Bearer " + token }, init.headers);
    const response = await fetch("/api/v1" + path, init);
    if (response.status === 401) { sessionStorage.removeItem(tokenKey); location.hash = "#/login"; throw new Error("signed out"); }
    return response;
  }

  async function json(path, options) {
    const response = await api(path, options);
    if (!response.ok) throw await problem(response);
    return response.json();
  }

  async function text(path) {
    const response = await api(path);
    if (!response.ok) throw await problem(response);
    return response.text();
  }

  async function problem(response) {
    try {
      const body = await response.json();
      const lines = (body.diagnostics || []).map(d => d.text).concat(body.errors || []);
      return new Error((body.title || response.statusText) + (lines.length ? ":\n" + lines.join("\n") : body.detail ? ": " + body.detail : ""));
    } catch { return new Error(response.status + " " + response.statusText); }
  }

  function time(iso) { return iso ? iso.replace("T", " ").replace(/\.\d+Z$/, " UTC") : ""; }
  function statusBadge(status) { return el("span", { class: "badge status-" + status.replace(/ /g, "-") }, status); }
  function severityBadge(severity) { return el("span", { class: "badge severity-" + severity }, severity); }
  function drift(d, id) {
    if (!d) return el("span", { class: "muted" }, "first");
    if (d.added + d.removed + d.changed === 0) return el("a", { href: `#/diff?before=${d.previous}&after=${id}`, class: "muted" }, "no change");
    return el("a", { href: `#/diff?before=${d.previous}&after=${id}`, title: "connectivity diff from snapshot " + d.previous },
      el("span", { class: "drift-added" }, "+" + d.added), " ", el("span", { class: "drift-removed" }, "\u2212" + d.removed), " ", el("span", { class: "drift-changed" }, "~" + d.changed));
  }
  function show(...nodes) { main.replaceChildren(...nodes); }
  function failure(error) { return el("p", { class: "error", role: "alert" }, error.message); }
  function params() { const q = location.hash.indexOf("?"); return new URLSearchParams(q < 0 ? "" : location.hash.slice(q + 1)); }
  function output(content, label) { return el("pre", { "data-output": label || "output" }, content); }

  async function loginPage() {
    const input = el("input", { type: "password", id: "token", autocomplete: "off", placeholder: "pc_..." });
    const message = el("p", { class: "error", role: "alert" });
    const form = el("form", {
      class: "card login", onsubmit: async event => {
        event.preventDefault();
        sessionStorage.setItem(tokenKey, input.value.trim());
        try {
          me = await json("/whoami");
          if (location.hash === "#/" || location.hash === "") route(); else location.hash = "#/";
        }
        catch (error) { message.textContent = "This token is not accepted."; }
      },
    }, el("h1", {}, "Sign in"), el("p", { class: "muted" }, "Paste a token of this server (an admin gives them out; the first comes from PORTCULLIS_BOOTSTRAP_TOKEN)."),
      el("label", {}, "Token ", input), " ", el("button", { type: "submit" }, "Sign in"), message);
    show(form);
    input.focus();
  }

  async function timelinePage() {
    const account = params().get("account") || "";
    const [list, alerts, accounts] = await Promise.all([
      json("/snapshots?limit=100" + (account ? "&account=" + encodeURIComponent(account) : "")),
      json("/alerts?limit=200" + (account ? "&account=" + encodeURIComponent(account) : "")),
      json("/accounts"),
    ]);
    const alertsBySnapshot = new Map();
    for (const a of alerts.alerts) if (a.snapshot) alertsBySnapshot.set(a.snapshot, (alertsBySnapshot.get(a.snapshot) || 0) + 1);
    const names = [...new Set(list.snapshots.map(s => s.account).concat(accounts.accounts.map(a => a.name)))].sort();
    const filter = el("select", { id: "account-filter", onchange: e => { location.hash = "#/" + (e.target.value ? "?account=" + encodeURIComponent(e.target.value) : ""); } },
      el("option", { value: "" }, "all accounts"), names.map(n => el("option", { value: n, selected: n === account }, n)));
    const rows = list.snapshots.map(s => el("tr", { "data-snapshot": s.id },
      el("td", {}, el("a", { href: "#/snapshots/" + s.id }, "#" + s.id)),
      el("td", {}, time(s.createdAt)), el("td", {}, s.account), el("td", {}, s.source), el("td", { class: "muted" }, s.origin || ""),
      el("td", {}, drift(s.drift, s.id)),
      el("td", {}, alertsBySnapshot.get(s.id) ? el("a", { href: "#/snapshots/" + s.id, class: "badge severity-error" }, alertsBySnapshot.get(s.id) + " alerts") : ""),
      el("td", {}, el("a", { href: `#/snapshots/${s.id}/report` }, "report"), " \u00b7 ", el("a", { href: `#/snapshots/${s.id}/explain` }, "explain"))));
    const table = list.snapshots.length
      ? el("table", { id: "timeline" }, el("thead", {}, el("tr", {}, ["Snapshot", "Taken", "Account", "Source", "Origin", "Drift", "Alerts", ""].map(h => el("th", {}, h)))), el("tbody", {}, rows))
      : el("p", { class: "muted" }, "No snapshots yet: upload a configuration, or configure an account to collect.");
    const nodes = [el("h1", {}, "Timeline"), el("div", { class: "actions" }, filter), table];
    if (me && me.role === "admin") nodes.push(uploadForm());
    const recent = alerts.alerts.slice(0, 10);
    if (recent.length) nodes.push(el("h2", {}, "Recent alerts"), alertTable(recent));
    show(...nodes);
  }

  function uploadForm() {
    const file = el("input", { type: "file", id: "upload-file", accept: ".json,application/json" });
    const account = el("input", { type: "text", id: "upload-account", value: "default" });
    const message = el("div", { id: "upload-result" });
    return el("form", {
      class: "card inline", onsubmit: async event => {
        event.preventDefault();
        if (!file.files.length) return;
        message.replaceChildren("Uploading\u2026");
        const response = await api(`/snapshots?account=${encodeURIComponent(account.value)}&name=${encodeURIComponent(file.files[0].name)}`,
          { method: "POST", body: file.files[0], headers: { "Content-Type": "application/json" } });
        if (response.ok) { const body = await response.json(); location.hash = "#/snapshots/" + body.id; }
        else message.replaceChildren(failure(await problem(response)));
      },
    }, el("h2", {}, "Upload a configuration"), el("label", {}, "File", file), el("label", {}, "Account", account), el("button", { type: "submit" }, "Upload"), message);
  }

  function alertTable(alerts) {
    return el("table", { class: "alerts" }, el("thead", {}, el("tr", {}, ["Raised", "Severity", "Kind", "Account", "Snapshot", "Message"].map(h => el("th", {}, h)))),
      el("tbody", {}, alerts.map(a => el("tr", {}, el("td", {}, time(a.createdAt)), el("td", {}, severityBadge(a.severity)), el("td", {}, a.kind), el("td", {}, a.account),
        el("td", {}, a.snapshot ? el("a", { href: "#/snapshots/" + a.snapshot }, "#" + a.snapshot) : ""), el("td", {}, a.message)))));
  }

  async function snapshotPage(id) {
    const [s, clusters] = await Promise.all([json("/snapshots/" + id), json("/clusters")]);
    const watched = clusters.clusters.filter(c => c.account === s.account);
    const nodes = [
      el("h1", {}, `Snapshot #${s.id} of ${s.account}`),
      el("div", { class: "card" },
        el("div", {}, "Taken ", time(s.createdAt), ", last seen ", time(s.lastSeenAt), "; ", s.source, s.origin ? ", " + s.origin : ""),
        el("div", { class: "muted" }, `${s.name}, ${s.size} bytes, sha256 ${s.hash.slice(0, 16)}\u2026`),
        el("div", {}, "Drift from the previous snapshot: ", drift(s.drift, s.id))),
      el("div", { class: "actions" },
        el("a", { href: `#/snapshots/${s.id}/report` }, "Report"), el("a", { href: `#/snapshots/${s.id}/explain` }, "Explain"), el("a", { href: `#/snapshots/${s.id}/lint` }, "Lint"),
        s.previous ? el("a", { href: `#/diff?before=${s.previous}&after=${s.id}` }, "Diff with #" + s.previous) : null,
        watched.map(c => el("a", { href: `#/clusters/${encodeURIComponent(c.name)}?snapshot=${s.id}` }, "Cluster " + c.name))),
    ];
    if (s.alerts.length) nodes.push(el("h2", {}, "Alerts"), alertTable(s.alerts));
    if (s.requirements.length) {
      nodes.push(el("h2", {}, "Cluster requirements"), el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Cluster"), el("th", {}, "Requirement"), el("th", {}, "Status"))),
        el("tbody", {}, s.requirements.map(r => el("tr", {}, el("td", {}, r.cluster), el("td", {}, r.requirement), el("td", {}, statusBadge(r.status)))))));
    }
    show(...nodes);
  }

  async function reportPage(id) {
    const q = params();
    const level = q.get("level") || "endpoints";
    const view = q.get("view") || "text";
    const link = (l, v) => `#/snapshots/${id}/report?level=${l}&view=${v}`;
    const tabs = el("div", { class: "tabs" },
      ["endpoints", "subnets"].map(l => el("button", { type: "button", class: l === level ? "active" : "", onclick: () => { location.hash = link(l, view); } }, l)),
      el("span", { class: "muted" }, " \u00a0 "),
      [["text", "Text"], ["graph", "Graph"]].map(([v, label]) => el("button", { type: "button", "data-view": v, class: v === view ? "active" : "", onclick: () => { location.hash = link(level, v); } }, label)));
    show(el("h1", {}, `Report of snapshot #${id}`), tabs, el("p", { class: "muted" }, "Computing\u2026"));
    if (view === "graph") {
      const html = await text(`/snapshots/${id}/report/${level}?format=html`);
      // The graph page is self-contained; sandboxed without same-origin, it cannot read this page or its token.
      const frame = el("iframe", { class: "graph", sandbox: "allow-scripts", title: "connectivity graph" });
      frame.srcdoc = html;
      show(el("h1", {}, `Report of snapshot #${id}`), tabs, frame);
    } else {
      show(el("h1", {}, `Report of snapshot #${id}`), tabs, output(await text(`/snapshots/${id}/report/${level}?format=txt`), "report"));
    }
  }

  async function explainPage(id) {
    const q = params();
    const field = (name, label, placeholder) => el("label", {}, label, el("input", { type: "text", name, id: "explain-" + name, value: q.get(name) || "", placeholder }));
    const form = el("form", {
      class: "card inline", id: "explain-form", onsubmit: event => {
        event.preventDefault();
        const data = new URLSearchParams();
        for (const input of form.querySelectorAll("input")) if (input.value.trim()) data.set(input.name, input.value.trim());
        location.hash = `#/snapshots/${id}/explain?` + data.toString();
      },
    }, field("src", "Source", "bastion, 10.240.1.4, 145.40.7.9"), field("dst", "Destination", "a worker, a subnet, an address"),
      field("protocol", "Protocol", "tcp, udp, icmp, any"), field("dstPorts", "Destination ports", "22, 30000-32767"), field("srcPorts", "Source ports", ""),
      el("button", { type: "submit" }, "Explain"));
    const nodes = [el("h1", {}, `Explain on snapshot #${id}`), form];
    if (q.get("src") && q.get("dst")) {
      const query = new URLSearchParams(q);
      query.set("detail", "true");
      query.set("format", "txt");
      try { nodes.push(el("h2", {}, "Path and deciding rules"), output(await text(`/snapshots/${id}/explain?` + query.toString()), "explain")); }
      catch (error) { nodes.push(failure(error)); }
    }
    show(...nodes);
  }

  async function lintPage(id) {
    show(el("h1", {}, `Lint of snapshot #${id}`), output(await text(`/snapshots/${id}/lint?format=txt`), "lint"));
  }

  async function diffPage() {
    const q = params();
    const list = await json("/snapshots?limit=200");
    const choose = (name, selected) => el("select", { name, id: "diff-" + name },
      list.snapshots.map(s => el("option", { value: s.id, selected: String(s.id) === selected }, `#${s.id} ${s.account} ${time(s.createdAt)}`)));
    const before = choose("before", q.get("before") || (list.snapshots[1] || list.snapshots[0] || {}).id + "");
    const after = choose("after", q.get("after") || (list.snapshots[0] || {}).id + "");
    const level = el("select", { name: "level", id: "diff-level" }, ["endpoints", "subnets"].map(l => el("option", { value: l, selected: l === (q.get("level") || "endpoints") }, l)));
    const form = el("form", {
      class: "card inline", id: "diff-form", onsubmit: event => {
        event.preventDefault();
        location.hash = `#/diff?before=${before.value}&after=${after.value}&level=${level.value}&run=1`;
      },
    }, el("label", {}, "Before", before), el("label", {}, "After", after), el("label", {}, "Level", level), el("button", { type: "submit" }, "Compare"));
    const nodes = [el("h1", {}, "Diff between two snapshots"), form];
    if (q.get("before") && q.get("after")) {
      try { nodes.push(output(await text(`/diff?before=${q.get("before")}&after=${q.get("after")}&level=${q.get("level") || "endpoints"}&format=txt`), "diff")); }
      catch (error) { nodes.push(failure(error)); }
    }
    show(...nodes);
  }

  async function clustersPage() {
    const clusters = await json("/clusters");
    show(el("h1", {}, "Clusters"), clusters.clusters.length
      ? el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "Cluster"), el("th", {}, "Account"), el("th", {}, "Description"))),
        el("tbody", {}, clusters.clusters.map(c => el("tr", {}, el("td", {}, el("a", { href: "#/clusters/" + encodeURIComponent(c.name) }, c.name)), el("td", {}, c.account), el("td", {}, c.description)))))
      : el("p", { class: "muted" }, "No cluster is watched: add one under 'clusters' in the server configuration."));
  }

  async function clusterPage(name) {
    const history = await json(`/clusters/${encodeURIComponent(name)}/history?snapshots=12`);
    const snapshots = history.snapshots.slice().reverse();
    const chosen = params().get("snapshot") || (history.snapshots[0] ? String(history.snapshots[0]) : null);
    const grid = el("table", { class: "grid", id: "requirements" },
      el("thead", {}, el("tr", {}, el("th", {}, "Requirement"), snapshots.map(id => el("th", {}, el("a", { href: `#/clusters/${encodeURIComponent(name)}?snapshot=${id}` }, "#" + id))))),
      el("tbody", {}, history.requirements.map(r => el("tr", {}, el("td", {}, r.id), snapshots.map(id => el("td", { class: "cell" }, r.statuses[id] ? statusBadge(r.statuses[id]) : ""))))));
    const nodes = [el("h1", {}, `Cluster ${name}`), el("p", { class: "muted" }, `Account ${history.cluster.account}; ${history.cluster.description}. Requirements over the latest snapshots, oldest left.`),
      snapshots.length ? grid : el("p", { class: "muted" }, "No snapshot of this cluster's account has been evaluated yet.")];
    if (chosen) {
      const [check, fix] = await Promise.all([
        text(`/snapshots/${chosen}/clusters/${encodeURIComponent(name)}/check?format=txt`).catch(failure),
        text(`/snapshots/${chosen}/clusters/${encodeURIComponent(name)}/fix?format=script`).catch(failure),
      ]);
      nodes.push(el("h2", {}, `Check on snapshot #${chosen}`), typeof check === "string" ? output(check, "check") : check,
        el("h2", {}, "The fix for what is not open"), typeof fix === "string" ? output(fix, "fix") : fix);
    }
    show(...nodes);
  }

  async function alertsPage() {
    const alerts = await json("/alerts?limit=200");
    show(el("h1", {}, "Alerts"), alerts.alerts.length ? alertTable(alerts.alerts) : el("p", { class: "muted" }, "No alerts."));
  }

  async function route() {
    const hash = location.hash || "#/";
    const path = hash.slice(1).split("?")[0];
    const signedIn = !!sessionStorage.getItem(tokenKey);
    document.getElementById("nav").hidden = !signedIn;
    document.getElementById("signout").hidden = !signedIn;
    if (!signedIn || path === "/login") { document.getElementById("who").textContent = ""; return loginPage(); }
    try {
      if (!me) me = await json("/whoami");
      document.getElementById("who").textContent = `${me.name} (${me.role})`;
      for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", path === "/" ? a.dataset.nav === "timeline" : path.startsWith("/" + a.dataset.nav));
      let m;
      if (path === "/") return await timelinePage();
      if ((m = path.match(/^\/snapshots\/(\d+)$/))) return await snapshotPage(m[1]);
      if ((m = path.match(/^\/snapshots\/(\d+)\/report$/))) return await reportPage(m[1]);
      if ((m = path.match(/^\/snapshots\/(\d+)\/explain$/))) return await explainPage(m[1]);
      if ((m = path.match(/^\/snapshots\/(\d+)\/lint$/))) return await lintPage(m[1]);
      if (path === "/diff") return await diffPage();
      if (path === "/clusters") return await clustersPage();
      if ((m = path.match(/^\/clusters\/([^/]+)$/))) return await clusterPage(decodeURIComponent(m[1]));
      if (path === "/alerts") return await alertsPage();
      show(el("h1", {}, "Not found"), el("p", {}, el("a", { href: "#/" }, "Back to the timeline")));
    } catch (error) {
      if (error.message !== "signed out") show(failure(error));
    }
  }

  document.getElementById("signout").addEventListener("click", () => { sessionStorage.removeItem(tokenKey); me = null; location.hash = "#/login"; });
  window.addEventListener("hashchange", route);
  route();
})();
