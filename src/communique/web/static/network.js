// Network of country interactions: a small force-directed layout drawn as SVG.
// Edge width grows with the number of events; colour says cooperation or conflict.
(function () {
  "use strict";
  var svg = document.getElementById("network");
  var data = JSON.parse(document.getElementById("page-data").textContent);
  var NS = "http://www.w3.org/2000/svg";
  var W = 800, H = 560;

  function el(name, attrs, parent) {
    var e = document.createElementNS(NS, name);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    parent.appendChild(e);
    return e;
  }

  var nodes = data.nodes.map(function (n, i) {
    var a = 2 * Math.PI * i / Math.max(1, data.nodes.length);
    return { id: n.id, n: n.n_events, x: W / 2 + 200 * Math.cos(a), y: H / 2 + 200 * Math.sin(a), vx: 0, vy: 0 };
  });
  var byId = {};
  nodes.forEach(function (n) { byId[n.id] = n; });
  var edges = data.items.filter(function (e) { return byId[e.source] && byId[e.target]; });

  // Fruchterman-Reingold layout, deterministic (nodes start on a circle): repulsion k^2/d between
  // all nodes, attraction d^2/k along edges, a pull towards the centre keeps separate groups in view.
  var k = Math.sqrt((W - 80) * (H - 80) / Math.max(1, nodes.length)) * 0.75;
  var temperature = W / 8;
  for (var step = 0; step < 400; step++) {
    nodes.forEach(function (n) { n.vx = 0; n.vy = 0; });
    for (var i = 0; i < nodes.length; i++) {
      for (var j = i + 1; j < nodes.length; j++) {
        var a = nodes[i], b = nodes[j];
        var dx = a.x - b.x, dy = a.y - b.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        var f = k * k / d;
        a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
      }
    }
    edges.forEach(function (e) {
      var a = byId[e.source], b = byId[e.target];
      var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      var f = d * d / k;
      a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
    });
    nodes.forEach(function (n) {
      n.vx += (W / 2 - n.x) * 0.05 * k / 10; n.vy += (H / 2 - n.y) * 0.05 * k / 10;
      var v = Math.sqrt(n.vx * n.vx + n.vy * n.vy) + 0.01, step = Math.min(v, temperature);
      n.x = Math.min(W - 30, Math.max(30, n.x + n.vx / v * step));
      n.y = Math.min(H - 30, Math.max(30, n.y + n.vy / v * step));
    });
    temperature = Math.max(1, temperature * 0.985);
  }

  var maxE = Math.max.apply(null, [1].concat(edges.map(function (e) { return e.n_events; })));
  var maxN = Math.max.apply(null, [1].concat(nodes.map(function (n) { return n.n; })));
  var gEdges = el("g", { "class": "edges" }, svg);
  edges.forEach(function (e) {
    var a = byId[e.source], b = byId[e.target];
    var line = el("line", {
      x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1),
      "stroke-width": (1 + 7 * e.n_events / maxE).toFixed(1), "class": "edge " + e.tone
    }, gEdges);
    el("title", {}, line).textContent = e.source + " – " + e.target + ": " + e.n_events + " event(s), " +
      e.n_coop + " cooperation, " + e.n_conflict + " conflict";
    line.addEventListener("click", function () {
      window.location.href = "/pairs/" + encodeURIComponent(e.source) + "/" + encodeURIComponent(e.target);
    });
  });
  var gNodes = el("g", { "class": "nodes" }, svg);
  nodes.forEach(function (n) {
    var g = el("g", { "class": "node", transform: "translate(" + n.x.toFixed(1) + "," + n.y.toFixed(1) + ")" }, gNodes);
    el("circle", { r: (15 + 9 * Math.sqrt(n.n / maxN)).toFixed(1) }, g);
    el("text", { y: 4, "text-anchor": "middle" }, g).textContent = n.id;
    g.addEventListener("click", function () { window.location.href = "/events?country=" + encodeURIComponent(n.id); });
  });
  svg.setAttribute("data-nodes", String(nodes.length));
  svg.setAttribute("data-edges", String(edges.length));
  svg.setAttribute("data-ready", "1");
})();
