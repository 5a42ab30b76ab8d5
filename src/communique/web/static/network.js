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

  // Deterministic force layout: repulsion between all nodes, springs along edges, pull to centre.
  for (var step = 0; step < 300; step++) {
    var cool = 1 - step / 300;
    for (var i = 0; i < nodes.length; i++) {
      for (var j = i + 1; j < nodes.length; j++) {
        var a = nodes[i], b = nodes[j];
        var dx = a.x - b.x, dy = a.y - b.y, d2 = dx * dx + dy * dy + 0.01;
        var f = 3000 / d2;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    edges.forEach(function (e) {
      var a = byId[e.source], b = byId[e.target];
      var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      var f = (d - 120) * 0.02;
      a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
    });
    nodes.forEach(function (n) {
      n.vx += (W / 2 - n.x) * 0.005; n.vy += (H / 2 - n.y) * 0.005;
      var v = Math.sqrt(n.vx * n.vx + n.vy * n.vy), cap = 20 * cool + 1;
      if (v > cap) { n.vx *= cap / v; n.vy *= cap / v; }
      n.x = Math.min(W - 30, Math.max(30, n.x + n.vx));
      n.y = Math.min(H - 30, Math.max(30, n.y + n.vy));
      n.vx *= 0.5; n.vy *= 0.5;
    });
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
    el("circle", { r: (6 + 10 * Math.sqrt(n.n / maxN)).toFixed(1) }, g);
    el("text", { y: 4, "text-anchor": "middle" }, g).textContent = n.id;
    g.addEventListener("click", function () { window.location.href = "/events?country=" + encodeURIComponent(n.id); });
  });
  svg.setAttribute("data-nodes", String(nodes.length));
  svg.setAttribute("data-edges", String(edges.length));
  svg.setAttribute("data-ready", "1");
})();
